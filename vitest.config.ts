import path from 'node:path';
import { defineConfig } from 'vitest/config';

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
    // Two projects in one run: only the component tests load Testing Library and jest-dom (setup.ts);
    // the lib, content and lint tests skip that cost in every file.
    projects: [
      { extends: true, test: { name: 'lib', include: ['tests/{lib,content,lint}/**/*.test.{ts,tsx}'] } },
      {
        extends: true,
        test: { name: 'components', include: ['tests/components/**/*.test.{ts,tsx}'], setupFiles: ['tests/support/setup.ts'] },
      },
    ],
    // Generous: `npm test` runs these beside the browser tests on two cores, and the database tests
    // (PGlite and PostgreSQL) then take several times as long as alone.
    testTimeout: 60_000,
  },
});
