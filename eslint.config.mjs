import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The pure libraries (DESIGN.md §3): data in, data out. No UI framework, no I/O, no clock, no dice.
const pureImports = {
  paths: [
    { name: 'react', message: 'Pure modules (lib/scoring, lib/progress, lib/format …) are framework-free.' },
    { name: 'react-dom', message: 'Pure modules (lib/scoring, lib/progress, lib/format …) are framework-free.' },
    { name: 'zustand', message: 'The store lives in components/; lib/progress holds only pure transitions.' },
    { name: 'server-only', message: 'Pure modules run anywhere.' },
  ],
  patterns: [
    { group: ['next', 'next/*'], message: 'Pure modules (lib/scoring, lib/progress, lib/format …) are framework-free.' },
    {
      group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net'],
      message: 'Pure modules do no I/O.',
    },
    { group: ['**/content/*', '**/db/*', '**/components/*', '**/*.server'], message: 'Imports run one way: content → scoring.' },
  ],
};

const clockAndDice = [
  { object: 'Date', property: 'now', message: 'Pass the clock in as a parameter.' },
  { object: 'Math', property: 'random', message: 'Use a seeded generator from lib/random.' },
];

// Links fetch their page when a student reaches for one, not when it scrolls into view (issue 20).
const nextLink = { name: 'next/link', message: "Use '@/components/ui/link': it prefetches on intent, not on sight." };

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'coverage/**', '.scorm-player/**', 'dist/**', '.bench/**'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  {
    files: [
      'lib/scoring/**',
      'lib/random/**',
      'lib/progress/**',
      'lib/assignments/**',
      'lib/util/**',
      'lib/format/**',
      'lib/http/**',
      'lib/studio/**',
      'lib/lms/**',
    ],
    // A loader or builder beside the pure code (lib/lms/*.server.ts) may read files.
    ignores: ['**/*.server.ts'],
    rules: {
      'no-restricted-imports': ['error', pureImports],
      'no-restricted-properties': ['error', ...clockAndDice],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the clock in as a parameter.' },
      ],
    },
  },
  {
    // Client code must never pull in server-only modules (the content loaders, the database).
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [nextLink],
          patterns: [
            {
              group: ['**/*.server', '**/lib/db', '**/lib/db/*'],
              message: 'Server-only code stays on the server; pass data as props.',
            },
          ],
        },
      ],
    },
  },
  { files: ['app/**'], rules: { 'no-restricted-imports': ['error', { paths: [nextLink] }] } },
  // The one place next/link is used: the link that prefetches on intent.
  { files: ['components/ui/link.tsx'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The drag-and-drop board moves are pure too, though they live beside their components.
    files: ['components/exercises/board-moves.ts'],
    rules: {
      'no-restricted-imports': ['error', pureImports],
      'no-restricted-properties': ['error', ...clockAndDice],
    },
  },
];

export default config;
