import { z } from 'zod';
import { categorizeBank, CategorizeSchema } from './categorize.bank';
import type { BankDefinition } from './definition';
import { fillBlanksBank, FillBlanksSchema } from './fill-blanks.bank';
import { matchingBank, MatchingSchema } from './matching.bank';
import { multipleChoiceBank, MultipleChoiceSchema } from './multiple-choice.bank';
import { openBank, OpenSchema } from './open.bank';
import { orderingBank, OrderingSchema } from './ordering.bank';
import type { ExerciseOf, ResponseOf } from './index';
import { singleChoiceBank, SingleChoiceSchema } from './single-choice.bank';
import { trueFalseBank, TrueFalseSchema } from './true-false.bank';

// The zod twin of the registry in lib/scoring/index.ts, server-only: every type's bank schema (DESIGN.md §4) and its
// server side (<type>.bank.ts: label, how a teacher reads a response, which ids an assignment keys).
// Kept apart from the scoring functions so that a client component that scores in the browser does not
// pull zod or the teacher's views into its bundle. A new type adds one entry to the union and to BANK.

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

export type Exercise = z.infer<typeof ExerciseSchema>;
export type ExerciseType = Exercise['type'];

/** The server side of every type, by type. */
export const BANK: { readonly [T in ExerciseType]: BankDefinition<ExerciseOf<T>, ResponseOf<T>> } = {
  'single-choice': singleChoiceBank,
  'multiple-choice': multipleChoiceBank,
  'true-false': trueFalseBank,
  ordering: orderingBank,
  categorize: categorizeBank,
  matching: matchingBank,
  'fill-blanks': fillBlanksBank,
  open: openBank,
};

/** Each exercise type in a teacher's words, for lists of questions. */
export const TYPE_LABEL = Object.fromEntries(Object.entries(BANK).map(([type, bank]) => [type, bank.label])) as {
  readonly [T in ExerciseType]: string;
};

/** The server side of an exercise's type; undefined for a type no module defines. */
export function bankDefinitionOf<T extends ExerciseType>(
  exercise: ExerciseOf<T>,
): BankDefinition<ExerciseOf<T>, ResponseOf<T>> | undefined {
  const type: T = exercise.type;
  return Object.hasOwn(BANK, type) ? BANK[type] : undefined;
}

function requireBank(exercise: Exercise) {
  const bank = bankDefinitionOf(exercise);
  if (!bank) throw new Error(`Unknown exercise type: ${String((exercise as { type: unknown }).type)}`);
  return bank;
}

/** A stored response in words, for a teacher reading one student's answers; "(geen)" for what is missing. */
export function describeResponse(exercise: Exercise, response: unknown): string {
  return requireBank(exercise).describe(exercise, response);
}

/**
 * The wrong choices in a response, each as a short label a teacher can count across a class:
 * a wrong option, a misplaced item ("item → groep"), a wrong word in a blank.
 */
export function wrongChoices(exercise: Exercise, response: unknown): string[] {
  return requireBank(exercise).wrongChoices(exercise, response);
}

/** How points are given for an exercise, in a teacher's words: for the answer key of a paper test. */
export function scoringRule(exercise: Exercise): string {
  return requireBank(exercise).rule(exercise);
}
