import { z } from 'zod';
import { IdSchema } from '../scoring/schema';
import { ContentError } from './errors';
import { parseWith, repeatedIds, text } from './yaml-file';

/** content/bronnen.yaml: the sources (with a short name for tables), and per lesson which facts come from which of them. */
export const SourcesSchema = z.strictObject({
  sources: z
    .array(z.strictObject({ id: IdSchema, short: text, title: text, description: text }))
    .min(1, 'noem minstens één bron'),
  lessons: z.array(
    z.strictObject({
      lesson: IdSchema,
      facts: z.array(z.strictObject({ fact: text, sources: z.array(IdSchema).min(1, 'noem minstens één bron') })).min(1, 'noem minstens één feit'),
    }),
  ),
});
export type Sources = z.infer<typeof SourcesSchema>;

/** Validates content/bronnen.yaml: source ids unique, every fact names known sources. (Lessons are checked by the loader.) */
export function parseSources(file: string, source: string): Sources {
  const data = parseWith(SourcesSchema, file, source);
  const ids = new Set(data.sources.map((entry) => entry.id));
  const problems = repeatedIds(data.sources, (index, id) => `sources[${index}].id: bron "${id}" staat er twee keer in`);
  data.lessons.forEach((lesson, i) =>
    lesson.facts.forEach((fact, j) =>
      fact.sources.forEach((id, k) => {
        if (!ids.has(id)) problems.push(`lessons[${i}].facts[${j}].sources[${k}]: bron "${id}" bestaat niet; kies uit ${[...ids].join(', ')}`);
      }),
    ),
  );
  if (problems.length > 0) throw new ContentError(file, problems);
  return data;
}
