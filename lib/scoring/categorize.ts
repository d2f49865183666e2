import { neutralOrder } from './neutral';
import { ownField, scoreAssignments, type Score } from './score';
import type { Categorize } from './schema';

export type CategorizeResponse = { placements: Record<string, string> };
export type PublicCategorize = Omit<Categorize, 'explanation' | 'items'> & { items: { id: string; text: string }[] };

/** Correct placements over items; an item left unplaced, or placed in an unknown group, is wrong. */
export function scoreCategorize(exercise: Categorize, response: unknown): Score {
  const expected = exercise.items.map((item) => ({ id: item.id, expected: item.category }));
  return scoreAssignments(expected, ownField(response, 'placements'), exercise.points ?? 1);
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
