import { score, type Exercise, type Score, type ScorePart } from '../scoring';
import { makeScore } from '../scoring/score';
import type { Question } from './questions';

// Grading a hand-in, as pure functions: the database layer only reads, claims and writes what these
// return. A hand-in is graded once, against the assignment's own copy of its exercises; every later
// view (the student's review, the teacher's pages, the CSV, item analysis) reads the stored result.

/** One graded answer: what was given for an exercise and what it earned. */
export type GradedAnswer = { exerciseId: string; response: unknown; score: Score };

/** A graded hand-in: the answered exercises, every exercise's score (unanswered ones score 0), the totals. */
export type Grade = { answers: GradedAnswer[]; scores: Record<string, Score>; points: number; maxPoints: number };

/**
 * The answers a hand-in counts: the saved ones, replaced by those sent along; `null` sent for an
 * exercise clears it.
 */
export function mergeResponses(
  saved: readonly { exerciseId: string; response: unknown }[],
  sent: Readonly<Record<string, unknown>>,
): Map<string, unknown> {
  const responses = new Map(saved.map((answer) => [answer.exerciseId, answer.response]));
  for (const [id, response] of Object.entries(sent)) {
    if (response === null) responses.delete(id);
    else responses.set(id, response);
  }
  return responses;
}

/** Scores every exercise of an assignment against the given answers. */
export function gradeHandIn(exercises: readonly Exercise[], responses: ReadonlyMap<string, unknown>): Grade {
  const scores: Record<string, Score> = {};
  const answers: GradedAnswer[] = [];
  let points = 0;
  let maxPoints = 0;
  for (const exercise of exercises) {
    const response = responses.get(exercise.id);
    const result = score(exercise, response ?? null);
    scores[exercise.id] = result;
    points += result.points;
    maxPoints += result.maxPoints;
    if (response !== undefined) answers.push({ exerciseId: exercise.id, response, score: result });
  }
  return { answers, scores, points, maxPoints };
}

/** An answer as stored at hand-in (structural, so this module stays free of the database). */
export type StoredAnswer = {
  exerciseId: string;
  points: number | null;
  maxPoints: number | null;
  correct: boolean | null;
  parts: ScorePart[] | null;
};

/**
 * The score an exercise got at hand-in, rebuilt from what was stored, never scored again. No
 * stored answer: nothing was given, 0 of the exercise's points. (Answers stored before parts were
 * kept show their points without per-part marks.)
 */
export function storedScore(exercise: Exercise, answer: StoredAnswer | undefined): Score {
  const maxPoints = answer?.maxPoints ?? exercise.points ?? 1;
  if (!answer || answer.points === null) return makeScore(0, maxPoints, []);
  const fraction = maxPoints > 0 ? answer.points / maxPoints : 0;
  return { ...makeScore(fraction, maxPoints, answer.parts ?? []), points: answer.points, correct: answer.correct === true };
}

/**
 * A handed-in attempt as its student's page shows it: per question the stored response and the
 * stored score, both in the page's ids.
 */
export function reviewOf(
  questions: readonly Question[],
  answers: readonly (StoredAnswer & { response: unknown })[],
): { id: string; response: unknown; score: Score }[] {
  const stored = new Map(answers.map((answer) => [answer.exerciseId, answer]));
  return questions.map((question) => {
    const answer = stored.get(question.bank.id);
    const result = storedScore(question.bank, answer);
    return {
      id: question.id,
      response: question.toPage(answer?.response),
      score: { ...result, parts: question.partsToPage(result.parts) },
    };
  });
}
