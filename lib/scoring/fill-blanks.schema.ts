import { z } from 'zod';
import { common, text } from './common.schema';
import { blanksOf } from './fill-blanks-text';

// The bank definition of fill-blanks (full zod, server-only: the build checks the bank with it). The rest of
// the type, free of zod, is in fill-blanks.ts.

export const FillBlanksSchema = z
  .strictObject({
    ...common,
    type: z.literal('fill-blanks'),
    text,
    typoTolerance: z.boolean().optional(),
  })
  .superRefine((exercise, ctx) => {
    const blanks = blanksOf(exercise.text);
    if (blanks.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'zet minstens één open plek in de tekst, zo: [[antwoord|alternatief]]',
      });
    }
    blanks.forEach((answers, index) => {
      if (answers.some((answer) => answer.trim() === '')) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: `open plek ${index + 1} heeft een leeg antwoord` });
      }
    });
  });

export type FillBlanks = z.infer<typeof FillBlanksSchema>;
