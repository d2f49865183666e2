import { z } from 'zod';
import { ownField, stringsOf } from '../util/records';
import { common, ItemSchema, uniqueIds } from './common.schema';
import { NONE, type BankDefinition } from './definition';
import type { OrderingResponse } from './ordering';
import { allOrNothing, partOf } from './rules';

// The server side of ordering: its bank definition in full zod (the build checks the bank with it) and what
// teachers and graded assignments need. What the browser runs (scoring, the public view) is in ordering.ts.

// "stap1", "item-2", "3": ids that number the items would give the order away.
const NUMBERED_ID = /^(?:[a-z]+-?)?\d+$/;

export const OrderingSchema = z
  .strictObject({
    ...common,
    type: z.literal('ordering'),
    items: z.array(ItemSchema).min(3, 'geef minstens 3 items').max(10, 'geef hoogstens 10 items'),
    scoring: z.enum(['partial', 'all-or-nothing']).optional(),
  })
  .superRefine((exercise, ctx) => {
    uniqueIds(exercise.items, ctx, 'items');
    exercise.items.forEach((item, index) => {
      if (NUMBERED_ID.test(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `id "${item.id}" verraadt de volgorde; gebruik een woord`,
        });
      }
    });
  });

export type Ordering = z.infer<typeof OrderingSchema>;

const textOf = (exercise: Ordering) => new Map(exercise.items.map((item) => [item.id, item.text]));

export const orderingBank: BankDefinition<Ordering, OrderingResponse> = {
  label: 'volgorde',

  rule(exercise) {
    const points = exercise.points ?? 1;
    if (exercise.scoring === 'all-or-nothing') return allOrNothing(points, 'de helemaal goede volgorde');
    return (
      'Zoek de langste reeks stappen die in de goede volgorde staan. Ze hoeven niet direct na elkaar te staan. ' +
      `Elke stap in die reeks: ${partOf(points, exercise.items.length)}. Voorbeeld: staat alleen één stap op een verkeerde plek, ` +
      `dan tellen alle andere stappen mee.`
    );
  },

  describe(exercise, response) {
    const text = textOf(exercise);
    const order = stringsOf(ownField(response, 'order')).filter((id) => text.has(id));
    return order.length ? order.map((id) => text.get(id)).join(' → ') : NONE;
  },

  wrongChoices(exercise, response) {
    const correct = exercise.items.map((item) => item.id);
    const text = textOf(exercise);
    return stringsOf(ownField(response, 'order')).flatMap((id, index) =>
      text.has(id) && correct[index] !== id ? [`${text.get(id)} op plaats ${index + 1}`] : [],
    );
  },

  // The items stay in the right order on the server, so it still scores; the public view lists them by text.
  keys: { exercise: { items: { fields: { id: 'item' } } }, response: { order: 'item' } },
};
