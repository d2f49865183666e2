import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { isStoredCard } from '@/lib/progress/card';
import { isExamRecord, isExerciseProgress, isFinalTestRecord, isLessonProgress } from '@/lib/progress/state';
import { integer, isoDateTime, list, nullable, number, optional, record, strictObject, text, unknown } from '@/lib/util/check';

// The saved progress used to be checked with zod/mini; lib/util/check replaced it there to keep zod
// out of every page (docs/performance.md). These tests hold the checks to what zod accepted.

describe('the checks one by one', () => {
  test('text: type, length and pattern', () => {
    expect(text()('')).toBe(true);
    expect(text({ min: 1 })('')).toBe(false);
    expect(text({ max: 3 })('abcd')).toBe(false);
    expect(text({ pattern: /^[a-z]+$/ })('abc')).toBe(true);
    expect(text({ pattern: /^[a-z]+$/ })('ab1')).toBe(false);
    for (const other of [1, null, undefined, {}, ['a'], true]) expect(text()(other)).toBe(false);
  });

  test('number and integer: finite, within bounds', () => {
    expect(number({ min: 0, max: 1 })(0.5)).toBe(true);
    expect(number({ min: 0, max: 1 })(1.01)).toBe(false);
    expect(number({ min: 0 })(-0.1)).toBe(false);
    for (const other of [Number.NaN, Infinity, -Infinity, '1', null]) expect(number()(other)).toBe(false);
    expect(integer({ min: 1, max: 100 })(100)).toBe(true);
    expect(integer({ min: 1, max: 100 })(101)).toBe(false);
    expect(integer()(1.5)).toBe(false);
    expect(integer()(2 ** 53)).toBe(false);
    expect(integer()('3')).toBe(false);
  });

  test('isoDateTime: what toISOString writes, with seconds and a zone, on a day that exists', () => {
    expect(isoDateTime(new Date('2026-11-25T07:30:00Z').toISOString())).toBe(true);
    for (const good of [
      '2026-11-25T07:30:00Z',
      '2026-11-25T07:30:00.1+01:00',
      '2024-02-29T00:00:00Z',
      '2000-02-29T23:59:59-05:30',
    ]) {
      expect(isoDateTime(good), good).toBe(true);
    }
    for (const bad of [
      '2026-11-25', // no time
      '2026-11-25T07:30:00', // no zone
      '2026-11-25T07:30Z', // no seconds
      '2026-11-25T07:30:00+0100', // an offset without its colon
      '1900-02-29T00:00:00Z', // not a leap year (a century)
      '2026-02-29T00:00:00Z', // not a leap year
      '2026-13-01T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-11-25T24:00:00Z',
      '2026-11-25T07:60:00Z',
      ' 2026-11-25T07:30:00Z',
      'gisteren',
      1764055800000,
      null,
    ]) {
      expect(isoDateTime(bad), String(bad)).toBe(false);
    }
  });

  test('optional, nullable, list and record', () => {
    expect(optional(text())(undefined)).toBe(true);
    expect(optional(text())(null)).toBe(false);
    expect(nullable(text())(null)).toBe(true);
    expect(nullable(text())(undefined)).toBe(false);
    expect(list(text(), { min: 1, max: 2 })(['a'])).toBe(true);
    expect(list(text(), { min: 1, max: 2 })([])).toBe(false);
    expect(list(text(), { min: 1, max: 2 })(['a', 'b', 'c'])).toBe(false);
    expect(list(text())(['a', 1])).toBe(false);
    expect(list(text())({ 0: 'a', length: 1 })).toBe(false);
    expect(record(text({ max: 2 }), unknown)({ ab: 1, cd: [null] })).toBe(true);
    expect(record(text({ max: 2 }), unknown)({ abc: 1 })).toBe(false);
    expect(record(text(), integer())({ a: 1.5 })).toBe(false);
    expect(record(text(), unknown)([])).toBe(false);
    expect(record(text(), unknown)(null)).toBe(false);
  });

  test('strictObject: exactly its keys, optional ones may be missing, no arrays or null', () => {
    const valid = strictObject({ id: text(), note: optional(text()) });
    expect(valid({ id: 'a' })).toBe(true);
    expect(valid({ id: 'a', note: 'b' })).toBe(true);
    expect(valid({ note: 'b' })).toBe(false);
    expect(valid({ id: 'a', extra: 1 })).toBe(false);
    expect(valid({ id: 1 })).toBe(false);
    expect(valid(null)).toBe(false);
    expect(valid([])).toBe(false);
    // A key named like a prototype property is a key like any other: unknown here, so refused.
    expect(valid(JSON.parse('{"id":"a","__proto__":{"note":"x"}}'))).toBe(false);
    // An inherited key does not count as present.
    expect(valid(Object.create({ id: 'a' }))).toBe(false);
    expect(strictObject({})({})).toBe(true);
  });
});

// The zod/mini schemas these checks replaced, word for word.
const isoDate = z.iso.datetime({ offset: true });
const fraction = z.number().check(z.minimum(0), z.maximum(1));
const zodCard = z.strictObject({
  due: isoDate,
  stability: z.number().check(z.minimum(0), z.maximum(1e6)),
  difficulty: z.number().check(z.minimum(0), z.maximum(100)),
  elapsed_days: z.number().check(z.minimum(0)),
  scheduled_days: z.number().check(z.minimum(0)),
  learning_steps: z.int().check(z.minimum(0)),
  reps: z.int().check(z.minimum(0)),
  lapses: z.int().check(z.minimum(0)),
  state: z.int().check(z.minimum(0), z.maximum(3)),
  last_review: z.optional(isoDate),
});
const zodExercise = z.strictObject({
  attempts: z.int().check(z.minimum(1), z.maximum(100_000)),
  best: fraction,
  last: fraction,
  lastAt: isoDate,
  card: z.optional(zodCard),
  counted: z.optional(fraction),
  countedAt: z.optional(isoDate),
});
const zodLesson = z.strictObject({ readAt: z.optional(isoDate), visitedAt: z.optional(isoDate) });
const zodExam = z.strictObject({
  at: isoDate,
  points: z.number().check(z.minimum(0)),
  maxPoints: z.number().check(z.minimum(0)),
  questions: z.int().check(z.minimum(1), z.maximum(100)),
  lessons: z.array(z.string()).check(z.maxLength(20)),
});
const zodFinal = z.strictObject({
  at: isoDate,
  points: z.number().check(z.minimum(0)),
  maxPoints: z.number().check(z.minimum(0)),
  questions: z.int().check(z.minimum(1), z.maximum(100)),
});

describe('the saved-progress checks accept exactly what the zod schemas did', () => {
  // Values near the edges: real dates and broken ones, bounds and just past them, wrong types.
  const date = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '2026-11-25T07:30Z',
        '2026-11-25T07:30:00+01:00',
        '2026-11-25T07:30:00',
        '2026-02-30T00:00:00Z',
        '2026-11-25',
        '2026-11-25T25:00:00Z',
        '',
      ),
    },
  );
  const numberish = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(0, 1, 0.5, 1, 2, 3) },
    { weight: 2, arbitrary: fc.constantFrom(-1, 1.0001, 4, 20, 100, 101, 100_000, 100_001, 1e6, 1e6 + 1, -0.0001) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.constantFrom('1', null, true, Number.NaN) },
  );
  // A valid value for each key, by its kind.
  const good: Record<string, fc.Arbitrary<unknown>> = {
    fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    count: fc.integer({ min: 1, max: 100 }),
    natural: fc.nat({ max: 1000 }),
    state: fc.integer({ min: 0, max: 3 }),
    amount: fc.double({ min: 0, max: 100, noNaN: true }),
    date: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  };
  const KIND: Record<string, keyof typeof good> = {
    ...Object.fromEntries(['due', 'last_review', 'lastAt', 'countedAt', 'readAt', 'visitedAt', 'at'].map((key) => [key, 'date'])),
    ...Object.fromEntries(['best', 'last', 'counted'].map((key) => [key, 'fraction'])),
    ...Object.fromEntries(['attempts', 'questions'].map((key) => [key, 'count'])),
    ...Object.fromEntries(['learning_steps', 'reps', 'lapses'].map((key) => [key, 'natural'])),
    state: 'state',
  };
  // Mostly a valid value, else one near an edge, or anything at all.
  const field = (key: string) =>
    fc.oneof(
      { weight: 16, arbitrary: good[KIND[key] ?? 'amount']! },
      { weight: 1, arbitrary: KIND[key] === 'date' ? date : numberish },
      { weight: 1, arbitrary: fc.anything() },
    );
  const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
  // Every key; sometimes one left out, sometimes one key too many.
  const object = (keys: string[]) =>
    fc
      .tuple(
        fc.record(Object.fromEntries(keys.map((key) => [key, field(key)]))),
        sometimes(fc.constantFrom(...keys)),
        sometimes(fc.dictionary(fc.string({ maxLength: 6 }), fc.anything(), { minKeys: 1, maxKeys: 1 })),
      )
      .map(([fields, left, extra]) => {
        const value: Record<string, unknown> = { ...fields, ...extra };
        if (left !== undefined) delete value[left];
        return value;
      });
  const cardKeys = Object.keys(zodCard.shape);
  const card = object(cardKeys);

  const cases = [
    ['a card', isStoredCard, zodCard, card],
    [
      'an exercise entry',
      isExerciseProgress,
      zodExercise,
      fc
        .tuple(object(['attempts', 'best', 'last', 'lastAt', 'counted', 'countedAt']), sometimes(card))
        .map(([entry, withCard]) => (withCard === undefined ? entry : { ...entry, card: withCard })),
    ],
    ['a lesson entry', isLessonProgress, zodLesson, object(['readAt', 'visitedAt'])],
    [
      'a practice exam',
      isExamRecord,
      zodExam,
      fc
        .tuple(
          object(['at', 'points', 'maxPoints', 'questions']),
          fc.oneof(
            { weight: 6, arbitrary: fc.array(fc.string(), { maxLength: 20 }) },
            { weight: 1, arbitrary: fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 22 }) },
          ),
        )
        .map(([entry, lessons]) => ({ ...entry, lessons })),
    ],
    ['an Eindtoets', isFinalTestRecord, zodFinal, object(['at', 'points', 'maxPoints', 'questions'])],
  ] as const;

  test.each(cases)('%s', (_name, check, schema, values) => {
    let accepted = 0;
    fc.assert(
      fc.property(values, (value) => {
        const verdict = check(value);
        if (verdict) accepted++;
        expect(verdict).toBe(schema.safeParse(value).success);
      }),
      { numRuns: 3000 },
    );
    // The comparison means something only if many values were valid too.
    expect(accepted).toBeGreaterThan(300);
  });
});
