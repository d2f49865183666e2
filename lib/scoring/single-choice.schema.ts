import { z } from 'zod';
import { common, OptionSchema, uniqueIds } from './common.schema';

// The bank definition of single-choice (full zod, server-only: the build checks the bank with it). The rest of
// the type, free of zod, is in single-choice.ts.

export const SingleChoiceSchema = z
  .strictObject({
    ...common,
    type: z.literal('single-choice'),
    options: z.array(OptionSchema).min(2, 'geef minstens 2 opties').max(8, 'geef hoogstens 8 opties'),
  })
  .superRefine((exercise, ctx) => {
    uniqueIds(exercise.options, ctx, 'options');
    const correct = exercise.options.filter((option) => option.correct === true).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `precies één optie moet "correct: true" hebben, nu zijn het er ${correct}`,
      });
    }
  });

export type SingleChoice = z.infer<typeof SingleChoiceSchema>;
