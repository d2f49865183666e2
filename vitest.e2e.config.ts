import { defineConfig } from 'vitest/config';

// Browser tests against the built site that tests/e2e/run.mjs serves (E2E_BASE_URL).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machine has two cores and the server needs one.
    fileParallelism: false,
  },
});
