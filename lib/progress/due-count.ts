// The number on the nav badge. Its own module with no imports: Turbopack ships a whole module to
// every page that imports one function of it, and the badge is on every page.
import type { Progress } from './state';

/** Glossary flashcards are saved beside the exercises, with ids that start with this. */
export const FLASHCARD_PREFIX = 'begrip-';

/** How many exercises (not flashcards) are due for review at `now`: the number on the nav badge. */
export function dueReviewCount(progress: Progress, now: Date): number {
  let count = 0;
  for (const [id, entry] of Object.entries(progress.exercises)) {
    if (entry.card && !id.startsWith(FLASHCARD_PREFIX) && Date.parse(entry.card.due) <= now.getTime()) count++;
  }
  return count;
}
