import { z } from 'zod';
import { common, OptionSchema, uniqueIds } from './common.schema';

// The bank definition of multiple-choice (full zod, server-only: the build checks the bank with it). The rest of
// the type, free of zod, is in multiple-choice.ts.

export const MultipleChoiceSchema = z
  .strictObject({
    ...common,
    type: z.literal('multiple-choice'),
    options: z.array(OptionSchema).min(2, 'geef minstens 2 opties').max(10, 'geef hoogstens 10 opties'),
  })
  .superRefine((exercise, ctx) => {
    uniqueIds(exercise.options, ctx, 'options');
    if (!exercise.options.some((option) => option.correct === true)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'minstens één optie moet "correct: true" hebben' });
    }
  });

export type MultipleChoice = z.infer<typeof MultipleChoiceSchema>;
