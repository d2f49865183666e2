import { ownField } from '../util/records';

/** What one part of a response (an option, a placement, a blank) earned, so the UI can explain a score. */
export type ScorePart = {
  id: string;
  correct: boolean;
  /** Exercise points this part earned; negative when it cost points. */
  points: number;
  /** Author's feedback for this part, when the exercise has it. */
  feedback?: string;
  /** A correct option the student did not choose (multiple choice). */
  missed?: boolean;
  /** Accepted only thanks to typo tolerance: the UI says "bijna goed" and shows `expected`. */
  almost?: boolean;
  /** The expected answer for this part (fill-blanks), for feedback after checking. */
  expected?: string;
  /**
   * Ordering: the item belongs to the longest run that is in the right order, which earns points,
   * even when the item is not in its own place (then `correct` is false).
   */
  inSequence?: boolean;
};

/** The result of scoring a response; `fraction` is in [0, 1] and `correct` only when it is 1. */
export type Score = {
  points: number;
  maxPoints: number;
  fraction: number;
  correct: boolean;
  parts: ScorePart[];
};

/** Builds a Score from a raw fraction, clamping it to [0, 1] and scaling it by `maxPoints`. */
export function makeScore(fraction: number, maxPoints: number, parts: ScorePart[]): Score {
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return { points: clamped * maxPoints, maxPoints, fraction: clamped, correct: clamped === 1, parts };
}

/**
 * Scores a map response (`{ itemId: chosenId }`) against the expected id of each item: correct
 * entries over items, an item missing from the map is wrong. Shared by categorize and matching.
 */
export function scoreAssignments(
  expected: readonly { id: string; expected: string }[],
  given: unknown,
  maxPoints: number,
): Score {
  const n = expected.length;
  const parts = expected.map((item) => {
    const correct = ownField(given, item.id) === item.expected;
    return { id: item.id, correct, points: correct ? maxPoints / n : 0 };
  });
  return makeScore(parts.filter((part) => part.correct).length / n, maxPoints, parts);
}
