import { z } from 'zod';
import { ownField, ownString } from '../util/records';
import type { CategorizeResponse } from './categorize';
import { common, IdSchema, text, uniqueIds } from './common.schema';
import { NONE, type BankDefinition } from './definition';
import { partOf } from './rules';

// The server side of categorize: its bank definition in full zod (the build checks the bank with it) and what
// teachers and graded assignments need. What the browser runs (scoring, the public view) is in categorize.ts.

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

/** Each item with the label of the group it was placed in ("(geen)" when unplaced). */
function placed(exercise: Categorize, response: unknown) {
  const placements = ownField(response, 'placements');
  const label = new Map(exercise.categories.map((category) => [category.id, category.label]));
  return exercise.items.map((item) => {
    const category = ownString(placements, item.id);
    return { item, right: category === item.category, label: label.get(category ?? '') ?? NONE };
  });
}

export const categorizeBank: BankDefinition<Categorize, CategorizeResponse> = {
  label: 'indelen in groepen',

  rule: (exercise) =>
    `Elk item in de goede groep: ${partOf(exercise.points ?? 1, exercise.items.length)}. Een item zonder groep of met twee groepen is fout.`,

  describe: (exercise, response) =>
    placed(exercise, response)
      .map(({ item, label }) => `${item.text}: ${label}`)
      .join('; '),

  wrongChoices: (exercise, response) =>
    placed(exercise, response).flatMap(({ item, right, label }) => (right ? [] : [`${item.text} → ${label}`])),

  keys: {
    exercise: {
      categories: { fields: { id: 'category' } },
      items: { fields: { id: 'item', category: 'category' }, sorted: true },
    },
    response: { placements: ['item', 'category'] },
  },
};
