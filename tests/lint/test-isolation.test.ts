import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { mockingTests } from '../support/mocking-tests';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Every unit and component test file, relative to the project root. */
function testFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'e2e' ? [] : testFiles(relative);
    return /\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

test('every test file that uses vi.mock runs in a module graph of its own', () => {
  const mocking = testFiles('tests').filter((file) => /\bvi\.(mock|doMock)\(/.test(readFileSync(path.join(root, file), 'utf8')));
  expect(mocking.length).toBeGreaterThan(0);
  expect([...mockingTests].sort()).toEqual(mocking.sort());
});
