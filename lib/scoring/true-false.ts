import { ownField } from '../util/records';
import type { TypeDefinition } from './definition';
import type { OutputOf, Shape } from './response-shape';
import { makeScore } from './score';
import type { TrueFalse } from './true-false.bank';

export type { TrueFalse } from './true-false.bank';

const response = { value: 'boolean' } as const satisfies Shape;
export type TrueFalseResponse = OutputOf<typeof response>;
export type PublicTrueFalse = Omit<TrueFalse, 'explanation' | 'answer'>;

export const trueFalse: TypeDefinition<TrueFalse, TrueFalseResponse, PublicTrueFalse> = {
  type: 'true-false',
  response,

  /** All or nothing: the boolean must equal the answer; anything but a boolean scores 0. */
  score(exercise, response) {
    const maxPoints = exercise.points ?? 1;
    const value = ownField(response, 'value');
    if (typeof value !== 'boolean') return makeScore(0, maxPoints, []);
    const correct = value === exercise.answer;
    return makeScore(correct ? 1 : 0, maxPoints, [{ id: 'value', correct, points: correct ? maxPoints : 0 }]);
  },

  /** Strips the answer and the explanation. */
  toPublic(exercise) {
    const { explanation: _explanation, answer: _answer, ...rest } = exercise;
    return rest;
  },

  solve: (exercise) => ({ value: exercise.answer }),
};
