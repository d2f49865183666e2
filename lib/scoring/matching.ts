import { neutralOrder } from './neutral';
import { ownField, scoreAssignments, type Score } from './score';
import type { Matching } from './schema';

export type MatchingResponse = { matches: Record<string, string> };
export type PublicMatching = Omit<Matching, 'explanation' | 'prompts' | 'answers'> & {
  prompts: { id: string; text: string }[];
  answers: { id: string; text: string }[];
};

/** Correct matches over prompts; a prompt left unmatched is wrong. */
export function scoreMatching(exercise: Matching, response: unknown): Score {
  const expected = exercise.prompts.map((prompt) => ({ id: prompt.id, expected: prompt.match }));
  return scoreAssignments(expected, ownField(response, 'matches'), exercise.points ?? 1);
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
