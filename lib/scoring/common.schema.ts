import { z } from 'zod';

// The parts every bank schema shares (full zod, server-only; see schema.ts).

/** Kebab-case id: lower-case letters and digits separated by single hyphens. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "b2b-dmu")');

export const text = z.string().trim().min(1, 'mag niet leeg zijn');

/** Bloom's levels, in Dutch, from remembering to creating: what an exercise asks the student to do. */
export const LEVELS = ['onthouden', 'begrijpen', 'toepassen', 'analyseren', 'creëren'] as const;
export type Level = (typeof LEVELS)[number];

export const common = {
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

export const OptionSchema = z.strictObject({
  id: IdSchema,
  text,
  correct: z.boolean().optional(),
  feedback: text.optional(),
});

/** Reports every id that occurs more than once, at the path of its second occurrence. */
export function uniqueIds(items: { id: string }[], ctx: z.RefinementCtx, key: string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `id "${item.id}" komt twee keer voor` });
    }
    seen.add(item.id);
  });
}

export const ItemSchema = z.strictObject({ id: IdSchema, text });
