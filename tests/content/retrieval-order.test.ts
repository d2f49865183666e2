import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// Retrieval before reveal (issue 14, item 3): a lesson explains first, then lets the student
// practise, and only then shows the overview (a diagram, a table, the summary). An exercise that
// stands right under the overview that holds its answer can be done by copying, not by recalling.

type Block = { kind: 'heading'; text: string } | { kind: 'exercise'; id: string } | { kind: 'overview'; what: string };

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
    if (heading) blocks.push({ kind: 'heading', text: heading[2]!.trim() });
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
});
