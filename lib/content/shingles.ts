import { createHash } from 'node:crypto';

// The no-copy check: a text may share no run of SHINGLE_WORDS words with the source texts. The
// sources are not ours to publish, so the repository keeps only a hash of each run (a fingerprint).

export const SHINGLE_WORDS = 8;

/** Lower-case words without punctuation, so "Klant, merk" and "klant merk" compare equal. */
export const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every run of SHINGLE_WORDS consecutive words, joined by single spaces. */
export function shingles(text: string): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= list.length; i++) runs.push(list.slice(i, i + SHINGLE_WORDS).join(' '));
  return runs;
}

/** A run's fingerprint: the first 64 bits of its SHA-256, in hex. */
export const fingerprint = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 16);

/** The sorted, distinct fingerprints of every run in the given texts. */
export const fingerprintsOf = (texts: string[]): string[] =>
  [...new Set(texts.flatMap((text) => shingles(text).map(fingerprint)))].sort();

/** The runs of `text` whose fingerprint is in `known`: what was copied. */
export const copiedRuns = (text: string, known: ReadonlySet<string>): string[] =>
  shingles(text).filter((run) => known.has(fingerprint(run)));
