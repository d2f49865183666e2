import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXERCISE_TYPES, score, solve, toPublic, TYPES, type Exercise, type ExerciseType } from '@/lib/scoring';
import { NONE } from '@/lib/scoring/definition';
import type { Shape } from '@/lib/scoring/response-shape';
import { parseResponse } from '@/lib/scoring/responses';
import { BANK, describeResponse, ExerciseSchema, TYPE_LABEL, wrongChoices } from '@/lib/scoring/schema';
import { hasResponseShape, matchesShape } from '@/lib/scoring/shape';
import { expectNoKey, FACTORIES } from './factories';

// Every registered exercise type, checked against every registry a type must be in (see
// docs/adding-an-exercise-type.md). The component registry is checked in tests/components/exercises.

const sorted = (types: Iterable<string>) => [...types].sort();
const zodTypes = ExerciseSchema.options.map((option) => option.shape.type.value);
const exercises = EXERCISE_TYPES.map((type) => [type, FACTORIES[type]() as Exercise] as const);

test('the pure registry, its zod twin and the test factories list the same types', () => {
  expect(EXERCISE_TYPES.length).toBeGreaterThanOrEqual(8);
  expect(sorted(zodTypes)).toEqual(sorted(EXERCISE_TYPES));
  expect(sorted(Object.keys(BANK))).toEqual(sorted(EXERCISE_TYPES));
  expect(sorted(Object.keys(FACTORIES))).toEqual(sorted(EXERCISE_TYPES));
  expect(sorted(Object.keys(TYPE_LABEL))).toEqual(sorted(EXERCISE_TYPES));
});

test('each label names its type in Dutch, as the teacher pages did before the registry', () => {
  expect(TYPE_LABEL).toEqual({
    'single-choice': 'meerkeuze, één antwoord',
    'multiple-choice': 'meerkeuze, meer antwoorden',
    'true-false': 'waar of niet waar',
    ordering: 'volgorde',
    categorize: 'indelen in groepen',
    matching: 'koppelen',
    'fill-blanks': 'invullen',
    open: 'open vraag',
  });
  expect(new Set(Object.values(TYPE_LABEL)).size).toBe(EXERCISE_TYPES.length);
});

describe.each(exercises)('%s', (type, exercise) => {
  const definition = TYPES[type];
  const bank = BANK[type];

  test('is registered under its own type, and its factory makes a valid exercise of it', () => {
    expect(definition.type).toBe(type);
    expect(exercise.type).toBe(type);
    expect(ExerciseSchema.safeParse(exercise).success).toBe(true);
    expect(bank.label.trim()).not.toBe('');
  });

  test('the solution scores full marks, an empty or missing response none', () => {
    expect(score(exercise, solve(exercise))).toMatchObject({ fraction: 1, correct: true });
    for (const empty of [{}, null, undefined]) expect(score(exercise, empty)).toMatchObject({ fraction: 0, points: 0 });
  });

  test('the solution has the response shape, in the browser and on the server, also after JSON', () => {
    const sent = JSON.parse(JSON.stringify(solve(exercise))) as unknown;
    expect(hasResponseShape(type, sent)).toBe(true);
    expect(parseResponse(exercise, sent)).toEqual({ ok: true, response: solve(exercise) });
    expect(hasResponseShape(type, {})).toBe(false);
    expect(parseResponse(exercise, {}).ok).toBe(false);
  });

  test('a right answer has no wrong choices, and a description reads "(geen)" for what is missing', () => {
    expect(wrongChoices(exercise, solve(exercise))).toEqual([]);
    expect(typeof describeResponse(exercise, solve(exercise))).toBe('string');
    expect(describeResponse(exercise, null)).toContain(NONE);
    expect(() => wrongChoices(exercise, { junk: true })).not.toThrow();
  });

  test('the public view carries no key, and the id keys name lists and response fields the type has', () => {
    expectNoKey(toPublic(exercise));
    const keys = bank.keys;
    if (!keys) return;
    const solution = solve(exercise) as Record<string, unknown>;
    for (const [list, spec] of Object.entries(keys.exercise)) {
      const entries = (exercise as Record<string, unknown>)[list];
      expect(Array.isArray(entries), list).toBe(true);
      for (const field of Object.keys(spec?.fields ?? {})) {
        expect(
          (entries as Record<string, unknown>[]).every((entry) => typeof entry[field] === 'string'),
          field,
        ).toBe(true);
      }
    }
    for (const field of Object.keys(keys.response)) expect(solution, field).toHaveProperty(field);
  });
});

/** Values around a shape: right ones, and ones a little off (too long, wrong type, an extra key). */
function near(shape: Shape): fc.Arbitrary<unknown> {
  const off = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant('x'), fc.constant([]), fc.constant({}));
  const id = fc
    .string({ minLength: 0, maxLength: 3 })
    .chain((short) => fc.oneof(fc.constant(short), fc.constant('i'.repeat(100)), fc.constant('i'.repeat(101))));
  if (shape === 'id') return fc.oneof(id, off);
  if (shape === 'boolean') return fc.oneof(fc.boolean(), off);
  if (shape === 'idMap') {
    return fc.oneof(
      fc.dictionary(id, id, { maxKeys: 3 }),
      fc.integer({ min: 49, max: 51 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']))),
      off,
    );
  }
  if (typeof shape === 'number') {
    return fc.oneof(fc.constant('t'.repeat(shape)), fc.constant('t'.repeat(shape + 1)), fc.string(), off);
  }
  if (Array.isArray(shape)) {
    const [of, max] = shape as readonly [Shape, number];
    return fc.oneof(
      fc.array(near(of), { maxLength: 3 }),
      fc.integer({ min: max - 1, max: max + 1 }).map((n) => Array.from({ length: n }, () => 'a')),
      off,
    );
  }
  const fields = () =>
    Object.fromEntries(Object.entries(shape as Record<string, Shape>).map(([key, field]) => [key, near(field)]));
  return fc.oneof(
    fc.record(fields()),
    fc.record(fields(), { requiredKeys: [] }),
    fc.record(fields()).map((value) => ({ ...value, extra: 1 })),
    off,
  );
}

test.each(exercises)('%s: the browser check and the server schema accept exactly the same responses', (type, exercise) => {
  let accepted = 0;
  fc.assert(
    fc.property(near(TYPES[type].response), (value) => {
      const ok = matchesShape(TYPES[type].response, value);
      if (ok) accepted += 1;
      expect(parseResponse(exercise, value).ok).toBe(ok);
    }),
    { numRuns: 300 },
  );
  // The values are near enough to the shape for both answers to occur.
  expect(accepted).toBeGreaterThan(0);
});

test('every type is listed once, and an unknown type is refused everywhere without a crash', () => {
  expect(new Set<ExerciseType>(EXERCISE_TYPES).size).toBe(EXERCISE_TYPES.length);
  const alien = { ...FACTORIES.open(), type: 'kaart' } as unknown as Exercise;
  expect(score(alien, {})).toMatchObject({ points: 0, fraction: 0 });
  expect(() => toPublic(alien)).toThrow(/Unknown exercise type: kaart/);
  expect(parseResponse(alien, {})).toEqual({ ok: false, error: 'Onbekend type oefening: kaart' });
  expect(hasResponseShape('kaart' as ExerciseType, {})).toBe(false);
});
