import { integer, isoDateTime, number, optional, strictObject, type Checked } from '../util/check';

/** A card as saved in progress: ts-fsrs's Card with dates as ISO text. */
export const isStoredCard = strictObject({
  due: isoDateTime,
  stability: number({ min: 0, max: 1e6 }),
  difficulty: number({ min: 0, max: 100 }),
  elapsed_days: number({ min: 0 }),
  scheduled_days: number({ min: 0 }),
  learning_steps: integer({ min: 0 }),
  reps: integer({ min: 0 }),
  lapses: integer({ min: 0 }),
  state: integer({ min: 0, max: 3 }),
  last_review: optional(isoDateTime),
});
export type StoredCard = Checked<typeof isStoredCard>;
