// zod/mini: the same validation at a fraction of the size, since this code ships to every page.
import * as z from 'zod/mini';
import { isRecord } from '../util/records';
import { StoredCardSchema } from './card';

/** The version of the saved progress format; raise it and add a migration when the shape changes. */
export const PROGRESS_VERSION = 3;

const isoDate = z.iso.datetime({ offset: true });
const fraction = z.number().check(z.minimum(0), z.maximum(1));

/** What the student did with one exercise. Scores are fractions in [0, 1]. */
export const ExerciseProgressSchema = z.strictObject({
  attempts: z.int().check(z.minimum(1), z.maximum(100_000)),
  best: fraction,
  last: fraction,
  lastAt: isoDate,
  /** The spaced-repetition schedule of this exercise. */
  card: z.optional(StoredCardSchema),
  /**
   * The score mastery counts: that of the last fresh attempt (the first ever, or a due review; never a
   * retry right after the marks). Absent for an entry from version 2 with more than one attempt.
   */
  counted: z.optional(fraction),
  /** When the counted score was made. */
  countedAt: z.optional(isoDate),
});
export type ExerciseProgress = z.infer<typeof ExerciseProgressSchema>;

export const LessonProgressSchema = z.strictObject({ readAt: z.optional(isoDate), visitedAt: z.optional(isoDate) });
export type LessonProgress = z.infer<typeof LessonProgressSchema>;

/** One finished practice exam (proeftoets), for the history on Mijn voortgang. */
export const ExamRecordSchema = z.strictObject({
  at: isoDate,
  points: z.number().check(z.minimum(0)),
  maxPoints: z.number().check(z.minimum(0)),
  questions: z.int().check(z.minimum(1), z.maximum(100)),
  lessons: z.array(z.string()).check(z.maxLength(20)),
});
export type ExamRecord = z.infer<typeof ExamRecordSchema>;

/** One handed-in Eindtoets, for Mijn voortgang. */
export const FinalTestRecordSchema = z.strictObject({
  at: isoDate,
  points: z.number().check(z.minimum(0)),
  maxPoints: z.number().check(z.minimum(0)),
  questions: z.int().check(z.minimum(1), z.maximum(100)),
});
export type FinalTestRecord = z.infer<typeof FinalTestRecordSchema>;

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
  const exercises = validEntries(data.exercises, ExerciseProgressSchema);
  for (const [id, entry] of exercises.kept) progress.exercises[id] = entry;
  const lessons = validEntries(data.lessons, LessonProgressSchema);
  for (const [slug, entry] of lessons.kept) progress.lessons[slug] = entry;
  if (exercises.dropped || lessons.dropped) dropped = true;
  const exams = validHistory(data.exams, ExamRecordSchema);
  if (exams.kept.length > 0) progress.exams = exams.kept;
  const finalTests = validHistory(data.finalTests, FinalTestRecordSchema);
  if (finalTests.kept.length > 0) progress.finalTests = finalTests.kept;
  if (exams.dropped || finalTests.dropped) dropped = true;
  if (typeof data.lastLesson === 'string' && ID.test(data.lastLesson)) progress.lastLesson = data.lastLesson;
  else if (data.lastLesson !== undefined) dropped = true;
  return { progress, dropped };
}

/** The entries of a saved map (id → entry) whose key is an id and whose entry validates; `dropped` if any was not. */
function validEntries<T>(map: unknown, schema: z.ZodMiniType<T>): { kept: [string, T][]; dropped: boolean } {
  if (map === undefined) return { kept: [], dropped: false };
  if (!isRecord(map)) return { kept: [], dropped: true };
  const kept: [string, T][] = [];
  for (const [key, entry] of Object.entries(map)) {
    const parsed = schema.safeParse(entry);
    if (ID.test(key) && parsed.success) kept.push([key, parsed.data]);
  }
  return { kept, dropped: kept.length !== Object.keys(map).length };
}

/** The records of a saved history (exams, Eindtoetsen) that validate, the newest MAX_EXAMS; `dropped` if any did not. */
function validHistory<T>(list: unknown, schema: z.ZodMiniType<T>): { kept: T[]; dropped: boolean } {
  if (list === undefined) return { kept: [], dropped: false };
  if (!Array.isArray(list)) return { kept: [], dropped: true };
  const kept = list.flatMap((entry) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  return { kept: kept.slice(-MAX_EXAMS), dropped: kept.length !== list.length };
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
