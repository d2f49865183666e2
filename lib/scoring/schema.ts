import { z } from 'zod';
import { blanksOf } from './fill-blanks-text';

// The bank's definitions (v1, DESIGN.md §4). Kept apart from the scoring functions so that a
// client component that scores in the browser does not pull zod into its bundle.

/** Kebab-case id: lower-case letters and digits separated by single hyphens. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "b2b-dmu")');

const text = z.string().trim().min(1, 'mag niet leeg zijn');

/** Bloom's levels, in Dutch, from remembering to creating: what an exercise asks the student to do. */
export const LEVELS = ['onthouden', 'begrijpen', 'toepassen', 'analyseren', 'creëren'] as const;
export type Level = (typeof LEVELS)[number];

const common = {
  id: IdSchema,
  /** The Bloom level the exercise asks for (docs/content.md says how to choose it). */
  level: z.enum(LEVELS, { error: `kies een van ${LEVELS.join(', ')}` }),
  topic: IdSchema,
  prompt: text,
  explanation: text,
  points: z.number().positive('moet groter dan 0 zijn').max(100, 'mag hoogstens 100 zijn').optional(),
  hint: text.optional(),
  /** The lesson objective (leerdoel) this exercise practises: its number in the topic lesson's list. */
  goal: z.number().int('moet een geheel getal zijn').min(1, 'moet 1 of hoger zijn').optional(),
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

export const TrueFalseSchema = z.strictObject({
  ...common,
  type: z.literal('true-false'),
  statement: text,
  answer: z.boolean('moet true of false zijn'),
});

const ItemSchema = z.strictObject({ id: IdSchema, text });

// "stap1", "item-2", "3": ids that number the items would give the order away.
const NUMBERED_ID = /^(?:[a-z]+-?)?\d+$/;

export const OrderingSchema = z
  .strictObject({
    ...common,
    type: z.literal('ordering'),
    items: z.array(ItemSchema).min(3, 'geef minstens 3 items').max(10, 'geef hoogstens 10 items'),
    scoring: z.enum(['partial', 'all-or-nothing']).optional(),
  })
  .superRefine((exercise, ctx) => {
    uniqueIds(exercise.items, ctx, 'items');
    exercise.items.forEach((item, index) => {
      if (NUMBERED_ID.test(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `id "${item.id}" verraadt de volgorde; gebruik een woord`,
        });
      }
    });
  });

export const CategorizeSchema = z
  .strictObject({
    ...common,
    type: z.literal('categorize'),
    categories: z
      .array(z.strictObject({ id: IdSchema, label: text }))
      .min(2, 'geef minstens 2 groepen')
      .max(6, 'geef hoogstens 6 groepen'),
    items: z
      .array(z.strictObject({ id: IdSchema, text, category: IdSchema }))
      .min(2, 'geef minstens 2 items')
      .max(16, 'geef hoogstens 16 items'),
  })
  .superRefine((exercise, ctx) => {
    uniqueIds(exercise.categories, ctx, 'categories');
    uniqueIds(exercise.items, ctx, 'items');
    const categories = new Set(exercise.categories.map((category) => category.id));
    exercise.items.forEach((item, index) => {
      if (!categories.has(item.category)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'category'], message: `onbekende groep "${item.category}"` });
      }
    });
  });

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

export const OpenSchema = z
  .strictObject({
    ...common,
    type: z.literal('open'),
    /** What a good answer contains (Markdown), shown after the student has written their own. */
    modelAnswer: text,
    /** Points the student ticks when their answer has them; the score is the share ticked. */
    checklist: z.array(ItemSchema).min(2, 'geef minstens 2 punten om na te kijken').max(10, 'geef hoogstens 10 punten'),
  })
  .superRefine((exercise, ctx) => uniqueIds(exercise.checklist, ctx, 'checklist'));

/** Any exercise of the bank, told apart by `type`. */
export const ExerciseSchema = z.discriminatedUnion('type', [
  SingleChoiceSchema,
  MultipleChoiceSchema,
  TrueFalseSchema,
  OrderingSchema,
  CategorizeSchema,
  MatchingSchema,
  FillBlanksSchema,
  OpenSchema,
]);

/** A bank file: a YAML list of exercises. */
export const BankFileSchema = z.array(ExerciseSchema);

export type SingleChoice = z.infer<typeof SingleChoiceSchema>;
export type MultipleChoice = z.infer<typeof MultipleChoiceSchema>;
export type TrueFalse = z.infer<typeof TrueFalseSchema>;
export type Ordering = z.infer<typeof OrderingSchema>;
export type Categorize = z.infer<typeof CategorizeSchema>;
export type Matching = z.infer<typeof MatchingSchema>;
export type FillBlanks = z.infer<typeof FillBlanksSchema>;
export type Open = z.infer<typeof OpenSchema>;
export type Exercise = z.infer<typeof ExerciseSchema>;
export type ExerciseType = Exercise['type'];
