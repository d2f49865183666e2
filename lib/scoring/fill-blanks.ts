import { ownField } from '../util/records';
import type { TypeDefinition } from './definition';
import { blanksOf, segmentsOf, type Segment } from './fill-blanks-text';
import type { FillBlanks } from './fill-blanks.bank';
import type { OutputOf, Shape } from './response-shape';
import { makeScore, type Score, type ScorePart } from './score';
import { editDistance, letterCount, normalizeAnswer } from './text';

export type { FillBlanks } from './fill-blanks.bank';

/** Typed answers longer than this are not compared at all: no answer in the bank comes close. */
const MAX_ANSWER = 200;

const response = { answers: [MAX_ANSWER, 50] } as const satisfies Shape;
export type FillBlanksResponse = OutputOf<typeof response>;
export type PublicFillBlanks = Omit<FillBlanks, 'explanation' | 'text' | 'typoTolerance'> & { segments: Segment[] };

/**
 * Correct blanks over blanks. Answers are compared folded (case, diacritics, spaces); with
 * `typoTolerance`, an answer of 5+ letters one edit away from an accepted answer counts, marked `almost`.
 */
function score(exercise: FillBlanks, response: unknown): Score {
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

export const fillBlanks: TypeDefinition<FillBlanks, FillBlanksResponse, PublicFillBlanks> = {
  type: 'fill-blanks',
  response,
  score,

  /** The text with its blanks emptied. */
  toPublic(exercise) {
    const { explanation: _explanation, text, typoTolerance: _typoTolerance, ...rest } = exercise;
    return { ...rest, segments: segmentsOf(text) };
  },

  /** The first accepted answer of every blank. */
  solve: (exercise) => ({ answers: blanksOf(exercise.text).map((accepted) => accepted[0]!.trim()) }),
};
