import { z } from 'zod';
import { IdSchema } from '../scoring/schema';
import { ContentError } from './errors';
import { parseWith, repeatedIds, text } from './yaml-file';

/** One glossary entry (content/begrippen.yaml); `lesson` is where the term is first used and explained. */
export const GlossaryEntrySchema = z.strictObject({ id: IdSchema, term: text, definition: text, lesson: IdSchema });
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** Validates content/begrippen.yaml: a list of terms with unique ids. */
export function parseGlossary(file: string, source: string): GlossaryEntry[] {
  const entries = parseWith(z.array(GlossaryEntrySchema), file, source);
  const problems = repeatedIds(entries, (index, id) => `[${index}].id: begrip "${id}" staat er twee keer in`);
  if (problems.length > 0) throw new ContentError(file, problems);
  return entries;
}
