import { ownField, uniqueStrings } from '../util/records';
import type { TypeDefinition } from './definition';
import type { Open } from './open.bank';
import type { OutputOf, Shape } from './response-shape';
import { makeScore } from './score';

export type { Open } from './open.bank';

const response = { text: 5000, checked: ['id', 20] } as const satisfies Shape;
export type OpenResponse = OutputOf<typeof response>;
export type PublicOpen = Omit<Open, 'explanation' | 'modelAnswer'>;

export const open: TypeDefinition<Open, OpenResponse, PublicOpen> = {
  type: 'open',
  response,

  /**
   * Self-check: the student compares their text with the model answer and ticks the checklist
   * points their answer has. The score is the share ticked; the text itself is never graded.
   */
  score(exercise, response) {
    const maxPoints = exercise.points ?? 1;
    const ticked = new Set(uniqueStrings(ownField(response, 'checked')));
    const n = exercise.checklist.length;
    const parts = exercise.checklist.map((point) => {
      const correct = ticked.has(point.id);
      return { id: point.id, correct, points: correct ? maxPoints / n : 0 };
    });
    return makeScore(parts.filter((part) => part.correct).length / n, maxPoints, parts);
  },

  /** Strips the model answer and the explanation; the checklist stays, it is what the teacher asks for. */
  toPublic(exercise) {
    const { explanation: _explanation, modelAnswer: _modelAnswer, ...rest } = exercise;
    return rest;
  },

  /** Every checklist point ticked (an empty text: there is no single right text). */
  solve: (exercise) => ({ text: '', checked: exercise.checklist.map((point) => point.id) }),
};
