import { z } from 'zod';
import { common, IdSchema, text, uniqueIds } from './common.schema';

// The bank definition of categorize (full zod, server-only: the build checks the bank with it). The rest of
// the type, free of zod, is in categorize.ts.

export const CategorizeSchema = z
  .strictObject({
    ...common,
    type: z.literal('categorize'),
    categories: z
      .array(z.strictObject({ id: IdSchema, label: text }))
      .min(2, 'geef minstens 2 groepen')
      .max(6, 'geef hoogstens 6 groepen'),
    items: z
      .array(z.strictObject({ id: IdSchema, text, category: IdSchema }))
      .min(2, 'geef minstens 2 items')
      .max(16, 'geef hoogstens 16 items'),
  })
  .superRefine((exercise, ctx) => {
    uniqueIds(exercise.categories, ctx, 'categories');
    uniqueIds(exercise.items, ctx, 'items');
    const categories = new Set(exercise.categories.map((category) => category.id));
    exercise.items.forEach((item, index) => {
      if (!categories.has(item.category)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'category'], message: `onbekende groep "${item.category}"` });
      }
    });
  });

export type Categorize = z.infer<typeof CategorizeSchema>;
