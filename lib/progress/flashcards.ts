// Glossary flashcards ("Begrippen oefenen"): each term gives two cards, term → explanation
// ("uitleg") and explanation → term ("term"). They are saved and scheduled like exercises, under
// ids that start with FLASHCARD_PREFIX, so every view of exercises must leave them out.
import { FLASHCARD_PREFIX } from './due-count';
import { practiceQueue } from './spaced-repetition';
import type { Progress } from './state';

/** Which way a card asks: show the term, recall the explanation ("uitleg"), or the other way ("term"). */
export type FlashcardSide = 'uitleg' | 'term';

export type Flashcard = { id: string; termId: string; side: FlashcardSide; lesson: string };

/** The progress id of a card: "begrip-persona-uitleg". */
export function flashcardId(termId: string, side: FlashcardSide): string {
  return `${FLASHCARD_PREFIX}${termId}-${side}`;
}

/** Both cards of every term, in glossary order. */
export function flashcardDeck(terms: readonly { id: string; lesson: string }[]): Flashcard[] {
  return terms.flatMap((term) =>
    (['uitleg', 'term'] as const).map((side) => ({ id: flashcardId(term.id, side), termId: term.id, side, lesson: term.lesson })),
  );
}

/**
 * A session's cards: the due ones first (most overdue first), then up to `newLimit` new cards from
 * lessons the student has opened, the term → explanation side of each term before its other side.
 * The two sides of one term are kept apart where the queue allows.
 */
export function flashcardQueue(progress: Progress, deck: readonly Flashcard[], now: Date, newLimit = 10): string[] {
  const opened = deck.filter((card) => progress.exercises[card.id] !== undefined || progress.lessons[card.lesson]?.visitedAt);
  const queue = practiceQueue(
    progress,
    opened.map((card) => card.id),
    now,
    newLimit,
  );
  const isNew = (id: string) => progress.exercises[id] === undefined;
  const due = queue.filter((id) => !isNew(id));
  const fresh = queue.filter(isNew);
  const ordered = [...due, ...fresh.filter((id) => id.endsWith('-uitleg')), ...fresh.filter((id) => id.endsWith('-term'))];
  return spreadApart(ordered, (id) => deck.find((card) => card.id === id)?.termId ?? id);
}

/** Moves an item that follows one of the same group to the first later place where it does not. */
function spreadApart(ids: string[], group: (id: string) => string): string[] {
  const result = [...ids];
  for (let i = 1; i < result.length; i++) {
    if (group(result[i]!) !== group(result[i - 1]!)) continue;
    const swap = result.findIndex((id, j) => j > i && group(id) !== group(result[i - 1]!));
    if (swap > 0) [result[i], result[swap]] = [result[swap]!, result[i]!];
  }
  return result;
}
