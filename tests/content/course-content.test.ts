import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCourse, type Course } from '@/lib/content/course.server';
import { fleschDouma, lessonProse } from '@/lib/content/readability';
import { copiedRuns, fingerprint, fingerprintsOf, shingles } from '@/lib/content/shingles';

// Checks on the course as written: what the build cannot decide alone (is every exercise used,
// is the text easy enough, is nothing copied from the sources).

let course: Course;
beforeAll(async () => {
  course = await loadCourse();
});

const contentFiles = (dir: string, extension: string) =>
  (existsSync(path.join('content', dir)) ? readdirSync(path.join('content', dir)) : [])
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join('content', dir, name));

describe('the course', () => {
  test('has seven lessons, the phases second, each with at least 12 exercises of at least 6 types', () => {
    expect(course.lessons.map((lesson) => lesson.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(course.lessons.map((lesson) => lesson.slug).slice(0, 2)).toEqual(['wat-is-een-customer-journey', 'de-fasen-van-de-klantreis']);
    for (const lesson of course.lessons) {
      expect(lesson.exerciseIds.length, lesson.file).toBeGreaterThanOrEqual(12);
      const types = new Set(lesson.exerciseIds.map((id) => course.bank.get(id)!.type));
      expect(types.size, `${lesson.file}: ${[...types].join(', ')}`).toBeGreaterThanOrEqual(6);
    }
  });

  test('uses every exercise in a lesson or the final test (bank-targets.test.ts counts them)', () => {
    const used = new Set([...course.lessons.flatMap((lesson) => lesson.exerciseIds), ...course.finalTest.exercises]);
    expect([...course.bank.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test('ties every exercise to a learning goal its lesson has, and practises every goal', () => {
    for (const lesson of course.lessons) {
      const goals = [...course.bank.values()].filter((exercise) => exercise.topic === lesson.slug).map((exercise) => exercise.goal);
      expect(goals.filter((goal) => goal === undefined), `${lesson.file}: exercises without a goal`).toEqual([]);
      expect(goals.filter((goal) => goal! > lesson.objectives.length), `${lesson.file}: goals it does not have`).toEqual([]);
      const practised = new Set(goals);
      lesson.objectives.forEach((objective, index) => expect(practised.has(index + 1), `${lesson.file}: "${objective}"`).toBe(true));
    }
  });

  test('says on the Bronnen page, for every lesson, which fact comes from which source, general knowledge included', () => {
    for (const lesson of course.lessons) {
      const facts = course.sources.lessons.find((entry) => entry.lesson === lesson.slug)?.facts ?? [];
      expect(facts.length, lesson.slug).toBeGreaterThanOrEqual(2);
    }
    const used = new Set(course.sources.lessons.flatMap((entry) => entry.facts.flatMap((fact) => fact.sources)));
    expect(course.sources.sources.map((source) => source.id).filter((id) => !used.has(id))).toEqual([]);
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

/** Every string in parsed YAML (prompts, options, feedback, explanations, definitions). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// The sources are not in the repository; their hashed 8-word runs are (npm run fingerprints).
const FINGERPRINTS = path.join('tests', 'content', 'source-fingerprints.txt');
const SEEDS = path.join('..', 'shared', 'seeds');
const known = new Set(
  readFileSync(FINGERPRINTS, 'utf8')
    .split('\n')
    .filter((line) => /^[0-9a-f]{16}$/.test(line)),
);

describe('nothing is copied from the sources', () => {
  const texts = [
    ...contentFiles('lessons', '.mdx').map((file) => ({ file, parts: [lessonProse(readFileSync(file, 'utf8'))] })),
    ...[...contentFiles('exercises', '.yaml'), ...contentFiles('toetsbank', '.yaml'), 'content/begrippen.yaml', 'content/eindtoets.yaml'].map(
      (file) => ({ file, parts: strings(parse(readFileSync(file, 'utf8'))) }),
    ),
  ];

  test('the fingerprint file holds the runs of all five sources', () => {
    expect(known.size).toBeGreaterThan(4000);
  });

  test('the check finds a copied run in other case and punctuation, and only that run', () => {
    const lesson = lessonProse(readFileSync(contentFiles('lessons', '.mdx')[0]!, 'utf8'));
    const run = shingles(lesson)[30]!;
    const source = new Set([fingerprint(run)]);
    const copied = `Een eigen zin. ${run.toUpperCase().replaceAll(' ', ', ')}! En dan verder.`;
    expect(copiedRuns(copied, source)).toEqual([run]);
    // One word changed is no longer the same run.
    const [first, ...rest] = run.split(' ');
    expect(copiedRuns([`${first}x`, ...rest].join(' '), source)).toEqual([]);
  });

  // Where the sources are at hand (CI has them beside the project), the committed fingerprints must be theirs.
  test.runIf(existsSync(SEEDS))('the fingerprints are up to date with ../shared/seeds', () => {
    const sources = readdirSync(SEEDS)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(path.join(SEEDS, name), 'utf8'));
    expect(fingerprintsOf(sources), 'run `npm run fingerprints` and commit the file').toEqual([...known].sort());
  });

  test.each(texts)('$file shares no run of 8 words with a source', ({ parts }) => {
    expect(parts.flatMap((part) => copiedRuns(part, known))).toEqual([]);
  });
});
