import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** Markdown as plain text, cut to `max` characters: a question's prompt in a teacher's table. */
export function plainText(markdown: string, max = 140): string {
  const text = toString(fromMarkdown(markdown)).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
