import { z } from 'zod';
import { ownField, stringsOf } from '../util/records';
import { common, text } from './common.schema';
import { NONE, type BankDefinition } from './definition';
import { fillBlanks, type FillBlanksResponse } from './fill-blanks';
import { blanksOf } from './fill-blanks-text';
import { partOf } from './rules';

// The server side of fill-blanks: its bank definition in full zod (the build checks the bank with it) and what
// teachers and graded assignments need. What the browser runs (scoring, the public view) is in fill-blanks.ts.

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

/** The answer typed in blank `index`, trimmed, or "(geen)". */
const given = (response: unknown, index: number) => stringsOf(ownField(response, 'answers'))[index]?.trim() || NONE;

export const fillBlanksBank: BankDefinition<FillBlanks, FillBlanksResponse> = {
  label: 'invullen',

  rule: (exercise) =>
    `Elke goed ingevulde open plek: ${partOf(exercise.points ?? 1, blanksOf(exercise.text).length)}. ` +
    'Hoofdletters, accenten en extra spaties tellen niet mee. Staan er meer antwoorden bij een plek, dan is elk daarvan goed.' +
    (exercise.typoTolerance
      ? ' Eén tikfout mag in een woord van 5 of meer letters: een letter te veel, te weinig of anders, of twee letters omgewisseld.'
      : ' Een tikfout is fout.'),

  describe: (exercise, response) =>
    blanksOf(exercise.text)
      .map((_, index) => `${index + 1}: ${given(response, index)}`)
      .join('; '),

  // Scored as the student was scored, typo tolerance included.
  wrongChoices: (exercise, response) =>
    fillBlanks
      .score(exercise, response)
      .parts.flatMap((part, index) => (part.correct ? [] : [`${index + 1}: ${given(response, index)}`])),
};
