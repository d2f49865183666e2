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
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/support/setup.ts'],
    globalSetup: ['tests/support/postgres.ts'],
    // Generous: `npm test` runs these beside the browser tests on two cores, and the database tests
    // (PGlite and PostgreSQL) then take several times as long as alone.
    testTimeout: 60_000,
  },
});
