import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import type { Exercise } from '../../lib/scoring';

// The toetsbank's keys never reach a browser: after the build that tests/e2e/run.mjs made, no file
// a browser can be sent (static chunks, prerendered HTML and RSC payloads) holds a toetsbank item's
// prompt, explanation, feedback or right answer, nor its id.

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Distinctive pieces of an item: what would give it away if a page or a chunk held it. */
function secrets(exercise: Exercise): string[] {
  const record = exercise as unknown as Record<string, unknown>;
  const pieces = [exercise.id, exercise.explanation, exercise.prompt];
  for (const key of ['options', 'items', 'prompts', 'answers']) {
    for (const entry of (record[key] as { text?: string; feedback?: string; correct?: boolean }[] | undefined) ?? []) {
      if (entry.feedback) pieces.push(entry.feedback);
      // A right option is the key; the items and terms of a sorting or matching question are the question.
      if (entry.text && (key !== 'options' || entry.correct)) pieces.push(entry.text);
    }
  }
  if (typeof record.statement === 'string') pieces.push(record.statement);
  if (typeof record.text === 'string') pieces.push(record.text);
  // A run of 40 characters in the middle of each text: long enough to be unique, short of any markup.
  return pieces.map((piece) => (piece.length > 60 ? piece.slice(10, 50) : piece)).filter((piece) => piece.length >= 12);
}

/** Every string in parsed YAML. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * What the public course says anyway (lessons, practice bank, glossary, Eindtoets, sources page). An explanation
 * may repeat a definition from a lesson; such a sentence gives nothing away and is not looked for.
 */
function publicText(): string {
  const yaml = [
    'content/begrippen.yaml',
    'content/eindtoets.yaml',
    'content/bronnen.yaml',
    ...readdirSync('content/exercises').map((name) => `content/exercises/${name}`),
  ];
  const lessons = readdirSync('content/lessons').map((name) => readFileSync(`content/lessons/${name}`, 'utf8'));
  return collapse([...lessons, ...yaml.flatMap((file) => strings(parse(readFileSync(file, 'utf8'))))].join('\n'));
}

test('no static page, RSC payload or JS chunk of the build holds a toetsbank item', () => {
  const items = readdirSync('content/toetsbank')
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => parse(readFileSync(path.join('content/toetsbank', name), 'utf8')) as Exercise[]);
  expect(items.length).toBeGreaterThanOrEqual(20);
  const known = publicText();
  const looked = items.map((item) => ({ item, pieces: secrets(item).filter((piece) => !known.includes(collapse(piece))) }));
  // Each item still has its id, its prompt and its answers to look for.
  for (const { item, pieces } of looked) expect(pieces.length, item.id).toBeGreaterThanOrEqual(3);
  const published = [
    ...filesUnder('.next/static'),
    ...filesUnder('.next/server/app').filter((file) => /\.(html|rsc|body|meta|segments)$|\.segment\.rsc$/.test(file)),
  ];
  expect(published.some((file) => file.endsWith('.html'))).toBe(true);
  expect(published.some((file) => file.endsWith('.js'))).toBe(true);
  const found: string[] = [];
  for (const file of published) {
    const text = readFileSync(file, 'utf8');
    for (const { item, pieces } of looked)
      for (const secret of pieces) if (text.includes(secret)) found.push(`${file}: ${item.id}: "${secret}"`);
  }
  expect(found).toEqual([]);
  // The check finds what it looks for: a practice item from a lesson is in its prerendered page.
  const lesson = readFileSync('.next/server/app/lessen/wat-is-een-customer-journey.html', 'utf8');
  expect(lesson).toContain('cj-definitie');
});
