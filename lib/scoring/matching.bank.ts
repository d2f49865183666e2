import { z } from 'zod';
import { ownField, ownString } from '../util/records';
import { common, IdSchema, ItemSchema, text, uniqueIds } from './common.schema';
import { NONE, type BankDefinition } from './definition';
import type { MatchingResponse } from './matching';
import { partOf } from './rules';

// The server side of matching: its bank definition in full zod (the build checks the bank with it) and what
// teachers and graded assignments need. What the browser runs (scoring, the public view) is in matching.ts.

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

/** Each prompt with the text of the answer matched to it ("(geen)" when unmatched). */
function matched(exercise: Matching, response: unknown) {
  const matches = ownField(response, 'matches');
  const text = new Map(exercise.answers.map((answer) => [answer.id, answer.text]));
  return exercise.prompts.map((prompt) => {
    const answer = ownString(matches, prompt.id);
    return { prompt, right: answer === prompt.match, text: text.get(answer ?? '') ?? NONE };
  });
}

export const matchingBank: BankDefinition<Matching, MatchingResponse> = {
  label: 'koppelen',

  rule: (exercise) =>
    `Elk begrip met de goede letter: ${partOf(exercise.points ?? 1, exercise.prompts.length)}. Een begrip zonder letter is fout.` +
    (exercise.answers.length > exercise.prompts.length ? ' Niet elke letter hoort bij een begrip.' : ''),

  describe: (exercise, response) =>
    matched(exercise, response)
      .map(({ prompt, text }) => `${prompt.text} → ${text}`)
      .join('; '),

  wrongChoices: (exercise, response) =>
    matched(exercise, response).flatMap(({ prompt, right, text }) => (right ? [] : [`${prompt.text} → ${text}`])),

  keys: {
    exercise: { prompts: { fields: { id: 'prompt', match: 'answer' } }, answers: { fields: { id: 'answer' }, sorted: true } },
    response: { matches: ['prompt', 'answer'] },
  },
};
