import { makeScore, ownField, uniqueStrings, type Score, type ScorePart } from './score';
import type { MultipleChoice } from './schema';

export type MultipleChoiceResponse = { optionIds: string[] };
export type PublicMultipleChoice = Omit<MultipleChoice, 'explanation' | 'options'> & { options: { id: string; text: string }[] };

/** Right minus wrong: +1/k per correct option chosen, −1/k per wrong one, floored at 0. */
export function scoreMultipleChoice(exercise: MultipleChoice, response: unknown): Score {
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
}

/** Strips which options are correct, their feedback and the explanation. */
export function toPublicMultipleChoice(exercise: MultipleChoice): PublicMultipleChoice {
  const { explanation: _explanation, options, ...rest } = exercise;
  return { ...rest, options: options.map(({ id, text }) => ({ id, text })) };
}

/** Every correct option, nothing else. */
export function solveMultipleChoice(exercise: MultipleChoice): MultipleChoiceResponse {
  return { optionIds: exercise.options.filter((option) => option.correct === true).map((option) => option.id) };
}
