import { neutralOrder } from './neutral';
import { makeScore, ownField, type Score } from './score';
import type { Matching } from './schema';

export type MatchingResponse = { matches: Record<string, string> };
export type PublicMatching = Omit<Matching, 'explanation' | 'prompts' | 'answers'> & {
  prompts: { id: string; text: string }[];
  answers: { id: string; text: string }[];
};

/** Correct matches over prompts; a prompt left unmatched is wrong. */
export function scoreMatching(exercise: Matching, response: unknown): Score {
  const maxPoints = exercise.points ?? 1;
  const matches = ownField(response, 'matches');
  const n = exercise.prompts.length;
  const parts = exercise.prompts.map((prompt) => {
    const correct = ownField(matches, prompt.id) === prompt.match;
    return { id: prompt.id, correct, points: correct ? maxPoints / n : 0 };
  });
  return makeScore(parts.filter((part) => part.correct).length / n, maxPoints, parts);
}

/** The prompts in their own order, the answers (distractors included) in a neutral order. */
export function toPublicMatching(exercise: Matching): PublicMatching {
  const { explanation: _explanation, prompts, answers, ...rest } = exercise;
  return { ...rest, prompts: prompts.map(({ id, text }) => ({ id, text })), answers: neutralOrder(answers) };
}

/** Every prompt with its answer. */
export function solveMatching(exercise: Matching): MatchingResponse {
  return { matches: Object.fromEntries(exercise.prompts.map((prompt) => [prompt.id, prompt.match])) };
}
