import { describe, expect, test } from 'vitest';
import { score, solve, toPublic, type SingleChoice } from '@/lib/scoring';
import { SingleChoiceSchema } from '@/lib/scoring/single-choice.bank';

function makeExercise(overrides: Partial<SingleChoice> = {}): SingleChoice {
  return {
    id: 'cj-test',
    type: 'single-choice',
    level: 'onthouden',
    topic: 'wat-is-een-customer-journey',
    prompt: 'Welke is goed?',
    explanation: 'Omdat B klopt.',
    options: [
      { id: 'a', text: 'Optie A', feedback: 'A is fout.' },
      { id: 'b', text: 'Optie B', correct: true, feedback: 'B klopt.' },
      { id: 'c', text: 'Optie C' },
    ],
    ...overrides,
  };
}

describe('single-choice scoring', () => {
  test.each([
    ['the correct option', { optionId: 'b' }, 1, [{ id: 'b', correct: true, points: 1, feedback: 'B klopt.' }]],
    ['a wrong option', { optionId: 'a' }, 0, [{ id: 'a', correct: false, points: 0, feedback: 'A is fout.' }]],
    ['a wrong option without feedback', { optionId: 'c' }, 0, [{ id: 'c', correct: false, points: 0 }]],
  ])('%s scores %d', (_label, response, fraction, parts) => {
    const result = score(makeExercise(), response);
    expect(result.fraction).toBe(fraction);
    expect(result.correct).toBe(fraction === 1);
    expect(result.parts).toEqual(parts);
  });

  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'b'],
    ['a number', 2],
    ['an array', ['b']],
    ['an empty object', {}],
    ['a numeric optionId', { optionId: 1 }],
    ['an unknown optionId', { optionId: 'z' }],
    ['an optionId list', { optionId: ['b'] }],
    ['a huge string', { optionId: 'b'.repeat(100_000) }],
    ['an inherited optionId', Object.create({ optionId: 'b' })],
    ['the prototype key', JSON.parse('{"__proto__": {"optionId": "b"}}')],
  ])('a malformed response (%s) scores zero without throwing', (_label, response) => {
    const result = score(makeExercise(), response);
    expect(result).toEqual({ points: 0, maxPoints: 1, fraction: 0, correct: false, parts: [] });
  });

  test('extra fields beside a valid optionId do not change the score', () => {
    expect(score(makeExercise(), { optionId: 'b', correct: true, points: 99 }).points).toBe(1);
  });

  test('points scale the score', () => {
    const exercise = makeExercise({ points: 3 });
    expect(score(exercise, { optionId: 'b' })).toMatchObject({ points: 3, maxPoints: 3, fraction: 1 });
    expect(score(exercise, { optionId: 'a' })).toMatchObject({ points: 0, maxPoints: 3, fraction: 0 });
  });

  test('the order in which options are listed does not change a score', () => {
    const exercise = makeExercise();
    const reversed = makeExercise({ options: [...exercise.options].reverse() });
    for (const optionId of ['a', 'b', 'c', 'x']) {
      expect(score(reversed, { optionId })).toEqual(score(exercise, { optionId }));
    }
  });

  test('solve gives the response that scores full credit', () => {
    const exercise = makeExercise();
    expect(solve(exercise)).toEqual({ optionId: 'b' });
    expect(score(exercise, solve(exercise)).correct).toBe(true);
  });
});

describe('single-choice public view', () => {
  test('toPublic strips the key, the feedback and the explanation', () => {
    const view = toPublic(makeExercise({ hint: 'Denk aan B.' }));
    expect(view).toEqual({
      id: 'cj-test',
      type: 'single-choice',
      level: 'onthouden',
      topic: 'wat-is-een-customer-journey',
      prompt: 'Welke is goed?',
      hint: 'Denk aan B.',
      options: [
        { id: 'a', text: 'Optie A' },
        { id: 'b', text: 'Optie B' },
        { id: 'c', text: 'Optie C' },
      ],
    });
    const serialized = JSON.stringify(view);
    for (const leak of ['correct', 'feedback', 'explanation', 'klopt']) expect(serialized).not.toContain(leak);
  });
});

describe('single-choice definition', () => {
  test('accepts a well-formed exercise', () => {
    expect(SingleChoiceSchema.safeParse(makeExercise()).success).toBe(true);
  });

  test.each([
    [
      'two correct options',
      {
        options: [
          { id: 'a', text: 'A', correct: true },
          { id: 'b', text: 'B', correct: true },
        ],
      },
      'nu zijn het er 2',
    ],
    [
      'no correct option',
      {
        options: [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
        ],
      },
      'nu zijn het er 0',
    ],
    [
      'a duplicate option id',
      {
        options: [
          { id: 'a', text: 'A', correct: true },
          { id: 'a', text: 'B' },
        ],
      },
      'komt twee keer voor',
    ],
    ['one option only', { options: [{ id: 'a', text: 'A', correct: true }] }, 'minstens 2'],
    ['an id that is not kebab-case', { id: 'Stap 1' }, 'kleine letters'],
    ['an empty prompt', { prompt: '  ' }, 'mag niet leeg zijn'],
  ])('rejects %s', (_label, overrides, message) => {
    const result = SingleChoiceSchema.safeParse({ ...makeExercise(), ...overrides });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });

  test('rejects an unknown field, so a typo in the bank is caught', () => {
    expect(SingleChoiceSchema.safeParse({ ...makeExercise(), explantion: 'typo' }).success).toBe(false);
  });
});
