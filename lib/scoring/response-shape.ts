// The shape of a response, written once per type as a plain literal (no zod, no code: it is in every
// exercise page's first-load JavaScript). The browser checks a saved answer against it (shape.ts); the
// server turns the same shape into a zod schema (responses.ts) to answer 400 with a Dutch message.
//
//   'id'          an id: a string of 1–100 characters
//   'boolean'     true or false
//   'idMap'       a map of ids to ids (an item to its group, a term to its answer), at most 50 entries
//   <n>           free text of at most n characters
//   [shape, n]    a list of at most n values of that shape
//   { … }         an object with exactly these fields
// Write the response type as `OutputOf<typeof response>`, with the literal `as const`.

/** A response shape (see the table above). */
export type Shape = 'id' | 'boolean' | 'idMap' | number | readonly [Shape, number] | { readonly [field: string]: Shape };

/** The type of the values a shape accepts. */
export type OutputOf<S> = S extends 'id'
  ? string
  : S extends 'boolean'
    ? boolean
    : S extends 'idMap'
      ? Record<string, string>
      : S extends number
        ? string
        : S extends readonly [infer Of, number]
          ? OutputOf<Of>[]
          : { -readonly [K in keyof S]: OutputOf<S[K]> };

/** The shapes that describe values of type R: what a definition's `response` must be for its response type. */
export type ShapeFor<R> = [R] extends [boolean]
  ? 'boolean'
  : [R] extends [string]
    ? 'id' | number
    : [R] extends [readonly (infer Item)[]]
      ? readonly [ShapeFor<Item>, number]
      : string extends keyof R
        ? 'idMap'
        : { readonly [K in keyof R]: ShapeFor<R[K]> };

/** Ids in a response are bounded (1–100 characters), so a hostile request cannot make the server work hard. */
export const ID_MAX = 100;
/** A map of ids has at most this many entries. */
export const MAP_MAX = 50;
