import { makeScore, ownString, type Score } from './score';
import type { SingleChoice } from './schema';

export type SingleChoiceResponse = { optionId: string };

/** The single-choice exercise without its key, feedback and explanation. */
export type PublicSingleChoice = Omit<SingleChoice, 'explanation' | 'options'> & {
  options: { id: string; text: string }[];
};

/** All or nothing: the chosen option must be the correct one; anything unreadable scores 0. */
export function scoreSingleChoice(exercise: SingleChoice, response: unknown): Score {
  const maxPoints = exercise.points ?? 1;
  const chosen = exercise.options.find((option) => option.id === ownString(response, 'optionId'));
  if (!chosen) return makeScore(0, maxPoints, []);
  const correct = chosen.correct === true;
  return makeScore(correct ? 1 : 0, maxPoints, [
    { id: chosen.id, correct, points: correct ? maxPoints : 0, ...(chosen.feedback ? { feedback: chosen.feedback } : {}) },
  ]);
}

/** Strips which option is correct, per-option feedback and the explanation. */
export function toPublicSingleChoice(exercise: SingleChoice): PublicSingleChoice {
  const { explanation: _explanation, options, ...rest } = exercise;
  return { ...rest, options: options.map(({ id, text }) => ({ id, text })) };
}

/** The response that earns full credit. */
export function solveSingleChoice(exercise: SingleChoice): SingleChoiceResponse {
  const correct = exercise.options.find((option) => option.correct === true);
  // The schema guarantees exactly one correct option; fall back to the first rather than throw.
  return { optionId: (correct ?? exercise.options[0])?.id ?? '' };
}
