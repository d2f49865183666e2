import { ownField } from '../util/records';
import type { TypeDefinition } from './definition';
import type { Matching } from './matching.bank';
import { idsAndTexts, neutralOrder } from './neutral';
import type { OutputOf, Shape } from './response-shape';
import { scoreAssignments } from './score';

export type { Matching } from './matching.bank';

const response = { matches: 'idMap' } as const satisfies Shape;
export type MatchingResponse = OutputOf<typeof response>;
export type PublicMatching = Omit<Matching, 'explanation' | 'prompts' | 'answers'> & {
  prompts: { id: string; text: string }[];
  answers: { id: string; text: string }[];
};

export const matching: TypeDefinition<Matching, MatchingResponse, PublicMatching> = {
  type: 'matching',
  response,

  /** Correct matches over prompts; a prompt left unmatched is wrong. */
  score(exercise, response) {
    const expected = exercise.prompts.map((prompt) => ({ id: prompt.id, expected: prompt.match }));
    return scoreAssignments(expected, ownField(response, 'matches'), exercise.points ?? 1);
  },

  /** The prompts in their own order, the answers (distractors included) in a neutral order. */
  toPublic(exercise) {
    const { explanation: _explanation, prompts, answers, ...rest } = exercise;
    return { ...rest, prompts: idsAndTexts(prompts), answers: neutralOrder(answers) };
  },

  /** Every prompt with its answer. */
  solve: (exercise) => ({ matches: Object.fromEntries(exercise.prompts.map((prompt) => [prompt.id, prompt.match])) }),
};
