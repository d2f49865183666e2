import type { ShapeFor } from './response-shape';
import type { Score } from './score';

// What one exercise type provides, in two halves so that neither zod nor the teacher's views reach the
// browser: <type>.ts exports a `TypeDefinition` (what a lesson page runs), <type>.bank.ts its bank
// schema (full zod) and a `BankDefinition` (what the server needs besides). docs/adding-an-exercise-type.md
// lists the registries. The response shape is a plain literal (response-shape.ts): the browser checks saved
// answers with it, the server derives its zod schema from it.

/**
 * The ids of an exercise that a student's page must not see in a graded assignment (lib/assignments/
 * questions.ts replaces each by a keyed hash). Ids come in kinds ("option", "item", …); an id is
 * hashed per kind, so two kinds may use the same id.
 */
export type IdKeys<E, R> = {
  /**
   * Per list of the exercise (`options`, `items`, …): which fields of an entry hold an id of which kind.
   * The list's own `id` field defines the ids of that kind; other fields refer to them. `sorted`: the
   * list is shown in the order of its hashed ids, so its place gives nothing away.
   */
  exercise: {
    [L in keyof E]?: E[L] extends readonly (infer Item)[]
      ? { fields: { [F in keyof Item as Item[F] extends string ? F : never]?: string }; sorted?: boolean }
      : never;
  };
  /** Per response field: the kind of the id (or list of ids) it holds, or [key kind, value kind] for a map. */
  response: {
    [F in keyof R]?: R[F] extends string | readonly string[]
      ? string
      : R[F] extends Readonly<Record<string, string>>
        ? readonly [string, string]
        : never;
  };
};

/**
 * What the browser needs of one exercise type (lib/scoring/index.ts lists them): `E` is the bank
 * exercise, `R` the response, `P` the public view. Every function takes the response as `unknown`
 * (a stored or sent value) and never throws on it.
 */
export type TypeDefinition<E extends { type: string }, R, P> = {
  type: E['type'];
  /** The shape of a response (bounded sizes), whose values are R: the server answers 400 to anything else. */
  response: ShapeFor<R>;
  /** Scores any value against the exercise; a malformed value scores 0. */
  score: (exercise: E, response: unknown) => Score;
  /** The exercise as a browser may see it in a graded assignment: no key, feedback or explanation. */
  toPublic: (exercise: E) => P;
  /** The response that earns full credit, for "Toon antwoord". */
  solve: (exercise: E) => R;
};

/**
 * What only the server needs of one exercise type, beside its bank schema (lib/scoring/schema.ts lists
 * them): kept out of the browser, which never shows a teacher's view.
 */
export type BankDefinition<E, R> = {
  /** The type in a teacher's words (Dutch), for lists of questions. */
  label: string;
  /** A stored response in words, for a teacher reading one student's answers. */
  describe: (exercise: E, response: unknown) => string;
  /** The wrong choices in a response, each a short label a teacher can count across a class. */
  wrongChoices: (exercise: E, response: unknown) => string[];
  /**
   * How points are given for this exercise, in a teacher's words (Dutch, B1): printed on the answer key of a
   * paper test. It must say what `score` does (tests/lib/scoring/rules.test.ts compares them).
   */
  rule: (exercise: E) => string;
  /** The ids to key in a graded assignment; absent when the type has none (true-false, fill-blanks, open). */
  keys?: IdKeys<E, R>;
};

/** What a description says for a missing or unreadable part of a response. */
export const NONE = '(geen)';
