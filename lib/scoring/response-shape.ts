import { isRecord } from '../util/records';

// The shape of a response, written once per type as plain data. The browser checks a saved answer
// against it here (no zod: this module is in every exercise page's first-load JavaScript); the
// server turns the same shape into a zod schema (responses.ts) to answer 400 with a Dutch message.

type Node =
  | { kind: 'id' }
  | { kind: 'text'; max: number }
  | { kind: 'boolean' }
  | { kind: 'list'; of: Shape; max: number }
  | { kind: 'idMap' }
  | { kind: 'object'; fields: Readonly<Record<string, Shape>> };

/** A response shape whose values have type T (T is only carried for the types). */
export type Shape<T = unknown> = Node & { readonly _output?: T };
/** The type of the values a shape accepts. */
export type OutputOf<S> = S extends Shape<infer T> ? T : never;

/** Ids in a response are bounded (1–100 characters), so a hostile request cannot make the server work hard. */
export const ID_MAX = 100;
/** A map of ids has at most this many entries. */
export const MAP_MAX = 50;

/** An id: a string of 1–100 characters. */
export const id: Shape<string> = { kind: 'id' };
/** Free text of at most `max` characters. */
export const text = (max: number): Shape<string> => ({ kind: 'text', max });
export const boolean: Shape<boolean> = { kind: 'boolean' };
/** A list of at most `max` values of one shape. */
export const list = <T>(of: Shape<T>, max: number): Shape<T[]> => ({ kind: 'list', of, max });
/** A map of ids to ids (an item to its group, a term to its answer), at most 50 entries. */
export const idMap: Shape<Record<string, string>> = { kind: 'idMap' };
/** An object with exactly these fields. */
export const object = <F extends Record<string, Shape>>(fields: F): Shape<{ [K in keyof F]: OutputOf<F[K]> }> => ({
  kind: 'object',
  fields,
});

const isId = (value: unknown) => typeof value === 'string' && value.length >= 1 && value.length <= ID_MAX;

function matches(shape: Shape, value: unknown): boolean {
  switch (shape.kind) {
    case 'id':
      return isId(value);
    case 'text':
      return typeof value === 'string' && value.length <= shape.max;
    case 'boolean':
      return typeof value === 'boolean';
    case 'list':
      return Array.isArray(value) && value.length <= shape.max && value.every((item) => matches(shape.of, item));
    case 'idMap':
      return isRecord(value) && Object.keys(value).length <= MAP_MAX && Object.entries(value).every(([key, to]) => isId(key) && isId(to));
    case 'object':
      return (
        isRecord(value) &&
        Object.keys(value).every((key) => Object.hasOwn(shape.fields, key)) &&
        Object.entries(shape.fields).every(([key, field]) => matches(field, value[key]))
      );
  }
}

/** Whether a value has the shape (the same rule the server's schema applies). */
export function matchesShape<T>(shape: Shape<T>, value: unknown): value is T {
  return matches(shape, value);
}
