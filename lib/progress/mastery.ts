import type { Progress } from './state';

/** How far a student is with a lesson (or any set of exercises). */
export type Mastery = 'niet-gestart' | 'bezig' | 'beheerst';

/** A lesson is mastered when every exercise was tried and the average counted score is at least this. */
export const MASTERED_AT = 0.8;

export type LessonSummary = {
  /** Exercises tried at least once. */
  attempted: number;
  total: number;
  /**
   * Average counted score over all exercises of the lesson, in [0, 1]: per exercise the score of its
   * last fresh attempt (the first ever, or a spaced review), never a retry; untried count as 0.
   */
  score: number;
  /** Exercises with a counted score (a tried exercise from before version 3 may have none yet). */
  counted: number;
  /** Every exercise tried at least once. */
  complete: boolean;
  mastery: Mastery;
  /**
   * Exercises whose last check was not fully right: what "Oefen mijn fouten" offers. A right answer
   * there takes an exercise off this list, though it counts for mastery only as a fresh attempt.
   */
  mistakes: string[];
};

/**
 * Rolls the exercises of one lesson up into a summary. The rule: niet gestart = nothing tried;
 * beheerst = everything tried and an average counted score of at least 80 %; otherwise bezig.
 * Counted: see countsAsFresh (transitions.ts) and docs/feedback-and-mastery.md.
 */
export function summarizeMastery(progress: Progress, exerciseIds: readonly string[]): LessonSummary {
  const entries = exerciseIds.map((id) => progress.exercises[id]);
  const attempted = entries.filter((entry) => entry !== undefined).length;
  const total = exerciseIds.length;
  const score = total === 0 ? 0 : entries.reduce((sum, entry) => sum + (entry?.counted ?? 0), 0) / total;
  const counted = entries.filter((entry) => entry?.counted !== undefined).length;
  const complete = total > 0 && attempted === total;
  const mastery: Mastery = attempted === 0 ? 'niet-gestart' : complete && score >= MASTERED_AT ? 'beheerst' : 'bezig';
  const mistakes = exerciseIds.filter((id) => {
    const entry = progress.exercises[id];
    return entry !== undefined && entry.last < 1;
  });
  return { attempted, total, score, counted, complete, mastery, mistakes };
}

/** Dutch label for a mastery level. */
export const MASTERY_LABEL: Record<Mastery, string> = { 'niet-gestart': 'Niet gestart', bezig: 'Bezig', beheerst: 'Beheerst' };
