import { describe, expect, test } from 'vitest';
import { score, solve, toPublic, type Exercise } from '@/lib/scoring';
import { parseResponse } from '@/lib/scoring/responses';
import { hasResponseShape } from '@/lib/scoring/shape';
import { ExerciseSchema } from '@/lib/scoring/schema';
import {
  expectNoKey,
  makeCategorize,
  makeFillBlanks,
  makeMatching,
  makeMultipleChoice,
  makeOpen,
  makeOrdering,
  makeTrueFalse,
} from './factories';

type Case = [label: string, response: unknown, fraction: number];

function expectFraction(exercise: Exercise, response: unknown, fraction: number) {
  const result = score(exercise, response);
  expect(result.fraction).toBeCloseTo(fraction, 10);
  expect(result.points).toBeCloseTo(fraction * (exercise.points ?? 1), 10);
  expect(result.correct).toBe(fraction === 1);
}

const MALFORMED: unknown[] = [null, undefined, 42, 'tekst', [], {}, { answers: 'x' }, JSON.parse('{"__proto__": {"x": 1}}')];

describe.each([
  ['multiple-choice', makeMultipleChoice()],
  ['true-false', makeTrueFalse()],
  ['ordering', makeOrdering()],
  ['categorize', makeCategorize()],
  ['matching', makeMatching()],
  ['fill-blanks', makeFillBlanks()],
  ['open', makeOpen()],
] as [string, Exercise][])('%s', (_type, exercise) => {
  test('the definition is valid', () => {
    expect(ExerciseSchema.safeParse(exercise).success).toBe(true);
  });

  test('the solution scores full credit', () => {
    expectFraction(exercise, solve(exercise), 1);
  });

  test.each(MALFORMED.map((value) => [JSON.stringify(value) ?? 'undefined', value]))(
    'a malformed response (%s) scores zero without throwing',
    (_label, value) => {
      expectFraction(exercise, value, 0);
    },
  );

  test('parseResponse accepts the solution and rejects other shapes with a Dutch message', () => {
    expect(parseResponse(exercise, solve(exercise))).toMatchObject({ ok: true });
    for (const value of [null, {}, { ...(solve(exercise) as object), extra: 1 }]) {
      const parsed = parseResponse(exercise, value);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/^Het antwoord heeft niet de juiste vorm/);
    }
  });

  test('the public view holds no key, feedback or explanation', () => {
    expectNoKey(toPublic(exercise));
  });
});

describe('multiple-choice: right minus wrong, floored at 0', () => {
  test.each<Case>([
    ['both correct', { optionIds: ['mail', 'kassa'] }, 1],
    ['one of two correct', { optionIds: ['mail'] }, 0.5],
    ['one correct, one wrong', { optionIds: ['mail', 'fabriek'] }, 0],
    ['both correct and one wrong', { optionIds: ['mail', 'kassa', 'fabriek'] }, 0.5],
    ['everything', { optionIds: ['mail', 'kassa', 'fabriek', 'vrachtwagen'] }, 0],
    ['only wrong ones (floored)', { optionIds: ['fabriek', 'vrachtwagen'] }, 0],
    ['nothing', { optionIds: [] }, 0],
    ['a duplicate earns nothing extra', { optionIds: ['mail', 'mail', 'mail'] }, 0.5],
    ['unknown ids are ignored', { optionIds: ['mail', 'onbekend'] }, 0.5],
    ['non-strings are ignored', { optionIds: ['mail', 7, null] }, 0.5],
  ])('%s', (_label, response, fraction) => expectFraction(makeMultipleChoice(), response, fraction));

  test('parts say which option earned and which cost, and which correct one was missed', () => {
    expect(score(makeMultipleChoice(), { optionIds: ['mail', 'fabriek'] }).parts).toEqual([
      { id: 'mail', correct: true, points: 0.5, feedback: 'Ja, contact.' },
      { id: 'kassa', correct: false, points: 0, missed: true },
      { id: 'fabriek', correct: false, points: -0.5, feedback: 'Geen contact.' },
    ]);
  });
});

describe('true-false: all or nothing', () => {
  test.each<Case>([
    ['the right value', { value: false }, 1],
    ['the wrong value', { value: true }, 0],
    ['a string "false"', { value: 'false' }, 0],
  ])('%s', (_label, response, fraction) => expectFraction(makeTrueFalse(), response, fraction));
});

describe('ordering: longest ordered subset', () => {
  test.each<Case>([
    ['the correct order', { order: ['bewustwording', 'orientatie', 'keuze', 'gebruik'] }, 1],
    ['one item misplaced', { order: ['orientatie', 'keuze', 'gebruik', 'bewustwording'] }, 3 / 4],
    ['two swapped pairs', { order: ['orientatie', 'bewustwording', 'gebruik', 'keuze'] }, 2 / 4],
    ['reversed', { order: ['gebruik', 'keuze', 'orientatie', 'bewustwording'] }, 1 / 4],
    ['an item missing', { order: ['bewustwording', 'orientatie', 'keuze'] }, 3 / 4],
    ['duplicates count once', { order: ['keuze', 'keuze', 'keuze', 'keuze'] }, 1 / 4],
    ['unknown ids are ignored', { order: ['x', 'bewustwording', 'y', 'orientatie', 'keuze', 'gebruik'] }, 1],
    ['empty', { order: [] }, 0],
  ])('%s', (_label, response, fraction) => expectFraction(makeOrdering(), response, fraction));

  test('all-or-nothing gives 0 for one misplaced item and 1 for the correct order', () => {
    const exercise = makeOrdering({ scoring: 'all-or-nothing' });
    expectFraction(exercise, { order: ['orientatie', 'keuze', 'gebruik', 'bewustwording'] }, 0);
    expectFraction(exercise, solve(exercise), 1);
  });

  test('parts are right only in their own place; the ordered run is marked inSequence', () => {
    const parts = score(makeOrdering(), { order: ['orientatie', 'keuze', 'gebruik', 'bewustwording'] }).parts;
    expect(parts.filter((part) => part.correct)).toEqual([]);
    expect(parts.filter((part) => !part.inSequence).map((part) => part.id)).toEqual(['bewustwording']);
  });

  test('an id that numbers the items is refused', () => {
    const exercise = makeOrdering({ items: [{ id: 'stap1', text: 'A' }, ...makeOrdering().items] });
    expect(ExerciseSchema.safeParse(exercise).error?.issues[0]?.message).toContain('verraadt de volgorde');
  });
});

describe('categorize: correct placements over items', () => {
  test.each<Case>([
    ['all right', { placements: { dmu: 'b2b', offerte: 'b2b', snel: 'b2c', alleen: 'b2c' } }, 1],
    ['one wrong', { placements: { dmu: 'b2b', offerte: 'b2c', snel: 'b2c', alleen: 'b2c' } }, 3 / 4],
    ['one unplaced', { placements: { dmu: 'b2b', snel: 'b2c', alleen: 'b2c' } }, 3 / 4],
    ['an unknown group', { placements: { dmu: 'b2x', offerte: 'b2b' } }, 1 / 4],
    ['all swapped', { placements: { dmu: 'b2c', offerte: 'b2c', snel: 'b2b', alleen: 'b2b' } }, 0],
    ['placements as a list', { placements: [['dmu', 'b2b']] }, 0],
  ])('%s', (_label, response, fraction) => expectFraction(makeCategorize(), response, fraction));

  test('an item in an unknown group fails the definition', () => {
    const exercise = makeCategorize({ items: [{ id: 'x', text: 'X', category: 'b2x' }, ...makeCategorize().items] });
    expect(ExerciseSchema.safeParse(exercise).error?.issues[0]).toMatchObject({ path: ['items', 0, 'category'] });
  });
});

describe('matching: correct matches over prompts', () => {
  test.each<Case>([
    ['all right', { matches: { 'core-values': 'overtuigingen', communication: 'aanspreken', character: 'kenmerken' } }, 1],
    [
      'one wrong (a distractor)',
      { matches: { 'core-values': 'overtuigingen', communication: 'prijs', character: 'kenmerken' } },
      2 / 3,
    ],
    ['one unmatched', { matches: { 'core-values': 'overtuigingen', character: 'kenmerken' } }, 2 / 3],
    ['none', { matches: {} }, 0],
  ])('%s', (_label, response, fraction) => expectFraction(makeMatching(), response, fraction));

  test('two terms sharing one answer fail the definition: each answer card is placed once', () => {
    const [first, second, ...rest] = makeMatching().prompts;
    const exercise = makeMatching({ prompts: [first!, { ...second!, match: first!.match }, ...rest] });
    expect(ExerciseSchema.safeParse(exercise).error?.issues[0]).toMatchObject({
      path: ['prompts', 1, 'match'],
      message: expect.stringContaining('hoort al bij'),
    });
  });
});

describe('fill-blanks: correct blanks over blanks, folded, with typo tolerance', () => {
  test.each<Case>([
    ['exact answers', { answers: ['bewustwording', 'oriëntatie', 'touchpoint'] }, 1],
    ['case, outer spaces and diacritics folded', { answers: ['  Bewustwording ', 'ORIENTATIE', ' TouchPoint'] }, 1],
    ['an alternative', { answers: ['bewustwording', 'orientatiefase', 'contactmoment'] }, 1],
    ['one typo in a long word (tolerated)', { answers: ['bewustwordnig', 'oriëntatie', 'touchpiont'] }, 1],
    ['two typos', { answers: ['bewustwrodnig', 'oriëntatie', 'touchpoint'] }, 2 / 3],
    ['one blank empty', { answers: ['', 'oriëntatie', 'touchpoint'] }, 2 / 3],
    ['too few answers', { answers: ['bewustwording'] }, 1 / 3],
    ['a huge string', { answers: ['b'.repeat(1_000_000), 'oriëntatie', 'touchpoint'] }, 2 / 3],
    ['numbers instead of strings', { answers: [1, 2, 3] }, 0],
  ])('%s', (_label, response, fraction) => expectFraction(makeFillBlanks(), response, fraction));

  test('without typoTolerance a typo is wrong', () => {
    expectFraction(makeFillBlanks({ typoTolerance: false }), { answers: ['bewustwordnig', 'oriëntatie', 'touchpoint'] }, 2 / 3);
  });

  test('inner whitespace is collapsed, not removed', () => {
    const exercise = makeFillBlanks({ text: 'De [[customer journey]].', typoTolerance: false });
    expectFraction(exercise, { answers: ['Customer \t  Journey'] }, 1);
    expectFraction(exercise, { answers: ['customerjourney'] }, 0);
  });

  test('a short answer gets no tolerance', () => {
    expectFraction(makeFillBlanks({ text: 'Een [[DMU]] beslist.' }), { answers: ['DNU'] }, 0);
  });

  test('a blank accepted thanks to the tolerance is marked almost, with the right spelling', () => {
    expect(score(makeFillBlanks(), { answers: ['bewustwordnig', 'x', 'touchpoint'] }).parts).toEqual([
      { id: 'blank-1', correct: true, points: 1 / 3, almost: true, expected: 'bewustwording' },
      { id: 'blank-2', correct: false, points: 0, expected: 'oriëntatie' },
      { id: 'blank-3', correct: true, points: 1 / 3, expected: 'touchpoint' },
    ]);
  });

  test('the public view cuts the text into pieces and empty blanks', () => {
    expect(toPublic(makeFillBlanks({ text: 'Na de [[bewustwording]] volgt [[keuze]].' }))).toMatchObject({
      segments: [
        { type: 'text', text: 'Na de ' },
        { type: 'blank', index: 0 },
        { type: 'text', text: ' volgt ' },
        { type: 'blank', index: 1 },
        { type: 'text', text: '.' },
      ],
    });
  });

  test('text without blanks fails the definition', () => {
    expect(ExerciseSchema.safeParse(makeFillBlanks({ text: 'Geen open plek.' })).success).toBe(false);
  });
});

describe('open: the share of the checklist the student ticks, never right or wrong by itself', () => {
  test.each<Case>([
    ['every point ticked', { text: 'Mijn antwoord', checked: ['fasen', 'drie', 'loyaliteit', 'webshop'] }, 1],
    ['three of four', { text: 'Mijn antwoord', checked: ['fasen', 'drie', 'webshop'] }, 3 / 4],
    ['duplicates count once', { text: '', checked: ['fasen', 'fasen', 'fasen'] }, 1 / 4],
    ['unknown points are ignored', { text: '', checked: ['alles', 'fasen'] }, 1 / 4],
    ['nothing ticked', { text: 'Een lang antwoord', checked: [] }, 0],
    ['checked is not a list', { text: 'x', checked: 'fasen' }, 0],
  ])('%s', (_label, response, fraction) => expectFraction(makeOpen(), response, fraction));

  test('the text is not graded: the same ticks score the same whatever was written', () => {
    const checked = ['fasen', 'drie'];
    expect(score(makeOpen(), { text: '', checked }).fraction).toBe(
      score(makeOpen(), { text: 'x'.repeat(4000), checked }).fraction,
    );
  });

  test('the public view keeps the checklist and drops the model answer', () => {
    const view = toPublic(makeOpen());
    expect(view.checklist).toHaveLength(4);
    expect(JSON.stringify(view)).not.toContain('Instagram');
  });

  test('parseResponse refuses a text longer than 5000 characters', () => {
    expect(parseResponse(makeOpen(), { text: 'x'.repeat(5001), checked: [] }).ok).toBe(false);
    expect(parseResponse(makeOpen(), { text: 'x', checked: ['fasen'] }).ok).toBe(true);
  });
});

describe('hasResponseShape: only a readable saved answer is restored into a component', () => {
  test.each([
    ['single-choice', { optionId: 'a' }, true],
    ['single-choice', { optionId: 3 }, false],
    ['multiple-choice', { optionIds: ['a', 'b'] }, true],
    ['multiple-choice', { optionIds: 'a' }, false],
    ['true-false', { value: false }, true],
    ['true-false', { value: 'false' }, false],
    ['ordering', { order: ['a'] }, true],
    ['categorize', { placements: { a: 'b2b' } }, true],
    ['categorize', { placements: { a: 1 } }, false],
    ['matching', { matches: [] }, false],
    ['fill-blanks', { answers: ['x', ''] }, true],
    ['fill-blanks', null, false],
    ['open', { text: 'x', checked: [] }, true],
  ] as const)('%s %j → %s', (type, value, expected) => {
    expect(hasResponseShape(type, value)).toBe(expected);
  });
});
