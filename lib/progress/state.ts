// Checked by lib/util/check, not zod: this code ships with the progress store to every page.
import { integer, isoDateTime, list, number, optional, strictObject, text, type Check, type Checked } from '../util/check';
import { isRecord } from '../util/records';
import { isStoredCard } from './card';

/** The version of the saved progress format; raise it and add a migration when the shape changes. */
export const PROGRESS_VERSION = 3;

const fraction = number({ min: 0, max: 1 });

/** What the student did with one exercise. Scores are fractions in [0, 1]. */
export const isExerciseProgress = strictObject({
  attempts: integer({ min: 1, max: 100_000 }),
  best: fraction,
  last: fraction,
  lastAt: isoDateTime,
  /** The spaced-repetition schedule of this exercise. */
  card: optional(isStoredCard),
  /**
   * The score mastery counts: that of the last fresh attempt (the first ever, or a due review; never a
   * retry right after the marks). Absent for an entry from version 2 with more than one attempt.
   */
  counted: optional(fraction),
  /** When the counted score was made. */
  countedAt: optional(isoDateTime),
});
export type ExerciseProgress = Checked<typeof isExerciseProgress>;

export const isLessonProgress = strictObject({ readAt: optional(isoDateTime), visitedAt: optional(isoDateTime) });
export type LessonProgress = Checked<typeof isLessonProgress>;

/** What every finished test records: when, the points out of the maximum, and how many questions. */
const testResult = {
  at: isoDateTime,
  points: number({ min: 0 }),
  maxPoints: number({ min: 0 }),
  questions: integer({ min: 1, max: 100 }),
};

/** One finished practice exam (proeftoets), for the history on Mijn voortgang. */
export const isExamRecord = strictObject({ ...testResult, lessons: list(text(), { max: 20 }) });
export type ExamRecord = Checked<typeof isExamRecord>;

/** One handed-in Eindtoets, for Mijn voortgang. */
export const isFinalTestRecord = strictObject(testResult);
export type FinalTestRecord = Checked<typeof isFinalTestRecord>;

/** Everything saved about one student on one device. */
export type Progress = {
  version: typeof PROGRESS_VERSION;
  exercises: Record<string, ExerciseProgress>;
  lessons: Record<string, LessonProgress>;
  /** Finished practice exams, oldest first (at most MAX_EXAMS). */
  exams?: ExamRecord[];
  /** Handed-in Eindtoetsen, oldest first (at most MAX_EXAMS). */
  finalTests?: FinalTestRecord[];
  /** The lesson opened most recently, for "Verder waar je was". */
  lastLesson?: string;
};

/** Progress with nothing in it. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, exercises: {}, lessons: {} };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN_KEYS = new Set(['version', 'exercises', 'lessons', 'lastLesson', 'exams', 'finalTests']);
/** How many finished exams (and Eindtoetsen) are kept. */
export const MAX_EXAMS = 50;

/** The outcome of reading saved progress: what could be kept, and whether anything was dropped. */
export type LoadedProgress = { progress: Progress; dropped: boolean };

/**
 * Earlier formats, upgraded one version at a time. Version 0 had no `version` field and no lessons;
 * version 1 kept each exercise's last response (`lastResponse`, up to 20 kB each), which nothing read;
 * version 2 had no counted score (mastery used the best of all attempts).
 */
const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  0: (data) => ({ ...data, version: 1, lessons: data.lessons ?? {} }),
  1: (data) => ({ ...data, version: 2, exercises: withoutLastResponse(data.exercises) }),
  2: (data) => ({ ...data, version: 3, exercises: withCountedScore(data.exercises) }),
};

/**
 * Version 2 → 3: every tried exercise counts its last score. For one attempt that is the first; for
 * more, the first is not known, and the last is what the student showed most recently (a spaced
 * review, or a retry: from version 3 on, retries no longer count). Counting nothing for those would
 * drop a student who practised well to "score 0%" overnight; the next fresh check replaces it.
 */
function withCountedScore(exercises: unknown): unknown {
  if (!isRecord(exercises)) return exercises;
  return Object.fromEntries(
    Object.entries(exercises).map(([id, entry]) =>
      isRecord(entry) && entry.counted === undefined && typeof entry.last === 'number'
        ? [id, { ...entry, counted: entry.last, countedAt: entry.lastAt }]
        : [id, entry],
    ),
  );
}

function withoutLastResponse(exercises: unknown): unknown {
  if (!isRecord(exercises)) return exercises;
  return Object.fromEntries(
    Object.entries(exercises).map(([id, entry]) => {
      if (!isRecord(entry)) return [id, entry];
      const { lastResponse: _dropped, ...rest } = entry;
      return [id, rest];
    }),
  );
}

/**
 * Reads saved progress of any shape: corrupt, truncated, foreign or from a newer version. Entries
 * that validate are kept, the rest dropped (and `dropped` set), so a page never fails on storage.
 */
export function parseProgress(raw: unknown): LoadedProgress {
  if (raw === null || raw === undefined) return { progress: emptyProgress(), dropped: false };
  if (!isRecord(raw)) return { progress: emptyProgress(), dropped: true };
  let data = raw;
  let dropped = false;
  let version = typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : 0;
  // A newer version written by a newer site: read what this version understands.
  if (version > PROGRESS_VERSION) {
    dropped = true;
    version = PROGRESS_VERSION;
  }
  while (version < PROGRESS_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return { progress: emptyProgress(), dropped: true };
    data = migrate(data);
    version++;
  }

  // Keys this version does not know: another app's data, or a newer format.
  if (Object.keys(data).some((key) => !KNOWN_KEYS.has(key))) dropped = true;

  const progress = emptyProgress();
  const exercises = validEntries(data.exercises, isExerciseProgress);
  for (const [id, entry] of exercises.kept) progress.exercises[id] = entry;
  const lessons = validEntries(data.lessons, isLessonProgress);
  for (const [slug, entry] of lessons.kept) progress.lessons[slug] = entry;
  if (exercises.dropped || lessons.dropped) dropped = true;
  const exams = validHistory(data.exams, isExamRecord);
  if (exams.kept.length > 0) progress.exams = exams.kept;
  const finalTests = validHistory(data.finalTests, isFinalTestRecord);
  if (finalTests.kept.length > 0) progress.finalTests = finalTests.kept;
  if (exams.dropped || finalTests.dropped) dropped = true;
  if (typeof data.lastLesson === 'string' && ID.test(data.lastLesson)) progress.lastLesson = data.lastLesson;
  else if (data.lastLesson !== undefined) dropped = true;
  return { progress, dropped };
}

/** The entries of a saved map (id → entry) whose key is an id and whose entry validates; `dropped` if any was not. */
function validEntries<T>(map: unknown, valid: Check<T>): { kept: [string, T][]; dropped: boolean } {
  if (map === undefined) return { kept: [], dropped: false };
  if (!isRecord(map)) return { kept: [], dropped: true };
  const kept: [string, T][] = [];
  for (const [key, entry] of Object.entries(map)) {
    if (ID.test(key) && valid(entry)) kept.push([key, entry]);
  }
  return { kept, dropped: kept.length !== Object.keys(map).length };
}

/** The records of a saved history (exams, Eindtoetsen) that validate, the newest MAX_EXAMS; `dropped` if any did not. */
function validHistory<T>(history: unknown, valid: Check<T>): { kept: T[]; dropped: boolean } {
  if (history === undefined) return { kept: [], dropped: false };
  if (!Array.isArray(history)) return { kept: [], dropped: true };
  const kept = history.filter((entry): entry is T => valid(entry));
  return { kept: kept.slice(-MAX_EXAMS), dropped: kept.length !== history.length };
}

/** Reads progress saved as text (localStorage, an exported file); invalid JSON keeps nothing. */
export function parseProgressText(text: string | null): LoadedProgress {
  if (text === null || text === '') return { progress: emptyProgress(), dropped: false };
  try {
    return parseProgress(JSON.parse(text));
  } catch {
    return { progress: emptyProgress(), dropped: true };
  }
}
