// The public face of lib/scoring, safe in the browser: the registry's functions and every type's types.
// Server-only (zod): schema.ts, with the bank schemas, TYPE_LABEL, describeResponse and wrongChoices.
export {
  definitionOf,
  EXERCISE_TYPES,
  score,
  solve,
  toPublic,
  TYPES,
  type DefinitionOf,
  type ExerciseOf,
  type ExerciseResponse,
  type PublicExercise,
  type PublicOf,
  type ResponseOf,
} from './registry';
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
