// Where "Verder" on the home page goes.
import { summarizeMastery } from './mastery';
import type { Progress } from './state';

export type LessonLike = { slug: string; order: number; exerciseIds: readonly string[] };

/**
 * A lesson is finished when it is mastered (every exercise tried, a high enough score: see
 * summarizeMastery), or when the student marked it read and tried every exercise (a lesson without
 * exercises: marked read). A finished lesson is not where the student should go next.
 */
export function isFinished(progress: Progress, lesson: LessonLike): boolean {
  const summary = summarizeMastery(progress, lesson.exerciseIds);
  if (summary.mastery === 'beheerst') return true;
  return progress.lessons[lesson.slug]?.readAt !== undefined && (summary.complete || summary.total === 0);
}

export type ContinueTarget =
  /** Nothing done yet. */
  | { kind: 'begin'; slug: string; order: number }
  /** The lesson opened last, not finished. */
  | { kind: 'resume'; slug: string; order: number }
  /** The next unfinished lesson in course order after the last one opened (wrapping around). */
  | { kind: 'next'; slug: string; order: number }
  /** Every lesson finished: the Eindtoets, or Oefenen once it was handed in. */
  | { kind: 'all-done'; finalTestDone: boolean };

/** Where to continue, from the lesson opened last; `lessons` in course order. */
export function continueTarget(progress: Progress, lessons: readonly LessonLike[]): ContinueTarget {
  const lastIndex = lessons.findIndex((lesson) => lesson.slug === progress.lastLesson);
  const last = lessons[lastIndex];
  if (last && !isFinished(progress, last)) return { kind: 'resume', slug: last.slug, order: last.order };
  const start = lastIndex + 1;
  for (let step = 0; step < lessons.length; step++) {
    const lesson = lessons[(start + step) % lessons.length]!;
    if (isFinished(progress, lesson)) continue;
    const started = last !== undefined || Object.keys(progress.lessons).length > 0;
    return { kind: started ? 'next' : 'begin', slug: lesson.slug, order: lesson.order };
  }
  return { kind: 'all-done', finalTestDone: (progress.finalTests?.length ?? 0) > 0 };
}
