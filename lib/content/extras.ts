import { z } from 'zod';
import { IdSchema } from '../scoring/schema';
import { parseYaml } from './yaml';
import { ContentError, describeIssues, formatPath } from './errors';

const text = z.string().trim().min(1, 'mag niet leeg zijn');

/** One glossary entry; `lesson` is where the term is first used and explained. */
export const GlossaryEntrySchema = z.strictObject({ id: IdSchema, term: text, definition: text, lesson: IdSchema });
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** The final test: a title, an introduction and the exercises it asks, in order. */
export const FinalTestSchema = z.strictObject({
  title: text,
  intro: text,
  exercises: z.array(IdSchema).min(1, 'geef minstens 1 oefening').max(40, 'geef hoogstens 40 oefeningen'),
});
export type FinalTest = z.infer<typeof FinalTestSchema>;

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
export function parseSources(file: string, text: string): Sources {
  const data = parseWith(SourcesSchema, file, text);
  const ids = new Set(data.sources.map((source) => source.id));
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

/** The diagrams a lesson may place with <Diagram id="…" />; each is a component in components/diagrams. */
export const DIAGRAMS = ['klantreis-fasen', 'b2b-b2c', 'zeven-c', 'empathy-map', 'fasen-vergelijken', 'journey-map-velovolt'] as const;

/** One message per entry whose id an earlier entry already has. */
function repeatedIds(entries: readonly { id: string }[], message: (index: number, id: string) => string): string[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, index) => {
    const repeated = seen.has(entry.id) ? [message(index, entry.id)] : [];
    seen.add(entry.id);
    return repeated;
  });
}

function parseWith<T>(schema: z.ZodType<T>, file: string, text: string): T {
  const result = schema.safeParse(parseYaml(file, text));
  if (!result.success) throw new ContentError(file, describeIssues(result.error.issues, formatPath));
  return result.data;
}

/** Validates content/begrippen.yaml: a list of terms with unique ids. */
export function parseGlossary(file: string, text: string): GlossaryEntry[] {
  const entries = parseWith(z.array(GlossaryEntrySchema), file, text);
  const problems = repeatedIds(entries, (index, id) => `[${index}].id: begrip "${id}" staat er twee keer in`);
  if (problems.length > 0) throw new ContentError(file, problems);
  return entries;
}

/** Validates content/eindtoets.yaml. */
export function parseFinalTest(file: string, text: string): FinalTest {
  return parseWith(FinalTestSchema, file, text);
}
