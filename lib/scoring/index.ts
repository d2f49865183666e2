import type { Exercise, ExerciseType } from './schema';
import { makeScore, type Score } from './score';
import {
  scoreSingleChoice,
  solveSingleChoice,
  toPublicSingleChoice,
  type PublicSingleChoice,
  type SingleChoiceResponse,
} from './single-choice';

export type { Score, ScorePart } from './score';
export type { Exercise, ExerciseType, SingleChoice } from './schema';
export type { PublicSingleChoice, SingleChoiceResponse } from './single-choice';

type Of<T extends ExerciseType> = Extract<Exercise, { type: T }>;

/** What each exercise type provides; a new type is one handler plus one entry here. */
type TypeHandler<E extends Exercise, P, R> = {
  score: (exercise: E, response: unknown) => Score;
  toPublic: (exercise: E) => P;
  solve: (exercise: E) => R;
};

const handlers = {
  'single-choice': {
    score: scoreSingleChoice,
    toPublic: toPublicSingleChoice,
    solve: solveSingleChoice,
  } satisfies TypeHandler<Of<'single-choice'>, PublicSingleChoice, SingleChoiceResponse>,
};

export type PublicExercise = ReturnType<(typeof handlers)[ExerciseType]['toPublic']>;
export type ExerciseResponse = ReturnType<(typeof handlers)[ExerciseType]['solve']>;

function handlerFor(exercise: Exercise) {
  return handlers[exercise.type] as TypeHandler<Exercise, PublicExercise, ExerciseResponse> | undefined;
}

/** Scores any response (any JSON value) against an exercise; never throws on the response. */
export function score(exercise: Exercise, response: unknown): Score {
  const handler = handlerFor(exercise);
  return handler ? handler.score(exercise, response) : makeScore(0, exercise.points ?? 1, []);
}

/** The exercise as a browser may see it in a graded assignment: no key, feedback or explanation. */
export function toPublic(exercise: Exercise): PublicExercise {
  const handler = handlerFor(exercise);
  if (!handler) throw new Error(`Unknown exercise type: ${(exercise as { type: string }).type}`);
  return handler.toPublic(exercise);
}

/** The response that earns full credit, for "Toon antwoord". */
export function solve(exercise: Exercise): ExerciseResponse {
  const handler = handlerFor(exercise);
  if (!handler) throw new Error(`Unknown exercise type: ${(exercise as { type: string }).type}`);
  return handler.solve(exercise);
}
