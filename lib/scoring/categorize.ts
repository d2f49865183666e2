import { neutralOrder } from './neutral';
import { makeScore, ownField, type Score } from './score';
import type { Categorize } from './schema';

export type CategorizeResponse = { placements: Record<string, string> };
export type PublicCategorize = Omit<Categorize, 'explanation' | 'items'> & { items: { id: string; text: string }[] };

/** Correct placements over items; an item left unplaced, or placed in an unknown group, is wrong. */
export function scoreCategorize(exercise: Categorize, response: unknown): Score {
  const maxPoints = exercise.points ?? 1;
  const placements = ownField(response, 'placements');
  const n = exercise.items.length;
  const parts = exercise.items.map((item) => {
    const correct = ownField(placements, item.id) === item.category;
    return { id: item.id, correct, points: correct ? maxPoints / n : 0 };
  });
  return makeScore(parts.filter((part) => part.correct).length / n, maxPoints, parts);
}

/** The groups and the items, without which item belongs where. */
export function toPublicCategorize(exercise: Categorize): PublicCategorize {
  const { explanation: _explanation, items, ...rest } = exercise;
  return { ...rest, items: neutralOrder(items) };
}

/** Every item in its own group. */
export function solveCategorize(exercise: Categorize): CategorizeResponse {
  return { placements: Object.fromEntries(exercise.items.map((item) => [item.id, item.category])) };
}
