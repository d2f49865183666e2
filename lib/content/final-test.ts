import { z } from 'zod';
import { IdSchema } from '../scoring/schema';
import { parseWith, text } from './yaml-file';

/** The final test (content/eindtoets.yaml): a title, an introduction and the exercises it asks, in order. */
export const FinalTestSchema = z.strictObject({
  title: text,
  intro: text,
  exercises: z.array(IdSchema).min(1, 'geef minstens 1 oefening').max(40, 'geef hoogstens 40 oefeningen'),
});
export type FinalTest = z.infer<typeof FinalTestSchema>;

/** Validates content/eindtoets.yaml. (That its exercises exist is checked by the loader.) */
export function parseFinalTest(file: string, source: string): FinalTest {
  return parseWith(FinalTestSchema, file, source);
}
