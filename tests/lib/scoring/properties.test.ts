import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { score, solve, toPublic, type Exercise } from '@/lib/scoring';
import { ExerciseSchema } from '@/lib/scoring/schema';
import { expectNoKey } from './factories';

const base = { topic: 'les', level: 'onthouden' as const, prompt: 'Vraag', explanation: 'Uitleg' };
const ids = (min: number, max: number) =>
  fc
    .uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: min, maxLength: max })
    .filter((list) => list.every((id) => !/\d/.test(id)));
const points = fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined });

const choice = fc.tuple(ids(2, 8), fc.boolean(), points, fc.nat()).chain(([optionIds, single, pts, seed]) => {
  const k = single ? 1 : 1 + (seed % optionIds.length);
  return fc.constant({
    ...base,
    id: 'keuze',
    type: single ? 'single-choice' : 'multiple-choice',
    points: pts,
    options: optionIds.map((id, index) => ({ id, text: `Optie ${id}`, correct: index < k, feedback: `fb ${id}` })),
  } as Exercise);
});

const ordering = fc
  .tuple(ids(3, 10), points)
  .map(
    ([itemIds, pts]) =>
      ({ ...base, id: 'volgorde', type: 'ordering', points: pts, items: itemIds.map((id) => ({ id, text: id })) }) as Exercise,
  );

const categorize = fc.tuple(ids(2, 4), ids(2, 12), points, fc.array(fc.nat(), { minLength: 12, maxLength: 12 })).map(
  ([categoryIds, itemIds, pts, picks]) =>
    ({
      ...base,
      id: 'groepen',
      type: 'categorize',
      points: pts,
      categories: categoryIds.map((id) => ({ id, label: id })),
      items: itemIds.map((id, index) => ({ id, text: id, category: categoryIds[picks[index]! % categoryIds.length]! })),
    }) as Exercise,
);

// Each answer belongs to at most one prompt; the answers left over are distractors.
const matching = fc
  .tuple(ids(2, 6), ids(2, 8), points)
  .chain(([promptIds, answerIds, pts]) =>
    fc
      .shuffledSubarray(answerIds, { minLength: Math.min(promptIds.length, answerIds.length) })
      .map((matches) => [promptIds.slice(0, matches.length), answerIds, pts, matches] as const),
  )
  .map(
    ([promptIds, answerIds, pts, matches]) =>
      ({
        ...base,
        id: 'koppelen',
        type: 'matching',
        points: pts,
        prompts: promptIds.map((id, index) => ({ id, text: id, match: matches[index]! })),
        answers: answerIds.map((id) => ({ id, text: id })),
      }) as Exercise,
  );

const fillBlanks = fc.tuple(fc.array(fc.stringMatching(/^[a-zé]{1,10}$/), { minLength: 1, maxLength: 5 }), fc.boolean()).map(
  ([answers, typoTolerance]) =>
    ({
      ...base,
      id: 'invullen',
      type: 'fill-blanks',
      typoTolerance,
      text: answers.map((answer) => `woord [[${answer}]]`).join(' '),
    }) as Exercise,
);

const trueFalse = fc
  .boolean()
  .map((answer) => ({ ...base, id: 'waar', type: 'true-false', statement: 'Stelling', answer }) as Exercise);

const open = fc.tuple(ids(2, 6), points).map(
  ([pointIds, pts]) =>
    ({
      ...base,
      id: 'open-vraag',
      type: 'open',
      points: pts,
      modelAnswer: 'Model',
      checklist: pointIds.map((id) => ({ id, text: id })),
    }) as Exercise,
);

const anyExercise = fc.oneof(choice, ordering, categorize, matching, fillBlanks, trueFalse, open);

describe('scoring invariants for generated exercises', () => {
  test('generated exercises are valid bank entries', () => {
    fc.assert(fc.property(anyExercise, (exercise) => ExerciseSchema.safeParse(exercise).success));
  });

  test('any JSON value scores a fraction in [0, 1] and points in [0, max], without throwing', () => {
    fc.assert(
      fc.property(anyExercise, fc.jsonValue(), (exercise, response) => {
        const result = score(exercise, response);
        expect(result.fraction).toBeGreaterThanOrEqual(0);
        expect(result.fraction).toBeLessThanOrEqual(1);
        expect(result.points).toBeGreaterThanOrEqual(0);
        expect(result.points).toBeLessThanOrEqual(result.maxPoints);
        expect(result.correct).toBe(result.fraction === 1);
      }),
    );
  });

  test('the key scores full credit', () => {
    fc.assert(fc.property(anyExercise, (exercise) => score(exercise, solve(exercise)).correct));
  });

  test('the order in which options are listed never changes a score', () => {
    fc.assert(
      fc.property(
        choice.chain((exercise) => {
          const options = (exercise as { options: unknown[] }).options;
          return fc.tuple(
            fc.constant(exercise),
            fc.shuffledSubarray(options, { minLength: options.length, maxLength: options.length }),
            fc.subarray(options.map((option) => (option as { id: string }).id)),
          );
        }),
        ([exercise, shuffled, chosen]) => {
          const reordered = { ...exercise, options: shuffled } as Exercise;
          const response = exercise.type === 'single-choice' ? { optionId: chosen[0] } : { optionIds: chosen };
          expect(score(reordered, response).points).toBeCloseTo(score(exercise, response).points, 10);
        },
      ),
    );
  });

  test('the public view contains no key field', () => {
    fc.assert(
      fc.property(anyExercise, (exercise) => {
        expectNoKey(toPublic(exercise));
      }),
    );
  });
});
