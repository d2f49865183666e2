import { ownString } from '../util/records';
import type { TypeDefinition } from './definition';
import { idsAndTexts } from './neutral';
import type { OutputOf, Shape } from './response-shape';
import { makeScore } from './score';
import type { SingleChoice } from './single-choice.bank';

export type { SingleChoice } from './single-choice.bank';

const response = { optionId: 'id' } as const satisfies Shape;
export type SingleChoiceResponse = OutputOf<typeof response>;

/** The single-choice exercise without its key, feedback and explanation. */
export type PublicSingleChoice = Omit<SingleChoice, 'explanation' | 'options'> & {
  options: { id: string; text: string }[];
};

export const singleChoice: TypeDefinition<SingleChoice, SingleChoiceResponse, PublicSingleChoice> = {
  type: 'single-choice',
  response,

  /** All or nothing: the chosen option must be the correct one; anything unreadable scores 0. */
  score(exercise, response) {
    const maxPoints = exercise.points ?? 1;
    const chosen = exercise.options.find((option) => option.id === ownString(response, 'optionId'));
    if (!chosen) return makeScore(0, maxPoints, []);
    const correct = chosen.correct === true;
    return makeScore(correct ? 1 : 0, maxPoints, [
      { id: chosen.id, correct, points: correct ? maxPoints : 0, ...(chosen.feedback ? { feedback: chosen.feedback } : {}) },
    ]);
  },

  /** Strips which option is correct, per-option feedback and the explanation. */
  toPublic(exercise) {
    const { explanation: _explanation, options, ...rest } = exercise;
    return { ...rest, options: idsAndTexts(options) };
  },

  solve(exercise) {
    const correct = exercise.options.find((option) => option.correct === true);
    // The schema guarantees exactly one correct option; fall back to the first rather than throw.
    return { optionId: (correct ?? exercise.options[0])?.id ?? '' };
  },
};
