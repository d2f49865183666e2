import { z } from 'zod';
import { common, ItemSchema, uniqueIds } from './common.schema';

// The bank definition of ordering (full zod, server-only: the build checks the bank with it). The rest of
// the type, free of zod, is in ordering.ts.

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
