import { z } from 'zod';

// Zod's own messages (a wrong type, a missing field) in Dutch, for every content file checked with it.
z.config(z.locales.nl());

/** A content file that cannot be used; the message names the file and the field, in Dutch. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Fout in ${file}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Formats a zod path the way authors read YAML: `[3].items[2].category`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One line per zod issue: `where: message`, where `where` is `prefix` plus the issue's path. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  locate: (path: readonly PropertyKey[]) => string = formatPath,
  max = 10,
): string[] {
  const lines = issues.slice(0, max).map((issue) => {
    const where = locate(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  if (issues.length > max) lines.push(`… en nog ${issues.length - max} fout(en)`);
  return lines;
}
