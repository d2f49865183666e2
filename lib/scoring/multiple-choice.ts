import { ownField, uniqueStrings } from '../util/records';
import type { TypeDefinition } from './definition';
import type { MultipleChoice } from './multiple-choice.bank';
import { idsAndTexts } from './neutral';
import type { OutputOf, Shape } from './response-shape';
import { makeScore, type ScorePart } from './score';

export type { MultipleChoice } from './multiple-choice.bank';

const response = { optionIds: ['id', 20] } as const satisfies Shape;
export type MultipleChoiceResponse = OutputOf<typeof response>;
export type PublicMultipleChoice = Omit<MultipleChoice, 'explanation' | 'options'> & { options: { id: string; text: string }[] };

export const multipleChoice: TypeDefinition<MultipleChoice, MultipleChoiceResponse, PublicMultipleChoice> = {
  type: 'multiple-choice',
  response,

  /** Right minus wrong: +1/k per correct option chosen, −1/k per wrong one, floored at 0. */
  score(exercise, response) {
    const maxPoints = exercise.points ?? 1;
    const chosen = new Set(uniqueStrings(ownField(response, 'optionIds')));
    const k = exercise.options.filter((option) => option.correct === true).length;
    const step = maxPoints / k;
    const parts: ScorePart[] = [];
    let net = 0;
    for (const option of exercise.options) {
      const correct = option.correct === true;
      const feedback = option.feedback ? { feedback: option.feedback } : {};
      if (chosen.has(option.id)) {
        net += correct ? 1 : -1;
        parts.push({ id: option.id, correct, points: correct ? step : -step, ...feedback });
      } else if (correct) {
        parts.push({ id: option.id, correct: false, points: 0, missed: true });
      }
    }
    return makeScore(net / k, maxPoints, parts);
  },

  /** Strips which options are correct, their feedback and the explanation. */
  toPublic(exercise) {
    const { explanation: _explanation, options, ...rest } = exercise;
    return { ...rest, options: idsAndTexts(options) };
  },

  /** Every correct option, nothing else. */
  solve: (exercise) => ({
    optionIds: exercise.options.filter((option) => option.correct === true).map((option) => option.id),
  }),
};
