import type { Cell } from './csv';
import { countingAttempt, type ScoredAnswer } from './results';

/** A student's record as the database gives it (structural, so this module stays pure). */
export type RecordInput = {
  id: number;
  displayName: string;
  studentNumber: string | null;
  attempts: {
    number: number;
    startedAt: Date;
    submittedAt: Date | null;
    points: number | null;
    maxPoints: number | null;
    answers: {
      exerciseId: string;
      response: unknown;
      points: number | null;
      maxPoints: number | null;
      correct: boolean | null;
    }[];
  }[];
};

type Attempt = RecordInput['attempts'][number];
type Handed = Attempt & { submittedAt: Date; points: number; maxPoints: number };

export type StudentSummary = {
  id: number;
  name: string;
  studentNumber: string | null;
  /** Attempts handed in. */
  submitted: number;
  /** Still working on an attempt that is not handed in. */
  working: boolean;
  /** The attempt that counts (the best), or null before the first hand-in. */
  counting: {
    number: number;
    points: number;
    maxPoints: number;
    seconds: number;
    submittedAt: Date;
    answers: Attempt['answers'];
  } | null;
};

const handedIn = (attempt: Attempt): attempt is Handed =>
  attempt.submittedAt !== null && attempt.points !== null && attempt.maxPoints !== null;

/** One line per student: attempts, and the best attempt with its time. */
export function summarize(record: RecordInput): StudentSummary {
  const done = record.attempts.filter(handedIn);
  const best = countingAttempt(done);
  return {
    id: record.id,
    name: record.displayName,
    studentNumber: record.studentNumber,
    submitted: done.length,
    working: record.attempts.some((attempt) => attempt.submittedAt === null),
    counting: best
      ? {
          number: best.number,
          points: best.points,
          maxPoints: best.maxPoints,
          seconds: (best.submittedAt.getTime() - best.startedAt.getTime()) / 1000,
          submittedAt: best.submittedAt,
          answers: best.answers,
        }
      : null,
  };
}

/** The counted answers of every student who handed in, for the per-question statistics. */
export function countedAnswers(summaries: StudentSummary[]): ScoredAnswer[][] {
  return summaries.flatMap((summary) =>
    summary.counting
      ? [
          summary.counting.answers.map((answer) => ({
            exerciseId: answer.exerciseId,
            response: answer.response,
            fraction: answer.maxPoints ? (answer.points ?? 0) / answer.maxPoints : 0,
            correct: answer.correct === true,
          })),
        ]
      : [],
  );
}

/** A question as the CSV names it: its bank id, and what it asks in a few words (labels.ts: questionText). */
export type CsvQuestion = { id: string; label: string };

/**
 * The results table as CSV rows: one row per student, a column per question (points). Numbers are
 * exact to two decimals throughout (csv.ts), for Excel to calculate with; the pages show one.
 */
export function resultRows(questions: CsvQuestion[], summaries: StudentSummary[], formatTime: (date: Date) => string): Cell[][] {
  const exerciseIds = questions.map((question) => question.id);
  const header: Cell[] = [
    'Naam',
    'Studentnummer',
    'Ingeleverd',
    'Pogingen',
    'Poging die telt',
    'Score',
    'Maximum',
    'Procent',
    'Tijd (minuten)',
    ...questions.map((question, index) => `Vraag ${index + 1}: ${question.label}`),
  ];
  const rows = summaries.map((summary): Cell[] => {
    const best = summary.counting;
    const perQuestion = exerciseIds.map((id) => {
      if (!best) return null;
      return best.answers.find((answer) => answer.exerciseId === id)?.points ?? 0;
    });
    return [
      summary.name,
      summary.studentNumber === null ? null : { literal: summary.studentNumber },
      best ? formatTime(best.submittedAt) : 'nog niet',
      summary.submitted,
      best?.number ?? null,
      best?.points ?? null,
      best?.maxPoints ?? null,
      best && best.maxPoints ? (best.points / best.maxPoints) * 100 : null,
      best ? best.seconds / 60 : null,
      ...perQuestion,
    ];
  });
  return [header, ...rows];
}
