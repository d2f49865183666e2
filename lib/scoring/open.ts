import { makeScore, ownField, uniqueStrings, type Score } from './score';
import type { Open } from './schema';

export type OpenResponse = { text: string; checked: string[] };
export type PublicOpen = Omit<Open, 'explanation' | 'modelAnswer'>;

/**
 * Self-check: the student compares their text with the model answer and ticks the checklist
 * points their answer has. The score is the share ticked; the text itself is never graded.
 */
export function scoreOpen(exercise: Open, response: unknown): Score {
  const maxPoints = exercise.points ?? 1;
  const ticked = new Set(uniqueStrings(ownField(response, 'checked')));
  const n = exercise.checklist.length;
  const parts = exercise.checklist.map((point) => {
    const correct = ticked.has(point.id);
    return { id: point.id, correct, points: correct ? maxPoints / n : 0 };
  });
  return makeScore(parts.filter((part) => part.correct).length / n, maxPoints, parts);
}

/** Strips the model answer and the explanation; the checklist stays, it is what the teacher asks for. */
export function toPublicOpen(exercise: Open): PublicOpen {
  const { explanation: _explanation, modelAnswer: _modelAnswer, ...rest } = exercise;
  return rest;
}

/** Every checklist point ticked (an empty text: there is no single right text). */
export function solveOpen(exercise: Open): OpenResponse {
  return { text: '', checked: exercise.checklist.map((point) => point.id) };
}
