import { makeScore, ownField, type Score } from './score';
import type { TrueFalse } from './schema';

export type TrueFalseResponse = { value: boolean };
export type PublicTrueFalse = Omit<TrueFalse, 'explanation' | 'answer'>;

/** All or nothing: the boolean must equal the answer; anything but a boolean scores 0. */
export function scoreTrueFalse(exercise: TrueFalse, response: unknown): Score {
  const maxPoints = exercise.points ?? 1;
  const value = ownField(response, 'value');
  if (typeof value !== 'boolean') return makeScore(0, maxPoints, []);
  const correct = value === exercise.answer;
  return makeScore(correct ? 1 : 0, maxPoints, [{ id: 'value', correct, points: correct ? maxPoints : 0 }]);
}

/** Strips the answer and the explanation. */
export function toPublicTrueFalse(exercise: TrueFalse): PublicTrueFalse {
  const { explanation: _explanation, answer: _answer, ...rest } = exercise;
  return rest;
}

/** The right truth value. */
export function solveTrueFalse(exercise: TrueFalse): TrueFalseResponse {
  return { value: exercise.answer };
}
