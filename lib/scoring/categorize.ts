import { ownField, ownString } from '../util/records';
import type { Categorize } from './categorize.schema';
import { NONE, type TypeDefinition } from './definition';
import { neutralOrder } from './neutral';
import { idMap, object, type OutputOf } from './response-shape';
import { scoreAssignments } from './score';

export type { Categorize } from './categorize.schema';

const response = object({ placements: idMap });
export type CategorizeResponse = OutputOf<typeof response>;
export type PublicCategorize = Omit<Categorize, 'explanation' | 'items'> & { items: { id: string; text: string }[] };

/** Each item with the label of the group it was placed in ("(geen)" when unplaced). */
function placed(exercise: Categorize, response: unknown) {
  const placements = ownField(response, 'placements');
  const label = new Map(exercise.categories.map((category) => [category.id, category.label]));
  return exercise.items.map((item) => {
    const category = ownString(placements, item.id);
    return { item, right: category === item.category, label: label.get(category ?? '') ?? NONE };
  });
}

export const categorize: TypeDefinition<Categorize, CategorizeResponse, PublicCategorize> = {
  type: 'categorize',
  label: 'indelen in groepen',
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

  describe: (exercise, response) =>
    placed(exercise, response)
      .map(({ item, label }) => `${item.text}: ${label}`)
      .join('; '),

  wrongChoices: (exercise, response) =>
    placed(exercise, response).flatMap(({ item, right, label }) => (right ? [] : [`${item.text} → ${label}`])),

  keys: {
    exercise: { categories: { fields: { id: 'category' } }, items: { fields: { id: 'item', category: 'category' }, sorted: true } },
    response: { placements: ['item', 'category'] },
  },
};
