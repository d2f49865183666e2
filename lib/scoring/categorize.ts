import { ownField } from '../util/records';
import type { Categorize } from './categorize.bank';
import type { TypeDefinition } from './definition';
import { neutralOrder } from './neutral';
import type { OutputOf, Shape } from './response-shape';
import { scoreAssignments } from './score';

export type { Categorize } from './categorize.bank';

const response = { placements: 'idMap' } as const satisfies Shape;
export type CategorizeResponse = OutputOf<typeof response>;
export type PublicCategorize = Omit<Categorize, 'explanation' | 'items'> & { items: { id: string; text: string }[] };

export const categorize: TypeDefinition<Categorize, CategorizeResponse, PublicCategorize> = {
  type: 'categorize',
  response,

  /** Correct placements over items; an item left unplaced, or placed in an unknown group, is wrong. */
  score(exercise, response) {
    const expected = exercise.items.map((item) => ({ id: item.id, expected: item.category }));
    return scoreAssignments(expected, ownField(response, 'placements'), exercise.points ?? 1);
  },

  /** The groups and the items, without which item belongs where. */
  toPublic(exercise) {
    const { explanation: _explanation, items, ...rest } = exercise;
    return { ...rest, items: neutralOrder(items) };
  },

  /** Every item in its own group. */
  solve: (exercise) => ({ placements: Object.fromEntries(exercise.items.map((item) => [item.id, item.category])) }),
};
