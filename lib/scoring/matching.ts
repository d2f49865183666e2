import { ownField, ownString } from '../util/records';
import { NONE, type TypeDefinition } from './definition';
import type { Matching } from './matching.schema';
import { neutralOrder } from './neutral';
import { idMap, object, type OutputOf } from './response-shape';
import { scoreAssignments } from './score';

export type { Matching } from './matching.schema';

const response = object({ matches: idMap });
export type MatchingResponse = OutputOf<typeof response>;
export type PublicMatching = Omit<Matching, 'explanation' | 'prompts' | 'answers'> & {
  prompts: { id: string; text: string }[];
  answers: { id: string; text: string }[];
};

/** Each prompt with the text of the answer matched to it ("(geen)" when unmatched). */
function matched(exercise: Matching, response: unknown) {
  const matches = ownField(response, 'matches');
  const text = new Map(exercise.answers.map((answer) => [answer.id, answer.text]));
  return exercise.prompts.map((prompt) => {
    const answer = ownString(matches, prompt.id);
    return { prompt, right: answer === prompt.match, text: text.get(answer ?? '') ?? NONE };
  });
}

export const matching: TypeDefinition<Matching, MatchingResponse, PublicMatching> = {
  type: 'matching',
  label: 'koppelen',
  response,

  /** Correct matches over prompts; a prompt left unmatched is wrong. */
  score(exercise, response) {
    const expected = exercise.prompts.map((prompt) => ({ id: prompt.id, expected: prompt.match }));
    return scoreAssignments(expected, ownField(response, 'matches'), exercise.points ?? 1);
  },

  /** The prompts in their own order, the answers (distractors included) in a neutral order. */
  toPublic(exercise) {
    const { explanation: _explanation, prompts, answers, ...rest } = exercise;
    return { ...rest, prompts: prompts.map(({ id, text }) => ({ id, text })), answers: neutralOrder(answers) };
  },

  /** Every prompt with its answer. */
  solve: (exercise) => ({ matches: Object.fromEntries(exercise.prompts.map((prompt) => [prompt.id, prompt.match])) }),

  describe: (exercise, response) =>
    matched(exercise, response)
      .map(({ prompt, text }) => `${prompt.text} → ${text}`)
      .join('; '),

  wrongChoices: (exercise, response) =>
    matched(exercise, response).flatMap(({ prompt, right, text }) => (right ? [] : [`${prompt.text} → ${text}`])),

  keys: {
    exercise: { prompts: { fields: { id: 'prompt', match: 'answer' } }, answers: { fields: { id: 'answer' }, sorted: true } },
    response: { matches: ['prompt', 'answer'] },
  },
};
