import { z } from 'zod';

// The bank's definitions (v1, DESIGN.md §4). Kept apart from the scoring functions so that a
// client component that scores in the browser does not pull zod into its bundle.

/** Kebab-case id: lower-case letters and digits separated by single hyphens. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "b2b-dmu")');

const text = z.string().trim().min(1, 'mag niet leeg zijn');

const common = {
  id: IdSchema,
  topic: IdSchema,
  prompt: text,
  explanation: text,
  points: z.number().positive('moet groter dan 0 zijn').max(100, 'mag hoogstens 100 zijn').optional(),
  hint: text.optional(),
};

const OptionSchema = z.strictObject({
  id: IdSchema,
  text,
  correct: z.boolean().optional(),
  feedback: text.optional(),
});

/** Reports every id that occurs more than once, at the path of its second occurrence. */
function uniqueIds(items: { id: string }[], ctx: z.RefinementCtx, key: string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `id "${item.id}" komt twee keer voor` });
    }
    seen.add(item.id);
  });
}

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

/** Any exercise of the bank, told apart by `type`. */
export const ExerciseSchema = z.discriminatedUnion('type', [SingleChoiceSchema]);

/** A bank file: a YAML list of exercises. */
export const BankFileSchema = z.array(ExerciseSchema);

export type SingleChoice = z.infer<typeof SingleChoiceSchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
export type ExerciseType = Exercise['type'];
