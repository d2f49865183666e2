import { z } from 'zod';
import { CategorizeSchema } from './categorize.schema';
import { FillBlanksSchema } from './fill-blanks.schema';
import { MatchingSchema } from './matching.schema';
import { MultipleChoiceSchema } from './multiple-choice.schema';
import { OpenSchema } from './open.schema';
import { OrderingSchema } from './ordering.schema';
import { SingleChoiceSchema } from './single-choice.schema';
import { TrueFalseSchema } from './true-false.schema';

// The zod twin of lib/scoring/registry.ts: the bank definitions of every type (DESIGN.md §4), in full
// zod. Kept apart from the scoring functions so that a client component that scores in the browser does
// not pull zod into its bundle. A new type adds its schema to this union (and its module to the registry).

export { IdSchema, LEVELS, type Level } from './common.schema';

/** Any exercise of the bank, told apart by `type`. */
export const ExerciseSchema = z.discriminatedUnion('type', [
  SingleChoiceSchema,
  MultipleChoiceSchema,
  TrueFalseSchema,
  OrderingSchema,
  CategorizeSchema,
  MatchingSchema,
  FillBlanksSchema,
  OpenSchema,
]);

/** A bank file: a YAML list of exercises. */
export const BankFileSchema = z.array(ExerciseSchema);

export type { Categorize } from './categorize.schema';
export type { FillBlanks } from './fill-blanks.schema';
export type { Matching } from './matching.schema';
export type { MultipleChoice } from './multiple-choice.schema';
export type { Open } from './open.schema';
export type { Ordering } from './ordering.schema';
export type { SingleChoice } from './single-choice.schema';
export type { TrueFalse } from './true-false.schema';
export type Exercise = z.infer<typeof ExerciseSchema>;
export type ExerciseType = Exercise['type'];
