import { ratingFor, review } from './spaced-repetition';
import { MAX_EXAMS, type ExamRecord, type ExerciseProgress, type FinalTestRecord, type Progress } from './state';

const clamp = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/** A due review counts again for mastery only this long after the previous check (not a relearning step minutes later). */
export const COUNT_AGAIN_AFTER_HOURS = 12;

/**
 * Whether a check that is not a retry counts for mastery (docs/feedback-and-mastery.md): the first
 * attempt ever, the first since the migration to version 3 (no counted score yet), or a spaced review:
 * the card is due and the previous check was at least COUNT_AGAIN_AFTER_HOURS ago.
 */
export function countsAsFresh(previous: ExerciseProgress | undefined, now: Date): boolean {
  if (previous === undefined || previous.counted === undefined) return true;
  const due = previous.card ? new Date(previous.card.due).getTime() <= now.getTime() : true;
  return due && now.getTime() - new Date(previous.lastAt).getTime() >= COUNT_AGAIN_AFTER_HOURS * 3_600_000;
}

/** How a check is recorded. */
export type RecordOptions = {
  /** A check again in the same view: saved, but never counted nor rescheduled. */
  retry?: boolean;
  /**
   * False for what Oefenen never offers for review (a self-checked open answer): no review card, so
   * nothing is "due" that no session can show (the nav badge counts due cards).
   */
  schedule?: boolean;
};

/**
 * Records one checked attempt: attempts +1, best kept, last replaced. A fresh check (see countsAsFresh)
 * sets the counted score that mastery uses, and reschedules the exercise (FSRS) from the score. A
 * `retry` (a check again in the same view, after the marks or Toon antwoord) never counts and leaves
 * the schedule alone: the first check of the view already rated it. `seconds` is how long the student took.
 */
export function recordAttempt(
  progress: Progress,
  exerciseId: string,
  fraction: number,
  now: Date,
  seconds?: number,
  { retry = false, schedule = true }: RecordOptions = {},
): Progress {
  const previous = progress.exercises[exerciseId];
  const score = clamp(fraction);
  const rescheduled = !retry || previous === undefined;
  const counted = rescheduled && countsAsFresh(previous, now);
  const card = !schedule
    ? undefined
    : rescheduled
      ? review(previous?.card, ratingFor(score, previous === undefined, seconds), now)
      : previous.card;
  const entry: ExerciseProgress = {
    attempts: (previous?.attempts ?? 0) + 1,
    best: Math.max(previous?.best ?? 0, score),
    last: score,
    lastAt: now.toISOString(),
    ...(card ? { card } : {}),
    ...(counted
      ? { counted: score, countedAt: now.toISOString() }
      : previous?.counted !== undefined
        ? { counted: previous.counted, ...(previous.countedAt ? { countedAt: previous.countedAt } : {}) }
        : {}),
  };
  return { ...progress, exercises: { ...progress.exercises, [exerciseId]: entry } };
}

/** Adds a finished practice exam to the history (the oldest drop off after MAX_EXAMS). */
export function recordExam(progress: Progress, exam: ExamRecord): Progress {
  return { ...progress, exams: [...(progress.exams ?? []), exam].slice(-MAX_EXAMS) };
}

/** Adds a handed-in Eindtoets to the history (the oldest drop off after MAX_EXAMS). */
export function recordFinalTest(progress: Progress, result: FinalTestRecord): Progress {
  return { ...progress, finalTests: [...(progress.finalTests ?? []), result].slice(-MAX_EXAMS) };
}

/** Marks a lesson as opened now, and remembers it for "Verder waar je was". */
export function visitLesson(progress: Progress, slug: string, now: Date): Progress {
  const lesson = progress.lessons[slug] ?? {};
  return { ...progress, lastLesson: slug, lessons: { ...progress.lessons, [slug]: { ...lesson, visitedAt: now.toISOString() } } };
}

/** Marks a lesson as read ("gelezen"), or not. */
export function markRead(progress: Progress, slug: string, read: boolean, now: Date): Progress {
  const { readAt: _readAt, ...lesson } = progress.lessons[slug] ?? {};
  return { ...progress, lessons: { ...progress.lessons, [slug]: read ? { ...lesson, readAt: now.toISOString() } : lesson } };
}

const later = (a: string | undefined, b: string | undefined) => ((a ?? '') >= (b ?? '') ? a : b);

/**
 * Merges progress from another device into this one. Per exercise: the larger attempt count (the
 * same attempts may be in both files, so they are not added), the higher best score, the newer last,
 * and the counted score that was counted last.
 */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  const exercises = { ...mine.exercises };
  for (const [id, other] of Object.entries(theirs.exercises)) {
    const own = exercises[id];
    if (!own) {
      exercises[id] = other;
      continue;
    }
    const newer = other.lastAt > own.lastAt ? other : own;
    // The counted score of the device that counted last (its last check may be an older retry).
    const countedBy = (other.countedAt ?? '') > (own.countedAt ?? '') ? other : own;
    const { counted: _counted, countedAt: _countedAt, ...rest } = newer;
    exercises[id] = {
      ...rest,
      attempts: Math.max(own.attempts, other.attempts),
      best: Math.max(own.best, other.best),
      ...(countedBy.counted !== undefined ? { counted: countedBy.counted } : {}),
      ...(countedBy.countedAt !== undefined ? { countedAt: countedBy.countedAt } : {}),
    };
  }
  const lessons = { ...mine.lessons };
  for (const [slug, other] of Object.entries(theirs.lessons)) {
    const own = lessons[slug] ?? {};
    const readAt = later(own.readAt, other.readAt);
    const visitedAt = later(own.visitedAt, other.visitedAt);
    lessons[slug] = { ...(readAt ? { readAt } : {}), ...(visitedAt ? { visitedAt } : {}) };
  }
  // Continue where the student was most recently, on either device.
  const visited = (slug: string | undefined) => (slug ? (lessons[slug]?.visitedAt ?? '') : '');
  const lastLesson =
    visited(theirs.lastLesson) > visited(mine.lastLesson) ? theirs.lastLesson : (mine.lastLesson ?? theirs.lastLesson);
  const exams = mergeHistory(mine.exams, theirs.exams);
  const finalTests = mergeHistory(mine.finalTests, theirs.finalTests);
  return {
    ...mine,
    exercises,
    lessons,
    ...(lastLesson ? { lastLesson } : {}),
    ...(exams.length > 0 ? { exams } : {}),
    ...(finalTests.length > 0 ? { finalTests } : {}),
  };
}

/** Both histories in time order, a record in both (the same moment) once, the newest MAX_EXAMS. */
function mergeHistory<T extends { at: string }>(mine: T[] | undefined, theirs: T[] | undefined): T[] {
  const seen = new Set((mine ?? []).map((record) => record.at));
  return [...(mine ?? []), ...(theirs ?? []).filter((record) => !seen.has(record.at))]
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(-MAX_EXAMS);
}
