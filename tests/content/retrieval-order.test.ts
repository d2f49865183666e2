import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { contentsOf, type LessonHeading } from '@/lib/content/lesson-schema';

// Retrieval before reveal (issue 14, item 3): a lesson explains first, then lets the student
// practise, and only then shows the overview (a diagram, a table, the summary). An exercise that
// stands right under the overview that holds its answer can be done by copying, not by recalling.

type Block = { kind: 'heading'; level: number; text: string } | { kind: 'exercise'; id: string } | { kind: 'overview'; what: string };

/** The lesson's headings, exercises and overviews (a <Diagram>, a Markdown table), in order. */
function blocksOf(source: string): Block[] {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const blocks: Block[] = [];
  let inTable = false;
  for (const line of body.split(/\r?\n/)) {
    const heading = /^(#{2,6})\s+(.*)$/.exec(line);
    const exercise = /<Exercise\s+id="([^"]+)"/.exec(line);
    const diagram = /<Diagram\s+id="([^"]+)"/.exec(line);
    const tableRow = /^\s*\|.*\|\s*$/.test(line);
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.trim() });
    else if (exercise) blocks.push({ kind: 'exercise', id: exercise[1]! });
    else if (diagram) blocks.push({ kind: 'overview', what: `diagram ${diagram[1]}` });
    else if (tableRow && !inTable) blocks.push({ kind: 'overview', what: 'a table' });
    inTable = tableRow;
  }
  return blocks;
}

const lessonDir = path.join('content', 'lessons');
const lessons = readdirSync(lessonDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => ({ name, blocks: blocksOf(readFileSync(path.join(lessonDir, name), 'utf8')) }));

/**
 * Exercises that ask the student to read the overview above them (the overview is the material,
 * not the answer): reading a journey map is the skill being practised.
 */
const READS_THE_OVERVIEW = new Set(['cjm-velovolt-lezen']);

describe('retrieval before reveal', () => {
  test('the lesson files are found', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(7);
  });

  test('no exercise follows a diagram or table in the same section: practice comes first, the overview after', () => {
    const problems: string[] = [];
    for (const { name, blocks } of lessons) {
      let overview: string | null = null;
      for (const block of blocks) {
        if (block.kind === 'heading') overview = null;
        else if (block.kind === 'overview') overview = block.what;
        else if (overview && !READS_THE_OVERVIEW.has(block.id)) problems.push(`${name}: ${block.id} stands under ${overview}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('no exercise comes after the summary, which holds the answers', () => {
    const problems: string[] = [];
    for (const { name, blocks } of lessons) {
      let inSummary = false;
      for (const block of blocks) {
        if (block.kind === 'heading') inSummary = /^samenvatting$/i.test(block.text);
        else if (block.kind === 'exercise' && inSummary) problems.push(`${name}: ${block.id} is in the summary`);
      }
    }
    expect(problems).toEqual([]);
  });

  // The overviews that hold the answers of specific exercises: each exercise comes before it.
  const ANSWER_BEARING: [exercise: string, overview: string][] = [
    ['f-volgorde', 'diagram klantreis-fasen'],
    ['f-voor-na', 'diagram klantreis-fasen'],
    ['f-touchpoints', 'diagram klantreis-fasen'],
    ['f-namen', 'diagram fasen-vergelijken'],
    ['b2b-indelen', 'diagram b2b-b2c'],
    ['b2b-oven', 'diagram b2b-b2c'],
  ];
  test.each(ANSWER_BEARING)('%s comes before %s', (exercise, overview) => {
    const lesson = lessons.find(({ blocks }) => blocks.some((block) => block.kind === 'exercise' && block.id === exercise));
    expect(lesson, exercise).toBeDefined();
    const at = (match: (block: Block) => boolean) => lesson!.blocks.findIndex(match);
    const exerciseAt = at((block) => block.kind === 'exercise' && block.id === exercise);
    const overviewAt = at((block) => block.kind === 'overview' && block.what === overview);
    expect(overviewAt, `${overview} in ${lesson!.name}`).toBeGreaterThanOrEqual(0);
    expect(exerciseAt).toBeLessThan(overviewAt);
  });

  // Sentences that state an exercise's answer: the exercise comes first, the sentence after it.
  const ANSWER_SENTENCES: [exercise: string, sentence: string][] = [
    ['zc-b2b-persona', 'Bij Fatima staat haar rol'],
    ['zc-joost', 'Bij Fatima staat haar rol'],
  ];
  test.each(ANSWER_SENTENCES)('%s comes before the sentence "%s"', (exercise, sentence) => {
    const source = readdirSync(lessonDir)
      .map((name) => readFileSync(path.join(lessonDir, name), 'utf8'))
      .find((text) => text.includes(`<Exercise id="${exercise}"`))!;
    expect(source.indexOf(sentence)).toBeGreaterThan(source.indexOf(`<Exercise id="${exercise}"`));
  });

  // An ordering exercise under subheadings that name its steps in order ("### Stap 1 …", "### Bewustzijn")
  // is answered by reading them off, in the text and in the contents list beside the lesson.
  const orderings = readdirSync(path.join('content', 'exercises'))
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => parse(readFileSync(path.join('content', 'exercises', name), 'utf8')) as { id: string; type: string; items?: { text: string }[] }[])
    .filter((exercise) => exercise.type === 'ordering')
    .map((exercise) => ({ id: exercise.id, steps: exercise.items!.map((item) => item.text) }));

  // Words of five letters or more name a step; the subject of the whole course does not.
  const GENERIC = new Set(['klant', 'klanten', 'klantreis', 'customer', 'journey']);
  const words = (text: string) => new Set((text.toLowerCase().match(/[a-zà-ÿ]{5,}/g) ?? []).filter((word) => !GENERIC.has(word)));
  /** How many steps, in order, a list of headings names (a heading names a step when they share a word of 5+ letters). */
  function stepsNamed(headings: string[], steps: string[]): number {
    let named = 0;
    let from = 0;
    for (const step of steps) {
      const stepWords = words(step);
      const at = headings.findIndex((heading, index) => index >= from && [...words(heading)].some((word) => stepWords.has(word)));
      if (at >= 0) {
        named++;
        from = at + 1;
      }
    }
    return named;
  }

  test('no ordering exercise stands under subheadings that name its steps, and the contents list does not name them', () => {
    const problems: string[] = [];
    for (const { name, blocks } of lessons) {
      const headings: LessonHeading[] = blocks.flatMap((block) =>
        block.kind === 'heading' ? [{ depth: block.level === 2 ? (2 as const) : (3 as const), text: block.text, id: block.text }] : [],
      );
      const listed = contentsOf(headings).map((heading) => heading.text);
      let section: string[] = [];
      for (const block of blocks) {
        if (block.kind === 'heading') {
          if (block.level === 2) section = [];
          else section.push(block.text);
          continue;
        }
        if (block.kind !== 'exercise') continue;
        const ordering = orderings.find((exercise) => exercise.id === block.id);
        if (!ordering) continue;
        if (stepsNamed(section, ordering.steps) >= 3) problems.push(`${name}: ${block.id} stands under subheadings that name its steps`);
        if (stepsNamed(listed, ordering.steps) >= 3) problems.push(`${name}: the contents list names the steps of ${block.id}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
