import { categorize } from './categorize';
import type { TypeDefinition } from './definition';
import type { Shape } from './response-shape';
import { fillBlanks } from './fill-blanks';
import { matching } from './matching';
import { multipleChoice } from './multiple-choice';
import { open } from './open';
import { ordering } from './ordering';
import type { Exercise, ExerciseType } from './schema';
import { makeScore, type Score } from './score';
import { singleChoice } from './single-choice';
import { trueFalse } from './true-false';

// The registry and public face of lib/scoring, safe in the browser. Server-only (zod): schema.ts, with the
// bank schemas, TYPE_LABEL, describeResponse and wrongChoices.
//
// Every exercise type, one line each: what the browser runs of it (lib/scoring/<type>.ts). Its server
// side (<type>.bank.ts) is listed in the zod twin, schema.ts; docs/adding-an-exercise-type.md lists the
// other registries. No zod here: this module is in the first-load JavaScript of every exercise page.

/** The exercise of type T, as the bank holds it. */
export type ExerciseOf<T extends ExerciseType> = { [K in ExerciseType]: Extract<Exercise, { type: K }> }[T];

/** A definition of some response and view for exercises E (each module ties its own shape and response type). */
type DefinitionFor<E extends Exercise> = Omit<TypeDefinition<E, unknown, unknown>, 'response'> & { response: Shape };

const DEFINITIONS = {
  'single-choice': singleChoice,
  'multiple-choice': multipleChoice,
  'true-false': trueFalse,
  ordering,
  categorize,
  matching,
  'fill-blanks': fillBlanks,
  open,
} satisfies { [T in ExerciseType]: DefinitionFor<ExerciseOf<T>> & { type: T } };

type Definitions = typeof DEFINITIONS;
/** The public view of an exercise of type T (what a graded assignment sends to the browser). */
export type PublicOf<T extends ExerciseType> = ReturnType<Definitions[T]['toPublic']>;
/** The response that type T expects. */
export type ResponseOf<T extends ExerciseType> = ReturnType<Definitions[T]['solve']>;
export type PublicExercise = PublicOf<ExerciseType>;
export type ExerciseResponse = ResponseOf<ExerciseType>;
/** The definition of type T, with its exercise, response and public view. */
export type DefinitionOf<T extends ExerciseType> = TypeDefinition<ExerciseOf<T>, ResponseOf<T>, PublicOf<T>>;

/** Every registered type's definition, by type. */
export const TYPES: { readonly [T in ExerciseType]: DefinitionOf<T> } = DEFINITIONS;

/** Every registered type, in registry order. */
export const EXERCISE_TYPES = Object.keys(TYPES) as ExerciseType[];

/**
 * The definition of an exercise's type; undefined for a type no module defines, which only data from
 * outside the checked bank can have.
 */
export function definitionOf<T extends ExerciseType>(exercise: ExerciseOf<T>): DefinitionOf<T> | undefined {
  const type: T = exercise.type;
  return Object.hasOwn(TYPES, type) ? TYPES[type] : undefined;
}

/** The definition of a known exercise's type; throws for an unknown type. */
function requireDefinition<T extends ExerciseType>(exercise: ExerciseOf<T>): DefinitionOf<T> {
  const definition = definitionOf(exercise);
  if (!definition) throw new Error(`Unknown exercise type: ${String((exercise as { type: unknown }).type)}`);
  return definition;
}

/** Scores any response (any JSON value) against an exercise; never throws on the response. */
export function score(exercise: Exercise, response: unknown): Score {
  const definition = definitionOf(exercise);
  return definition ? definition.score(exercise, response) : makeScore(0, exercise.points ?? 1, []);
}

/** The exercise as a browser may see it in a graded assignment: no key, feedback or explanation. */
export function toPublic<E extends Exercise>(exercise: E): PublicOf<E['type']> {
  // The view of E's own type (TS cannot tie E to its definition, so the union's result is narrowed).
  return requireDefinition<ExerciseType>(exercise).toPublic(exercise) as PublicOf<E['type']>;
}

/** The response that earns full credit, for "Toon antwoord". */
export function solve<E extends Exercise>(exercise: E): ResponseOf<E['type']> {
  return requireDefinition<ExerciseType>(exercise).solve(exercise) as ResponseOf<E['type']>;
}

export type { Exercise, ExerciseType } from './schema';
export type { Score, ScorePart } from './score';
export type { TypeDefinition } from './definition';
export type { Segment } from './fill-blanks-text';
export type * from './categorize';
export type * from './fill-blanks';
export type * from './matching';
export type * from './multiple-choice';
export type * from './open';
export type * from './ordering';
export type * from './single-choice';
export type * from './true-false';
