import { z } from 'zod';
import { parseYaml } from './yaml';
import { ContentError, describeIssues, formatPath } from './errors';

// What the course's single YAML files (glossary, final test, sources) share: reading one against
// its schema, with every problem naming the file and the field.

/** Text that must not be empty once trimmed. */
export const text = z.string().trim().min(1, 'mag niet leeg zijn');

/** The YAML `source` of `file` checked against `schema`, or a ContentError listing every problem. */
export function parseWith<T>(schema: z.ZodType<T>, file: string, source: string): T {
  const result = schema.safeParse(parseYaml(file, source));
  if (!result.success) throw new ContentError(file, describeIssues(result.error.issues, formatPath));
  return result.data;
}

/** One message per entry whose id an earlier entry already has. */
export function repeatedIds(entries: readonly { id: string }[], message: (index: number, id: string) => string): string[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, index) => {
    const repeated = seen.has(entry.id) ? [message(index, entry.id)] : [];
    seen.add(entry.id);
    return repeated;
  });
}
