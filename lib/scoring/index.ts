import { scoreCategorize, solveCategorize, toPublicCategorize } from './categorize';
import { scoreFillBlanks, solveFillBlanks, toPublicFillBlanks } from './fill-blanks';
import { scoreMatching, solveMatching, toPublicMatching } from './matching';
import { scoreMultipleChoice, solveMultipleChoice, toPublicMultipleChoice } from './multiple-choice';
import { scoreOpen, solveOpen, toPublicOpen } from './open';
import { scoreOrdering, solveOrdering, toPublicOrdering } from './ordering';
import type { Exercise, ExerciseType } from './schema';
import { makeScore, type Score } from './score';
import { scoreSingleChoice, solveSingleChoice, toPublicSingleChoice } from './single-choice';
import { scoreTrueFalse, solveTrueFalse, toPublicTrueFalse } from './true-false';

export type { CategorizeResponse, PublicCategorize } from './categorize';
export type { FillBlanksResponse, PublicFillBlanks } from './fill-blanks';
export type { Segment } from './fill-blanks-text';
export type { MatchingResponse, PublicMatching } from './matching';
export type { MultipleChoiceResponse, PublicMultipleChoice } from './multiple-choice';
export type { OpenResponse, PublicOpen } from './open';
export type { OrderingResponse, PublicOrdering } from './ordering';
export type {
  Categorize,
  Exercise,
  ExerciseType,
  FillBlanks,
  Matching,
  MultipleChoice,
  Open,
  Ordering,
  SingleChoice,
  TrueFalse,
} from './schema';
export type { Score, ScorePart } from './score';
export type { PublicSingleChoice, SingleChoiceResponse } from './single-choice';
export type { PublicTrueFalse, TrueFalseResponse } from './true-false';

type Of<T extends ExerciseType> = Extract<Exercise, { type: T }>;

/** What each exercise type provides; a new type is one module plus one entry here. */
type TypeHandler<E extends Exercise> = {
  score: (exercise: E, response: unknown) => Score;
  toPublic: (exercise: E) => unknown;
  solve: (exercise: E) => unknown;
};

const handlers = {
  'single-choice': { score: scoreSingleChoice, toPublic: toPublicSingleChoice, solve: solveSingleChoice },
  'multiple-choice': { score: scoreMultipleChoice, toPublic: toPublicMultipleChoice, solve: solveMultipleChoice },
  'true-false': { score: scoreTrueFalse, toPublic: toPublicTrueFalse, solve: solveTrueFalse },
  ordering: { score: scoreOrdering, toPublic: toPublicOrdering, solve: solveOrdering },
  categorize: { score: scoreCategorize, toPublic: toPublicCategorize, solve: solveCategorize },
  matching: { score: scoreMatching, toPublic: toPublicMatching, solve: solveMatching },
  'fill-blanks': { score: scoreFillBlanks, toPublic: toPublicFillBlanks, solve: solveFillBlanks },
  open: { score: scoreOpen, toPublic: toPublicOpen, solve: solveOpen },
} satisfies { [T in ExerciseType]: TypeHandler<Of<T>> };

type Handlers = typeof handlers;
/** The public view of an exercise of type T (what a graded assignment sends to the browser). */
export type PublicOf<T extends ExerciseType> = ReturnType<Handlers[T]['toPublic']>;
/** The response that type T expects. */
export type ResponseOf<T extends ExerciseType> = ReturnType<Handlers[T]['solve']>;
export type PublicExercise = PublicOf<ExerciseType>;
export type ExerciseResponse = ResponseOf<ExerciseType>;

function handlerFor<E extends Exercise>(exercise: E): TypeHandler<E> | undefined {
  return handlers[exercise.type] as TypeHandler<E> | undefined;
}

/** Scores any response (any JSON value) against an exercise; never throws on the response. */
export function score(exercise: Exercise, response: unknown): Score {
  const handler = handlerFor(exercise);
  return handler ? handler.score(exercise, response) : makeScore(0, exercise.points ?? 1, []);
}

/** The exercise as a browser may see it in a graded assignment: no key, feedback or explanation. */
export function toPublic<E extends Exercise>(exercise: E): PublicOf<E['type']> {
  const handler = handlerFor(exercise);
  if (!handler) throw new Error(`Unknown exercise type: ${(exercise as { type: string }).type}`);
  return handler.toPublic(exercise) as PublicOf<E['type']>;
}

/** The response that earns full credit, for "Toon antwoord". */
export function solve<E extends Exercise>(exercise: E): ResponseOf<E['type']> {
  const handler = handlerFor(exercise);
  if (!handler) throw new Error(`Unknown exercise type: ${(exercise as { type: string }).type}`);
  return handler.solve(exercise) as ResponseOf<E['type']>;
}
