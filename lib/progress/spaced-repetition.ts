import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './card';
import type { Progress } from './state';

/**
 * Spaced repetition with FSRS (ts-fsrs). Fuzz is off so a schedule is a pure function of the
 * reviews and the clock, which is always passed in.
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

/** An answer this many seconds or faster, fully right at the first try, counts as easy. */
export const EASY_WITHIN_SECONDS = 20;

/**
 * The FSRS rating for a checked answer: wrong → Again, partly right → Hard, right → Good, and right
 * at the very first try within EASY_WITHIN_SECONDS → Easy.
 */
export function ratingFor(fraction: number, firstTry: boolean, seconds: number | undefined): Grade {
  if (!(fraction > 0)) return Rating.Again;
  if (fraction < 1) return Rating.Hard;
  return firstTry && seconds !== undefined && seconds <= EASY_WITHIN_SECONDS ? Rating.Easy : Rating.Good;
}

function toCard(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(stored.due),
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
  } as Card;
}

function toStored(card: Card): StoredCard {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: last_review.toISOString() } : {}) } as StoredCard;
}

/**
 * The card after one review at `now`. A clock that went backwards (a device with the wrong time)
 * is treated as the moment of the last review, so the schedule never runs into the past.
 */
export function review(stored: StoredCard | undefined, grade: Grade, now: Date): StoredCard {
  const card = stored ? toCard(stored) : createEmptyCard(now);
  const last = card.last_review?.getTime() ?? -Infinity;
  const at = now.getTime() < last ? new Date(last) : now;
  return toStored(scheduler.next(card, at, grade).card);
}

/** What a practice session offers: due reviews first (most overdue first), then a few new exercises. */
export function practiceQueue(progress: Progress, exerciseIds: readonly string[], now: Date, newLimit = 5): string[] {
  const due = exerciseIds
    .map((id) => ({ id, card: progress.exercises[id]?.card }))
    .filter((entry): entry is { id: string; card: StoredCard } => entry.card !== undefined && new Date(entry.card.due) <= now)
    .sort((a, b) => a.card.due.localeCompare(b.card.due))
    .map((entry) => entry.id);
  const fresh = exerciseIds.filter((id) => progress.exercises[id] === undefined).slice(0, newLimit);
  return [...due, ...fresh];
}

/** How many reviews are due now, and when the next one after now falls (null when none is planned). */
export function dueStatus(progress: Progress, exerciseIds: readonly string[], now: Date): { due: number; next: Date | null } {
  let due = 0;
  let next: Date | null = null;
  for (const id of exerciseIds) {
    const card = progress.exercises[id]?.card;
    if (!card) continue;
    const at = new Date(card.due);
    if (at <= now) due++;
    else if (next === null || at < next) next = at;
  }
  return { due, next };
}
