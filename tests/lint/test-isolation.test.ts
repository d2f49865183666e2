import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { mockingTests } from '../support/mocking-tests';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Every unit and component test file (not the browser tests), relative to the project root. */
const testFiles = () =>
  readdirSync(path.join(root, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file) && !file.startsWith('e2e/'))
    .map((file) => `tests/${file}`);

test('every test file that uses vi.mock runs in a module graph of its own', () => {
  const mocking = testFiles().filter((file) => /\bvi\.(mock|doMock)\(/.test(readFileSync(path.join(root, file), 'utf8')));
  expect(mocking.length).toBeGreaterThan(0);
  expect([...mockingTests].sort()).toEqual(mocking.sort());
});
