import * as z from 'zod/mini';

/** A card as saved in progress: ts-fsrs's Card with dates as ISO text. */
export const StoredCardSchema = z.strictObject({
  due: z.iso.datetime({ offset: true }),
  stability: z.number().check(z.minimum(0), z.maximum(1e6)),
  difficulty: z.number().check(z.minimum(0), z.maximum(100)),
  elapsed_days: z.number().check(z.minimum(0)),
  scheduled_days: z.number().check(z.minimum(0)),
  learning_steps: z.int().check(z.minimum(0)),
  reps: z.int().check(z.minimum(0)),
  lapses: z.int().check(z.minimum(0)),
  state: z.int().check(z.minimum(0), z.maximum(3)),
  last_review: z.optional(z.iso.datetime({ offset: true })),
});
export type StoredCard = z.infer<typeof StoredCardSchema>;
