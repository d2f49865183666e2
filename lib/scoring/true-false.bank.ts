import { z } from 'zod';
import { ownField } from '../util/records';
import { common, text } from './common.schema';
import { NONE, type BankDefinition } from './definition';
import type { TrueFalseResponse } from './true-false';
import { allOrNothing } from './rules';

// The server side of true-false: its bank definition in full zod (the build checks the bank with it) and what
// teachers and graded assignments need. What the browser runs (scoring, the public view) is in true-false.ts.

export const TrueFalseSchema = z.strictObject({
  ...common,
  type: z.literal('true-false'),
  statement: text,
  answer: z.boolean('moet true of false zijn'),
});

export type TrueFalse = z.infer<typeof TrueFalseSchema>;

const inWords = (value: boolean) => (value ? 'Waar' : 'Niet waar');

export const trueFalseBank: BankDefinition<TrueFalse, TrueFalseResponse> = {
  label: 'waar of niet waar',

  rule: (exercise) => allOrNothing(exercise.points ?? 1, 'het goede antwoord'),

  describe(_exercise, response) {
    const value = ownField(response, 'value');
    return typeof value === 'boolean' ? inWords(value) : NONE;
  },

  wrongChoices(exercise, response) {
    const value = ownField(response, 'value');
    return typeof value === 'boolean' && value !== exercise.answer ? [inWords(value)] : [];
  },
};
