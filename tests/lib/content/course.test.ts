import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCourse, practiceBank } from '@/lib/content/course.server';

const LESSON = `---
title: Testles
description: Een les om mee te testen.
order: 1
duration: 10
objectives:
  - Je kunt testen.
sources:
  - Een bron
---

## Eerste kop

Je leert <Begrip id="testbegrip">testen</Begrip>.

<Exercise id="test-vraag" />

## Tweede kop
`;

const BANK = `- id: test-vraag
  type: single-choice
  level: onthouden
  topic: testles
  prompt: Welke?
  explanation: Daarom.
  options:
    - id: ja
      text: Ja
      correct: true
    - id: nee
      text: Nee

- id: toets-vraag
  type: true-false
  level: toepassen
  topic: testles
  prompt: Klopt dit?
  statement: Dit klopt.
  answer: true
  explanation: Daarom.
`;

/** Writes a content folder with the given files (relative to content/) and returns its root. */
function contentRoot(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'klantreis-content-'));
  mkdirSync(path.join(root, 'content', 'lessons'), { recursive: true });
  mkdirSync(path.join(root, 'content', 'exercises'), { recursive: true });
  // The course's own studio content (templates, starts, rubric): loadCourse checks it too.
  cpSync(path.resolve('content', 'studio'), path.join(root, 'content', 'studio'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', file), text);
  return root;
}

const GLOSSARY = `- id: testbegrip
  term: Testen
  definition: Nagaan of iets werkt.
  lesson: testles
`;

const FINAL_TEST = `title: Toets
intro: Een toets.
exercises:
  - toets-vraag
`;

const OPEN = `- id: open-vraag
  type: open
  level: onthouden
  topic: testles
  prompt: Schrijf.
  explanation: Zo.
  modelAnswer: Een antwoord.
  checklist:
    - id: een
      text: Een
    - id: twee
      text: Twee
`;

const SOURCES = `sources:
  - id: boek
    short: Boek
    title: Een boek
    description: Over testen.
lessons:
  - lesson: testles
    facts:
      - fact: Wat testen is.
        sources: [boek]
`;

const valid = {
  'lessons/01-testles.mdx': LESSON,
  'exercises/test.yaml': BANK,
  'begrippen.yaml': GLOSSARY,
  'eindtoets.yaml': FINAL_TEST,
  'bronnen.yaml': SOURCES,
};

async function errorOf(files: Record<string, string>): Promise<string> {
  const error = await loadCourse(contentRoot(files)).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, 'expected the content to be rejected').toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('the course content in this repository', () => {
  test('every lesson and exercise file validates', async () => {
    const course = await loadCourse();
    expect(course.lessons.length).toBeGreaterThan(0);
    expect(course.bank.size).toBeGreaterThan(0);
    for (const lesson of course.lessons) {
      expect(lesson.headings.length, `${lesson.file} has headings`).toBeGreaterThan(0);
      expect(lesson.headings.map((heading) => heading.text)).toContain('Samenvatting');
    }
  });

  test('the first lesson has at least three exercises from the bank', async () => {
    const [first] = (await loadCourse()).lessons;
    expect(first?.slug).toBe('wat-is-een-customer-journey');
    expect(first?.exerciseIds.length).toBeGreaterThanOrEqual(3);
  });
});

describe('content loading', () => {
  test('a valid fixture loads with headings, ids and the exercise it uses', async () => {
    const { lessons, bank } = await loadCourse(contentRoot(valid));
    expect(lessons).toHaveLength(1);
    expect(lessons[0]).toMatchObject({ slug: 'testles', title: 'Testles', duration: 10, exerciseIds: ['test-vraag'] });
    expect(lessons[0]?.headings).toMatchObject([
      { depth: 2, text: 'Eerste kop', id: 'eerste-kop' },
      { depth: 2, text: 'Tweede kop', id: 'tweede-kop' },
    ]);
    // The exercise stands in the first section: a wrong check points back there.
    expect(lessons[0]?.sections).toEqual({ 'test-vraag': { id: 'eerste-kop', text: 'Eerste kop' } });
    expect(bank.get('test-vraag')?.type).toBe('single-choice');
  });

  test('Oefenen and the Proeftoets leave out the questions only the Eindtoets asks', async () => {
    const course = await loadCourse(contentRoot(valid));
    expect(course.bank.has('toets-vraag')).toBe(true);
    expect(practiceBank(course).map((exercise) => exercise.id)).toEqual(['test-vraag']);
  });

  test('repeated headings get distinct anchors', async () => {
    const { lessons } = await loadCourse(contentRoot({ ...valid, 'lessons/01-testles.mdx': `${LESSON}\n## Eerste kop\n` }));
    expect(lessons[0]?.headings.map((heading) => heading.id)).toEqual(['eerste-kop', 'tweede-kop', 'eerste-kop-2']);
  });
});

describe('broken content fails with a message naming file and field', () => {
  test.each([
    [
      'corrupted frontmatter (duration is text)',
      { ...valid, 'lessons/01-testles.mdx': LESSON.replace('duration: 10', 'duration: tien') },
      ['content/lessons/01-testles.mdx', 'frontmatter.duration'],
    ],
    [
      'frontmatter that is not valid YAML',
      { ...valid, 'lessons/01-testles.mdx': LESSON.replace('title: Testles', 'title: "Testles') },
      ['content/lessons/01-testles.mdx', 'YAML klopt niet'],
    ],
    [
      'a missing frontmatter field',
      { ...valid, 'lessons/01-testles.mdx': LESSON.replace('objectives:\n  - Je kunt testen.\n', '') },
      ['content/lessons/01-testles.mdx', 'frontmatter.objectives'],
    ],
    [
      'a misspelled frontmatter field',
      { ...valid, 'lessons/01-testles.mdx': LESSON.replace('duration: 10', 'duration: 10\nduratoin: 10') },
      ['frontmatter', 'duratoin'],
    ],
    [
      'an order that does not match the file name',
      { ...valid, 'lessons/01-testles.mdx': LESSON.replace('order: 1', 'order: 2') },
      ['content/lessons/01-testles.mdx', 'frontmatter.order'],
    ],
    [
      'a single-choice exercise with two correct options',
      { ...valid, 'exercises/test.yaml': BANK.replace('text: Nee', 'text: Nee\n      correct: true') },
      ['content/exercises/test.yaml', '[0] (id "test-vraag").options', 'precies één optie'],
    ],
    [
      'an unknown exercise id in a lesson',
      { ...valid, 'lessons/01-testles.mdx': LESSON.replace('test-vraag', 'bestaat-niet') },
      ['content/lessons/01-testles.mdx', 'oefening "bestaat-niet" bestaat niet'],
    ],
    [
      'an exercise placed inside a paragraph',
      { ...valid, 'lessons/01-testles.mdx': LESSON.replace('<Exercise id="test-vraag" />', 'Doe dit: <Exercise id="test-vraag" />') },
      ['content/lessons/01-testles.mdx', 'op een eigen regel'],
    ],
    [
      'a misspelled component',
      { ...valid, 'lessons/01-testles.mdx': `${LESSON}\n<Excercise id="test-vraag" />\n` },
      ['content/lessons/01-testles.mdx', 'onbekend component <Excercise>'],
    ],
    [
      'MDX that does not parse',
      { ...valid, 'lessons/01-testles.mdx': `${LESSON}\n<Exercise id="test-vraag"\n` },
      ['content/lessons/01-testles.mdx', 'MDX klopt niet'],
    ],
    [
      'an unknown exercise type',
      { ...valid, 'exercises/test.yaml': BANK.replace('type: single-choice', 'type: single-choise') },
      ['content/exercises/test.yaml', '[0] (id "test-vraag").type', 'onbekend type "single-choise"'],
    ],
    [
      'an exercise id used twice in the bank',
      { ...valid, 'exercises/zzz.yaml': BANK },
      ['content/exercises/zzz.yaml', 'id "test-vraag" bestaat al'],
    ],
    [
      'an exercise whose topic is no lesson',
      { ...valid, 'exercises/test.yaml': BANK.replace('topic: testles', 'topic: andere-les') },
      ['content/exercises/test.yaml', '[0] (id "test-vraag").topic', 'les "andere-les" bestaat niet'],
    ],
    [
      'a bank file that is not a list',
      { ...valid, 'exercises/test.yaml': 'id: los' },
      ['content/exercises/test.yaml', 'lijst van oefeningen'],
    ],
    [
      'an exercise tied to a learning goal the lesson does not have',
      { ...valid, 'exercises/test.yaml': BANK.replace('topic: testles', 'topic: testles\n  goal: 3') },
      ['content/exercises/test.yaml', '(id "test-vraag").goal', 'heeft 1 leerdoelen, geen 3'],
    ],
    [
      'a link to a term that is not in the glossary',
      { ...valid, 'lessons/01-testles.mdx': LESSON.replace('id="testbegrip"', 'id="onbekend"') },
      ['content/lessons/01-testles.mdx', 'begrip "onbekend" staat niet in content/begrippen.yaml'],
    ],
    [
      'a glossary term no lesson links to',
      { ...valid, 'begrippen.yaml': `${GLOSSARY}- id: los\n  term: Los\n  definition: Nergens gebruikt.\n  lesson: testles\n` },
      ['content/begrippen.yaml', 'begrip "los"', 'geen les linkt ernaar'],
    ],
    [
      'a glossary term that names the wrong lesson',
      { ...valid, 'begrippen.yaml': GLOSSARY.replace('lesson: testles', 'lesson: andere-les') },
      ['content/begrippen.yaml', '.lesson', 'voor het eerst voor in "testles"'],
    ],
    [
      'an unknown diagram',
      { ...valid, 'lessons/01-testles.mdx': `${LESSON}\n<Diagram id="taart" />\n` },
      ['content/lessons/01-testles.mdx', 'diagram "taart" bestaat niet'],
    ],
    [
      'a final test with an exercise that does not exist',
      { ...valid, 'eindtoets.yaml': FINAL_TEST.replace('toets-vraag', 'weg-vraag') },
      ['content/eindtoets.yaml', 'oefening "weg-vraag" bestaat niet'],
    ],
    [
      'a final test with a self-checked open exercise',
      { ...valid, 'exercises/open.yaml': OPEN, 'eindtoets.yaml': `${FINAL_TEST}  - open-vraag\n` },
      ['content/eindtoets.yaml', '"open-vraag" is een open opdracht'],
    ],
    [
      'a final test that repeats an exercise from a lesson',
      { ...valid, 'eindtoets.yaml': `${FINAL_TEST}  - test-vraag\n` },
      ['content/eindtoets.yaml', 'exercises[1]', '"test-vraag" staat ook in les 1 ("testles")'],
    ],
    [
      'a fact that names a source the sources list lacks',
      { ...valid, 'bronnen.yaml': SOURCES.replace('sources: [boek]', 'sources: [blog]') },
      ['content/bronnen.yaml', 'lessons[0].facts[0].sources[0]', 'bron "blog" bestaat niet'],
    ],
    [
      'a source listed twice',
      { ...valid, 'bronnen.yaml': SOURCES.replace('lessons:', '  - id: boek\n    short: Boek\n    title: Nog een boek\n    description: Dubbel.\nlessons:') },
      ['content/bronnen.yaml', 'sources[1].id', 'bron "boek" staat er twee keer in'],
    ],
    [
      'a glossary term listed twice',
      { ...valid, 'begrippen.yaml': `${GLOSSARY}${GLOSSARY}` },
      ['content/begrippen.yaml', '[1].id', 'begrip "testbegrip" staat er twee keer in'],
    ],
    [
      'sources for a lesson that does not exist',
      { ...valid, 'bronnen.yaml': SOURCES.replace('lesson: testles', 'lesson: andere-les') },
      ['content/bronnen.yaml', 'lessons[0].lesson', 'les "andere-les" bestaat niet'],
    ],
    [
      'a lesson file name without its number',
      { ...valid, 'lessons/testles.mdx': LESSON },
      ['content/lessons/testles.mdx', 'NN-slug.mdx'],
    ],
  ])('%s', async (_label, files, expected) => {
    const message = await errorOf(files);
    for (const part of expected) expect(message).toContain(part);
  });
});
