import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { mockingTests as mocking } from './tests/support/mocking-tests';

const libTests = ['tests/{lib,content,lint,scripts}/**/*.test.{ts,tsx}'];
const componentTests = ['tests/components/**/*.test.{ts,tsx}'];
const setupFiles = ['tests/support/setup.ts'];

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Next enforces `server-only` at build time; in tests the loaders run in plain Node.
      'server-only': path.resolve(import.meta.dirname, 'tests/support/empty.ts'),
    },
  },
  esbuild: { jsx: 'automatic' },
  test: {
    environment: 'node',
    globalSetup: ['tests/support/postgres.ts'],
    // Worker threads start and tear down quicker than forked processes (about 8 % of the run here).
    pool: 'threads',
    // Four projects in one run. Only the component tests load Testing Library and jest-dom (setup.ts).
    // Most files share one module graph and one environment per worker (isolate: false): they hold no
    // module-level state between files, and skipping a fresh import of everything per file saves about
    // a third of the run. The files that replace modules with vi.mock get a fresh graph each.
    projects: [
      { extends: true, test: { name: 'lib', isolate: false, include: libTests, exclude: mocking } },
      { extends: true, test: { name: 'lib (mocks)', include: mocking.filter((file) => !file.startsWith('tests/components/')) } },
      { extends: true, test: { name: 'components', isolate: false, include: componentTests, exclude: mocking, setupFiles } },
      {
        extends: true,
        test: { name: 'components (mocks)', include: mocking.filter((file) => file.startsWith('tests/components/')), setupFiles },
      },
    ],
    // Generous: `npm test` runs these beside the browser tests on two cores, and the database tests
    // (PGlite and PostgreSQL) then take several times as long as alone.
    testTimeout: 60_000,
  },
});
