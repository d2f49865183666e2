/**
 * The test files that replace a module with vi.mock. Most test files share one module graph per
 * worker (isolate: false in vitest.config.ts); these must not, or their stand-ins would leak into
 * other files. tests/lint/test-isolation.test.ts keeps this list complete.
 */
export const mockingTests = [
  'tests/lib/server/grade-stability.test.ts',
  'tests/lib/server/studio-routes.test.ts',
  'tests/lib/lms/scorm-package.test.ts',
  'tests/components/assignment/assignment-runner.test.tsx',
  'tests/components/assignment/post-then-reload.test.tsx',
  'tests/components/teacher/live-results.test.tsx',
  'tests/components/teacher/lms-guide.test.tsx',
  'tests/components/studio/studio-editor-page.test.tsx',
  'tests/components/studio/studio-home.test.tsx',
];
