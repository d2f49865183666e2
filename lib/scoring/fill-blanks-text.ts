/** One piece of fill-blanks text: plain text, or the blank with this index. */
export type Segment = { type: 'text'; text: string } | { type: 'blank'; index: number };

const BLANK = /\[\[([^[\]]*)\]\]/g;

/** The accepted answers of each blank in `[[antwoord|alternatief]]` text, in order. */
export function blanksOf(text: string): string[][] {
  return [...text.matchAll(BLANK)].map((match) => (match[1] ?? '').split('|'));
}

/** The text cut into plain pieces and numbered blanks, without the answers. */
export function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  let index = 0;
  for (const match of text.matchAll(BLANK)) {
    if (match.index > last) segments.push({ type: 'text', text: text.slice(last, match.index) });
    segments.push({ type: 'blank', index: index++ });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ type: 'text', text: text.slice(last) });
  return segments;
}
