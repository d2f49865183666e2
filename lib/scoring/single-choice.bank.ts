import { z } from 'zod';
import { ownField } from '../util/records';
import { common, OptionSchema, uniqueIds } from './common.schema';
import { NONE, type BankDefinition } from './definition';
import type { SingleChoiceResponse } from './single-choice';
import { allOrNothing } from './rules';

// The server side of single-choice: its bank definition in full zod (the build checks the bank with it) and what
// teachers and graded assignments need. What the browser runs (scoring, the public view) is in single-choice.ts.

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

const chosenOption = (exercise: SingleChoice, response: unknown) =>
  exercise.options.find((option) => option.id === ownField(response, 'optionId'));

export const singleChoiceBank: BankDefinition<SingleChoice, SingleChoiceResponse> = {
  label: 'meerkeuze, één antwoord',

  rule: (exercise) => allOrNothing(exercise.points ?? 1, 'het goede antwoord'),

  describe: (exercise, response) => chosenOption(exercise, response)?.text ?? NONE,

  wrongChoices(exercise, response) {
    const option = chosenOption(exercise, response);
    return option && !option.correct ? [option.text] : [];
  },

  keys: { exercise: { options: { fields: { id: 'option' }, sorted: true } }, response: { optionId: 'option' } },
};
