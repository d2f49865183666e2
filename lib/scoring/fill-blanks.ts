import { blanksOf, segmentsOf, type Segment } from './fill-blanks-text';
import { makeScore, ownField, type Score, type ScorePart } from './score';
import type { FillBlanks } from './schema';
import { editDistance, letterCount, normalizeAnswer } from './text';

export type FillBlanksResponse = { answers: string[] };
export type PublicFillBlanks = Omit<FillBlanks, 'explanation' | 'text' | 'typoTolerance'> & { segments: Segment[] };

/** Typed answers longer than this are not compared at all: no answer in the bank comes close. */
const MAX_ANSWER = 200;

/**
 * Correct blanks over blanks. Answers are compared folded (case, diacritics, spaces); with
 * `typoTolerance`, an answer of 5+ letters one edit away from an accepted answer counts, marked `almost`.
 */
export function scoreFillBlanks(exercise: FillBlanks, response: unknown): Score {
  const maxPoints = exercise.points ?? 1;
  const blanks = blanksOf(exercise.text);
  const given = ownField(response, 'answers');
  const n = blanks.length;
  const parts: ScorePart[] = blanks.map((accepted, index) => {
    const id = `blank-${index + 1}`;
    const expected = accepted[0]!.trim();
    const raw = Array.isArray(given) ? given[index] : undefined;
    const answer = typeof raw === 'string' && raw.length <= MAX_ANSWER ? normalizeAnswer(raw) : '';
    const options = accepted.map(normalizeAnswer);
    if (answer !== '' && options.includes(answer)) return { id, correct: true, points: maxPoints / n, expected };
    const almost =
      exercise.typoTolerance === true &&
      letterCount(answer) >= 5 &&
      options.some((option) => letterCount(option) >= 5 && editDistance(answer, option) <= 1);
    return almost
      ? { id, correct: true, points: maxPoints / n, almost: true, expected }
      : { id, correct: false, points: 0, expected };
  });
  return makeScore(parts.filter((part) => part.correct).length / n, maxPoints, parts);
}

/** The text with its blanks emptied. */
export function toPublicFillBlanks(exercise: FillBlanks): PublicFillBlanks {
  const { explanation: _explanation, text, typoTolerance: _typoTolerance, ...rest } = exercise;
  return { ...rest, segments: segmentsOf(text) };
}

/** The first accepted answer of every blank. */
export function solveFillBlanks(exercise: FillBlanks): FillBlanksResponse {
  return { answers: blanksOf(exercise.text).map((accepted) => accepted[0]!.trim()) };
}
