// Small, declarative checks for JSON read back from the browser's storage: the saved progress and
// the slots beside it. They ship with the progress store to every page, so they replace zod there:
// zod/mini's core is 84 kB of JavaScript (24 kB gzip) that a cheap phone spent 160–200 ms evaluating
// after each page load (docs/performance.md). The server and the content build keep zod.
// Pure: no I/O, no framework.

import { isRecord } from './records';

/** A check: true when `value` has the shape, and then TypeScript knows it. */
export type Check<T> = (value: unknown) => value is T;
/** The type a check accepts. */
export type Checked<C> = C extends Check<infer T> ? T : never;

type Bounds = { min?: number; max?: number };

const within = (size: number, { min = -Infinity, max = Infinity }: Bounds) => size >= min && size <= max;

/** A string, its length within `min`–`max`, matching `pattern` when given. */
export const text =
  (bounds: Bounds & { pattern?: RegExp } = {}): Check<string> =>
  (value): value is string =>
    typeof value === 'string' && within(value.length, bounds) && (bounds.pattern?.test(value) ?? true);

/** A finite number within `min`–`max`. */
export const number =
  (bounds: Bounds = {}): Check<number> =>
  (value): value is number =>
    typeof value === 'number' && Number.isFinite(value) && within(value, bounds);

/** A safe integer within `min`–`max`. */
export const integer =
  (bounds: Bounds = {}): Check<number> =>
  (value): value is number =>
    Number.isSafeInteger(value) && within(value as number, bounds);

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** The number of days in a month (1–12) of a year of the Gregorian calendar. */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A date and time in ISO 8601 with seconds and a zone, as `Date.prototype.toISOString` writes it
 * ("2026-11-25T07:30:00.000Z"; an offset such as "+01:00" is accepted too), on a day that exists.
 * The same as zod's `z.iso.datetime({ offset: true })`, which checked it before.
 */
export const isoDateTime: Check<string> = (value): value is string => {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
};

/** Anything at all (its shape is checked elsewhere, or does not matter). */
export const unknown: Check<unknown> = (_value): _value is unknown => true;

/** The value, or nothing (a key that may be left out). */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || check(value);

/** The value, or null. */
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value): value is T | null =>
    value === null || check(value);

/** An array of `min`–`max` items, each passing `item`. */
export const list =
  <T>(item: Check<T>, bounds: Bounds = {}): Check<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && within(value.length, bounds) && value.every((entry) => item(entry));

/** A plain object used as a map: every key passes `key`, every value passes `entry`. */
export const record =
  <T>(key: Check<string>, entry: Check<T>): Check<Record<string, T>> =>
  (value): value is Record<string, T> =>
    isRecord(value) && Object.entries(value).every(([name, field]) => key(name) && entry(field));

type Shape = Record<string, Check<unknown>>;
/** The object a shape describes: keys whose check accepts undefined may be left out. */
type ObjectOf<S extends Shape> = {
  [K in keyof S as undefined extends Checked<S[K]> ? never : K]: Checked<S[K]>;
} & {
  [K in keyof S as undefined extends Checked<S[K]> ? K : never]?: Checked<S[K]>;
} extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

/** A plain object with exactly the keys of `shape` (optional ones may be missing), each passing its check. */
export function strictObject<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  const keys = Object.keys(shape);
  return (value): value is ObjectOf<S> =>
    isRecord(value) &&
    Object.keys(value).every((key) => Object.hasOwn(shape, key)) &&
    keys.every((key) => shape[key]!(Object.hasOwn(value, key) ? value[key] : undefined));
}
