import type { Exercise } from '../scoring';
import { wrongChoices } from '../scoring/schema';

/** One scored answer of a handed-in attempt, as stored. */
export type ScoredAnswer = { exerciseId: string; response: unknown; fraction: number; correct: boolean };

/** How a class did on one question. */
export type QuestionStat = {
  exerciseId: string;
  answered: number;
  /** Students whose answer was fully right. */
  correct: number;
  /** Share of the points earned, 0–1, over those who answered. */
  averageFraction: number;
  mostWrong: { label: string; count: number } | null;
};

/** Per question: how many answered, how many fully right, and the wrong choice made most often. */
export function questionStats(exercises: Exercise[], answersPerStudent: ScoredAnswer[][]): QuestionStat[] {
  return exercises.map((exercise) => {
    const answers = answersPerStudent.flatMap((answers) => answers.filter((answer) => answer.exerciseId === exercise.id));
    const counts = new Map<string, number>();
    for (const answer of answers) {
      // A label counts once per student, even if it could appear twice in one answer.
      for (const label of new Set(wrongChoices(exercise, answer.response))) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    let mostWrong: QuestionStat['mostWrong'] = null;
    for (const [label, count] of counts) if (!mostWrong || count > mostWrong.count) mostWrong = { label, count };
    return {
      exerciseId: exercise.id,
      answered: answers.length,
      correct: answers.filter((answer) => answer.correct).length,
      averageFraction: answers.length ? answers.reduce((sum, answer) => sum + answer.fraction, 0) / answers.length : 0,
      mostWrong,
    };
  });
}

/** A handed-in attempt, as stored. */
export type SubmittedAttempt = { number: number; startedAt: Date; submittedAt: Date; points: number; maxPoints: number };

/** The attempt that counts for a student: the best score, the earliest of equals. */
export function countingAttempt<A extends SubmittedAttempt>(attempts: A[]): A | null {
  let best: A | null = null;
  for (const attempt of [...attempts].sort((a, b) => a.number - b.number)) {
    if (!best || attempt.points > best.points) best = attempt;
  }
  return best;
}
