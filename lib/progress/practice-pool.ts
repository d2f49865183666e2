// What Oefenen offers, and what it says afterwards.
import { FLASHCARD_PREFIX } from './due-count';
import { dayKey } from './streak';
import { plural } from '../format/plural';
import type { Progress } from './state';

export { dueReviewCount, FLASHCARD_PREFIX } from './due-count';

/** Whether a progress id is a glossary flashcard (not an exercise): leave these out of exercise views. */
export function isFlashcardId(id: string): boolean {
  return id.startsWith(FLASHCARD_PREFIX);
}

/**
 * The items a practice session may draw from: new ones only from lessons the student has opened
 * (a lesson's `visitedAt`), and every item already tried, whatever its lesson, for review.
 */
export function newItemsOpen(progress: Progress, items: readonly { id: string; topic: string }[]): string[] {
  return items
    .filter((item) => progress.exercises[item.id] !== undefined || progress.lessons[item.topic]?.visitedAt !== undefined)
    .map((item) => item.id);
}

export type SessionSummary = {
  /** Items of the session checked since it started. */
  done: number;
  /** Of those, fully right. */
  right: number;
  /** When they come back, by their new due date (device's days). */
  today: number;
  tomorrow: number;
  later: number;
};

/** What a session did, read back from progress: the items checked since `started`, and when each is due again. */
export function sessionSummary(progress: Progress, ids: readonly string[], started: Date, now: Date): SessionSummary {
  const summary: SessionSummary = { done: 0, right: 0, today: 0, tomorrow: 0, later: 0 };
  const today = dayKey(now);
  const tomorrow = dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 12));
  for (const id of new Set(ids)) {
    const entry = progress.exercises[id];
    if (!entry || Date.parse(entry.lastAt) < started.getTime()) continue;
    summary.done++;
    if (entry.last >= 1) summary.right++;
    const due = entry.card ? dayKey(new Date(entry.card.due)) : null;
    if (due === null) continue;
    if (due <= today) summary.today++;
    else if (due === tomorrow) summary.tomorrow++;
    else summary.later++;
  }
  return summary;
}

/** "4 van 5 goed. 2 komen morgen terug, 3 later." */
export function summaryText(
  { done, right, today, tomorrow, later }: SessionSummary,
  nothing = 'Je hebt geen oefening nagekeken.',
): string {
  if (done === 0) return nothing;
  const parts = (
    [
      [today, 'vandaag nog'],
      [tomorrow, 'morgen'],
      [later, 'later'],
    ] as const
  ).filter(([count]) => count > 0);
  const comeBack = parts
    .map(([count, when], index) =>
      index === 0 ? `${count} ${plural(count, 'komt', 'komen')} ${when} terug` : `${count} ${when}`,
    )
    .join(', ');
  return `${right} van ${done} goed.${comeBack ? ` ${comeBack}.` : ''}`;
}
