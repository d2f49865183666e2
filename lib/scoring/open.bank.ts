import { z } from 'zod';
import { ownField } from '../util/records';
import { common, ItemSchema, text, uniqueIds } from './common.schema';
import { NONE, type BankDefinition } from './definition';
import type { OpenResponse } from './open';
import { partOf } from './rules';

// The server side of open: its bank definition in full zod (the build checks the bank with it) and what
// teachers and graded assignments need. What the browser runs (scoring, the public view) is in open.ts.

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

export const openBank: BankDefinition<Open, OpenResponse> = {
  label: 'open vraag',

  rule: (exercise) =>
    `Kijk na met de punten hieronder. Elk punt dat in het antwoord staat: ${partOf(exercise.points ?? 1, exercise.checklist.length)}.`,

  describe(_exercise, response) {
    const text = ownField(response, 'text');
    return typeof text === 'string' && text.trim() ? text.trim() : NONE;
  },

  // Nothing is right or wrong in an open answer, so there is nothing to count.
  wrongChoices: () => [],
};
