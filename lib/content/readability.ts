/** Readability of Dutch text with the Flesch–Douma formula, and the prose of a lesson as plain text. */

const VOWEL_GROUP = /[aeiouyáéíóúàèìòùâêîôû]+|[ëïöüä]/g;

/** Syllables in one Dutch word, estimated as vowel groups ("ij" is one; a diaeresis starts a new one). */
export function syllables(word: string): number {
  const lower = word.toLowerCase().replace(/ij/g, 'y');
  // A diaeresis marks a new syllable: "oriëntatie" = o-ri-ën-ta-tie.
  const groups = lower.match(VOWEL_GROUP)?.length ?? 0;
  return Math.max(1, groups);
}

/** Words and sentences of plain text. A sentence ends at . ! ? or at the end of a line (list items, headings). */
export function textStats(text: string): { sentences: number; words: number; syllables: number } {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’/-]*/gu) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  return { sentences: sentences.length, words: words.length, syllables: words.reduce((sum, word) => sum + syllables(word), 0) };
}

/** Flesch–Douma reading ease: 206.835 − 0.93 × words per sentence − 77 × syllables per word. */
export function fleschDouma(text: string): number {
  const { sentences, words, syllables: count } = textStats(text);
  if (words === 0) return 0;
  return 206.835 - 0.93 * (words / sentences) - 77 * (count / words);
}

/**
 * The prose a student reads in a lesson: frontmatter, headings, exercises and diagrams removed,
 * glossary links and Markdown marks reduced to their words.
 */
export function lessonProse(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/^#{1,6} .*$/gm, '')
    .replace(/^<(Exercise|Diagram)\b[^>]*\/>\s*$/gm, '')
    .replace(/<Begrip\b[^>]*>([\s\S]*?)<\/Begrip>/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '')
    .replace(/[*_`]/g, '');
}
