// An exercise's Markdown as XHTML for the question-bank exports (QTI 2.1 item bodies, Moodle XML
// question text). The same parser as the site (components/mdx/markdown.tsx): raw HTML in a bank file
// is dropped. Only elements that QTI 2.1's XHTML subset and every LMS editor know are written; any
// other element is replaced by its content. Pure: no React, no DOM.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { escapeXml } from './xml';

/** Elements written as they are (QTI 2.1 has all of them, with the attributes kept below). */
const KEPT = new Set([
  'p',
  'em',
  'strong',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'blockquote',
  'br',
  'hr',
  'sub',
  'sup',
  'h2',
  'h3',
  'h4',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
/** Headings of a question's text become level 3 and lower: the LMS's page has its own. */
const HEADING: Record<string, string> = { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h4', h5: 'h4', h6: 'h4' };
const VOID = new Set(['br', 'hr']);

/** Replaces placeholder text (see `blankPlaceholder`) by raw XML; everything else is escaped. */
export type TextHook = (text: string) => string;

function serialize(node: Root | RootContent | ElementContent, text: TextHook): string {
  switch (node.type) {
    case 'root':
      return node.children.map((child) => serialize(child, text)).join('');
    case 'text':
      return text(node.value);
    case 'element':
      return element(node, text);
    default:
      return '';
  }
}

function element(node: Element, text: TextHook): string {
  const inner = node.children.map((child) => serialize(child, text)).join('');
  const name = HEADING[node.tagName] ?? node.tagName;
  if (node.tagName === 'a') {
    const href = typeof node.properties.href === 'string' ? node.properties.href : '';
    // Only links out of the package (a relative link would point into the LMS); others keep their text.
    return /^https?:\/\//.test(href) ? `<a href="${escapeXml(href)}">${inner}</a>` : inner;
  }
  if (!KEPT.has(name)) return inner;
  if (VOID.has(name)) return `<${name}/>`;
  const start = node.tagName === 'ol' && typeof node.properties.start === 'number' ? ` start="${node.properties.start}"` : '';
  // QTI's <ol> has no start attribute; a list that starts later is rare in a question, so it starts at 1.
  return `<${name}${name === 'ol' ? '' : start}>${inner}</${name}>`;
}

/**
 * Markdown as XHTML. `inline`: one paragraph comes back without its <p> (for an option's text or a
 * statement inside a sentence). `text` turns text into XML (escaped by default).
 */
export function markdownToXhtml(source: string, options: { inline?: boolean; text?: TextHook } = {}): string {
  const tree = toHast(fromMarkdown(source)) as Root;
  const text = options.text ?? escapeXml;
  const only = tree.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [first] = only;
  if (options.inline && only.length === 1 && first?.type === 'element' && first.tagName === 'p') {
    return first.children.map((child) => serialize(child, text)).join('');
  }
  return only.map((child) => serialize(child, text)).join('');
}

/** Markdown as plain text on one line (for a question's name in a bank list). */
export function markdownToPlain(source: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return markdownToXhtml(source)
    .replace(/<\/?(?:p|li|ul|ol|blockquote|h\d|br|hr|pre|table|tr|td|th)\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short name for a question: the start of its text, cut at a word, at most `max` characters. */
export function shortName(source: string, max = 80): string {
  const plain = markdownToPlain(source);
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
