import { z } from 'zod';
import { common, IdSchema, ItemSchema, text, uniqueIds } from './common.schema';

// The bank definition of matching (full zod, server-only: the build checks the bank with it). The rest of
// the type, free of zod, is in matching.ts.

export const MatchingSchema = z
  .strictObject({
    ...common,
    type: z.literal('matching'),
    prompts: z
      .array(z.strictObject({ id: IdSchema, text, match: IdSchema }))
      .min(2, 'geef minstens 2 begrippen')
      .max(10, 'geef hoogstens 10 begrippen'),
    answers: z.array(ItemSchema).min(2, 'geef minstens 2 antwoorden').max(14, 'geef hoogstens 14 antwoorden'),
  })
  .superRefine((exercise, ctx) => {
    uniqueIds(exercise.prompts, ctx, 'prompts');
    uniqueIds(exercise.answers, ctx, 'answers');
    const answers = new Set(exercise.answers.map((answer) => answer.id));
    // Each answer is one card the student places once, so two terms cannot share it.
    const matchedBy = new Map<string, string>();
    exercise.prompts.forEach((prompt, index) => {
      if (!answers.has(prompt.match)) {
        ctx.addIssue({ code: 'custom', path: ['prompts', index, 'match'], message: `onbekend antwoord "${prompt.match}"` });
      }
      const other = matchedBy.get(prompt.match);
      if (other !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['prompts', index, 'match'],
          message: `antwoord "${prompt.match}" hoort al bij "${other}"; elk antwoord past bij één begrip`,
        });
      }
      matchedBy.set(prompt.match, prompt.id);
    });
  });

export type Matching = z.infer<typeof MatchingSchema>;
