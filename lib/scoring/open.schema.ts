import { z } from 'zod';
import { common, ItemSchema, text, uniqueIds } from './common.schema';

// The bank definition of open (full zod, server-only: the build checks the bank with it). The rest of
// the type, free of zod, is in open.ts.

export const OpenSchema = z
  .strictObject({
    ...common,
    type: z.literal('open'),
    /** What a good answer contains (Markdown), shown after the student has written their own. */
    modelAnswer: text,
    /** Points the student ticks when their answer has them; the score is the share ticked. */
    checklist: z.array(ItemSchema).min(2, 'geef minstens 2 punten om na te kijken').max(10, 'geef hoogstens 10 punten'),
  })
  .superRefine((exercise, ctx) => uniqueIds(exercise.checklist, ctx, 'checklist'));

export type Open = z.infer<typeof OpenSchema>;
