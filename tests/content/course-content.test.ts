import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCourse, type Course } from '@/lib/content/course.server';
import { fleschDouma, lessonProse } from '@/lib/content/readability';

// Checks on the course as written: what the build cannot decide alone (is every exercise used,
// is the text easy enough, is nothing copied from the sources).

let course: Course;
beforeAll(async () => {
  course = await loadCourse();
});

const contentFiles = (dir: string, extension: string) =>
  readdirSync(path.join('content', dir))
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join('content', dir, name));

describe('the course', () => {
  test('has six lessons, each with at least 6 exercises of at least 4 types', () => {
    expect(course.lessons.map((lesson) => lesson.order)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const lesson of course.lessons) {
      expect(lesson.exerciseIds.length, lesson.file).toBeGreaterThanOrEqual(6);
      const types = new Set(lesson.exerciseIds.map((id) => course.bank.get(id)!.type));
      expect(types.size, `${lesson.file}: ${[...types].join(', ')}`).toBeGreaterThanOrEqual(4);
    }
  });

  test('has at least 60 exercises, every one used by a lesson or the final test', () => {
    expect(course.bank.size).toBeGreaterThanOrEqual(60);
    const used = new Set([...course.lessons.flatMap((lesson) => lesson.exerciseIds), ...course.finalTest.exercises]);
    expect([...course.bank.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test('uses every drag-and-drop type and an open exercise in lessons 3 and 6', () => {
    const types = new Set([...course.bank.values()].map((exercise) => exercise.type));
    for (const type of ['ordering', 'categorize', 'matching', 'open'] as const) expect(types.has(type)).toBe(true);
    for (const slug of ['personas', 'touchpoints-en-customer-journey-mapping']) {
      const lesson = course.lessons.find((candidate) => candidate.slug === slug)!;
      expect(lesson.exerciseIds.some((id) => course.bank.get(id)!.type === 'open'), slug).toBe(true);
    }
  });

  test('ties every exercise to a learning goal, and practises every goal', () => {
    for (const lesson of course.lessons) {
      const goals = [...course.bank.values()].filter((exercise) => exercise.topic === lesson.slug).map((exercise) => exercise.goal);
      expect(goals.filter((goal) => goal === undefined), `${lesson.file}: exercises without a goal`).toEqual([]);
      const practised = new Set(goals);
      lesson.objectives.forEach((objective, index) => expect(practised.has(index + 1), `${lesson.file}: "${objective}"`).toBe(true));
    }
  });

  test('has a final test of 20 exercises that covers every lesson', () => {
    expect(course.finalTest.exercises).toHaveLength(20);
    const topics = new Set(course.finalTest.exercises.map((id) => course.bank.get(id)!.topic));
    expect(topics.size).toBe(course.lessons.length);
  });

  test('has a glossary of at least 25 terms, each linked from the lesson it names', () => {
    expect(course.glossary.length).toBeGreaterThanOrEqual(25);
    for (const entry of course.glossary) {
      const lesson = course.lessons.find((candidate) => candidate.slug === entry.lesson);
      expect(lesson?.termIds, entry.id).toContain(entry.id);
    }
  });

  test.each(contentFiles('lessons', '.mdx'))('%s reads at B1 level: Flesch–Douma 65 or more', (file) => {
    expect(fleschDouma(lessonProse(readFileSync(file, 'utf8')))).toBeGreaterThanOrEqual(65);
  });
});

/** Lower-case words without punctuation, so "Klant, merk" and "klant merk" compare equal. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const N = 8;
const ngrams = (list: string[]) => list.slice(0, Math.max(0, list.length - N + 1)).map((_, i) => list.slice(i, i + N).join(' '));

/** Every string in parsed YAML (prompts, options, feedback, explanations, definitions). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const SEEDS = path.join('..', 'shared', 'seeds');

describe.runIf(existsSync(SEEDS))('nothing is copied from the sources', () => {
  const seedGrams = new Set(
    readdirSync(SEEDS)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => ngrams(words(readFileSync(path.join(SEEDS, name), 'utf8')))),
  );
  const texts = [
    ...contentFiles('lessons', '.mdx').map((file) => ({ file, parts: [lessonProse(readFileSync(file, 'utf8'))] })),
    ...[...contentFiles('exercises', '.yaml'), 'content/begrippen.yaml', 'content/eindtoets.yaml'].map((file) => ({
      file,
      parts: strings(parse(readFileSync(file, 'utf8'))),
    })),
  ];

  test('the check itself finds a sentence taken from a seed', () => {
    const seed = readdirSync(SEEDS).find((name) => name.endsWith('.txt'))!;
    const copied = words(readFileSync(path.join(SEEDS, seed), 'utf8')).slice(40, 52);
    expect(ngrams(copied).some((gram) => seedGrams.has(gram))).toBe(true);
  });

  test.each(texts)('$file shares no run of 8 words with a seed', ({ parts }) => {
    const copied = parts.flatMap((part) => ngrams(words(part)).filter((gram) => seedGrams.has(gram)));
    expect(copied).toEqual([]);
  });
});
