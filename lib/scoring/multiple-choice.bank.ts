import { z } from 'zod';
import { ownField, stringsOf } from '../util/records';
import { common, OptionSchema, uniqueIds } from './common.schema';
import { NONE, type BankDefinition } from './definition';
import type { MultipleChoiceResponse } from './multiple-choice';
import { partOf, pointsInWords } from './rules';

// The server side of multiple-choice: its bank definition in full zod (the build checks the bank with it) and what
// teachers and graded assignments need. What the browser runs (scoring, the public view) is in multiple-choice.ts.

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

const chosenOptions = (exercise: MultipleChoice, response: unknown) => {
  const chosen = new Set(stringsOf(ownField(response, 'optionIds')));
  return exercise.options.filter((option) => chosen.has(option.id));
};

export const multipleChoiceBank: BankDefinition<MultipleChoice, MultipleChoiceResponse> = {
  label: 'meerkeuze, meer antwoorden',

  rule(exercise) {
    const points = exercise.points ?? 1;
    const k = exercise.options.filter((option) => option.correct === true).length;
    return (
      `${k === 1 ? 'Er is 1 goed antwoord' : `Er zijn ${k} goede antwoorden`}. Elk goed antwoord dat is aangekruist: ${partOf(points, k)}. ` +
      `Elk fout antwoord dat is aangekruist: ${partOf(-points, k)}. De score is nooit lager dan 0 en hoogstens ${pointsInWords(points)}.`
    );
  },

  describe(exercise, response) {
    const texts = chosenOptions(exercise, response).map((option) => option.text);
    return texts.length ? texts.join(' + ') : NONE;
  },

  wrongChoices: (exercise, response) =>
    chosenOptions(exercise, response)
      .filter((option) => !option.correct)
      .map((option) => option.text),

  keys: { exercise: { options: { fields: { id: 'option' }, sorted: true } }, response: { optionIds: 'option' } },
};
