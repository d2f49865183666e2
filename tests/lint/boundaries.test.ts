import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the boundaries of DESIGN.md §3 are enforced by lint', () => {
  test.each([
    ['lib/scoring/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['lib/scoring/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['lib/scoring/bad.ts', "import { notFound } from 'next/navigation';\nexport const x = notFound;\n"],
    ['lib/scoring/bad.ts', "import { loadCourse } from '../content/course.server';\nexport const x = loadCourse;\n"],
    ['lib/random/bad.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['lib/progress/bad.ts', "import path from 'path';\nexport const x = path;\n"],
    ['lib/format/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['lib/util/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['components/exercises/board-moves.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['components/exercises/bad.tsx', "import { getCourse } from '@/lib/content/course.server';\nexport const x = getCourse;\n"],
  ])('%s may not import this: %j', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  test.each([
    ['Math.random()', 'export const x = () => Math.random();\n', 'no-restricted-properties'],
    ['Date.now()', 'export const x = () => Date.now();\n', 'no-restricted-properties'],
    ['new Date()', 'export const x = () => new Date();\n', 'no-restricted-syntax'],
  ])('lib/scoring may not use %s', async (_label, code, rule) => {
    expect(await ruleIds('lib/scoring/bad.ts', code)).toContain(rule);
  });

  test('a pure module importing its siblings passes', async () => {
    expect(await ruleIds('lib/scoring/ok.ts', "import { makeScore } from './score';\nexport const x = makeScore;\n")).toEqual([]);
  });
});
