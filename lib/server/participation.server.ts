import 'server-only';
import { gradeHandIn, mergeResponses, storedScore } from '../assignments/grade';
import { statusAt } from '../assignments/opening-times';
import type { Assignment } from '../db/assignments.server';
import type { Db } from '../db/client.server';
import {
  addAttempt,
  addParticipant,
  attemptBySubmission,
  claimHandIn,
  writeAnswers,
  type Attempt,
} from '../db/participation.server';
import type { Exercise, ExerciseResponse, Score } from '../scoring';

// What a student does with an assignment, with the checks around it: lib/db reads, claims and
// writes; lib/assignments/grade grades; this module decides what is allowed at `now` and turns every
// refusal into the status and the Dutch message the student gets.

/** Why a student's request is refused. */
export type RefusalReason = 'closed' | 'not-open' | 'full' | 'handed-in' | 'already-handed-in' | 'no-attempts-left';

/** A refusal a student can act on: the HTTP status and a Dutch message. */
export type Refusal = { ok: false; reason: RefusalReason; status: 409; error: string };

/** The Dutch message for each refusal; `limit` is the number the message names (students or attempts). */
export function refusal(reason: RefusalReason, limit = 0): Refusal {
  const messages: Record<RefusalReason, string> = {
    closed: 'Deze opdracht is gesloten. Je kunt niets meer inleveren. Vraag je docent als je denkt dat dit niet klopt.',
    'not-open': 'Deze opdracht is nog niet open. Wacht tot je docent hem opent.',
    full: `Deze opdracht is vol: er doen al ${limit} leerlingen mee. Vraag je docent om een tweede opdracht.`,
    'handed-in': 'Deze poging is al ingeleverd. Laad de pagina opnieuw om je uitslag te zien.',
    'already-handed-in': 'Je hebt deze poging al ingeleverd. Laad de pagina opnieuw om je uitslag te zien.',
    'no-attempts-left': `Je hebt al je pogingen gebruikt (${limit}). Je uitslag blijft staan.`,
  };
  return { ok: false, reason, status: 409, error: messages[reason] };
}

/** Why an assignment cannot be worked on at `now`, or null when it can. */
export function notOpen(assignment: Assignment, now: Date): Refusal | null {
  const status = statusAt(assignment, now);
  if (status === 'gesloten') return refusal('closed');
  if (status === 'nog-niet-open') return refusal('not-open');
  return null;
}

/** Joins a student to an open assignment with their first attempt; the token goes into their cookie. */
export async function join(
  db: Db,
  assignment: Assignment,
  input: { displayName: string; studentNumber: string | null },
  now: Date,
  maxStudents = 300,
): Promise<{ ok: true; token: string } | Refusal> {
  const closed = notOpen(assignment, now);
  if (closed) return closed;
  const added = await addParticipant(db, assignment.id, input, now, maxStudents);
  return added.ok ? added : refusal(added.reason, maxStudents);
}

/** Saves answers as the student works (null clears one), while the assignment is open. */
export async function saveAnswers(
  db: Db,
  assignment: Assignment,
  participantId: number,
  responses: Record<string, ExerciseResponse | null>,
  now: Date,
): Promise<{ ok: true } | Refusal> {
  const closed = notOpen(assignment, now);
  if (closed) return closed;
  const written = await writeAnswers(db, participantId, responses, now);
  return written.ok ? written : refusal(written.reason);
}

export type Submitted = { ok: true; attempt: Attempt; scores: Record<string, Score>; repeated: boolean };

/**
 * Hands in the open attempt: graded here, on the server, from the saved answers and the last ones
 * sent along, against the assignment's own exercises. The same submission id again returns the
 * stored result and stores nothing (also after closing time).
 */
export async function submit(
  db: Db,
  assignment: Assignment,
  exercises: Exercise[],
  participantId: number,
  input: { submissionId: string; responses: Record<string, ExerciseResponse | null> },
  now: Date,
): Promise<Submitted | Refusal> {
  // A retry of a hand-in stored earlier claims nothing (claimHandIn checks the submission id in the
  // same statement), so the stored result is read only when nothing was claimed.
  const closed = notOpen(assignment, now);
  if (closed) return (await submittedAs(db, participantId, input.submissionId, exercises)) ?? closed;
  // The page sends every answer with the hand-in; only when some are missing are the saved ones read.
  const needsSaved = !exercises.every((exercise) => Object.hasOwn(input.responses, exercise.id));
  const claimed = await claimHandIn(
    db,
    participantId,
    { submissionId: input.submissionId, needsSaved },
    (saved) => gradeHandIn(exercises, mergeResponses(saved, input.responses)),
    now,
  );
  if (claimed) return { ok: true, attempt: claimed.attempt, scores: claimed.grade.scores, repeated: claimed.repeated ?? false };
  // Nothing open: a twin request got there first, or every attempt is handed in.
  return (await submittedAs(db, participantId, input.submissionId, exercises)) ?? refusal('already-handed-in');
}

/** The stored result of an earlier hand-in with this id (never scored again). */
async function submittedAs(
  db: Db,
  participantId: number,
  submissionId: string,
  exercises: Exercise[],
): Promise<Submitted | null> {
  const attempt = await attemptBySubmission(db, participantId, submissionId);
  if (!attempt) return null;
  const { answers, ...rest } = attempt;
  const stored = new Map(answers.map((answer) => [answer.exerciseId, answer]));
  const scores = Object.fromEntries(exercises.map((exercise) => [exercise.id, storedScore(exercise, stored.get(exercise.id))]));
  return { ok: true, attempt: rest, scores, repeated: true };
}

/** Starts the next attempt, when the assignment is open and the student has attempts left. */
export async function startAttempt(
  db: Db,
  assignment: Assignment,
  participantId: number,
  now: Date,
): Promise<{ ok: true } | Refusal> {
  const closed = notOpen(assignment, now);
  if (closed) return closed;
  const added = await addAttempt(db, participantId, assignment.maxAttempts, now);
  return added.ok ? added : refusal(added.reason, assignment.maxAttempts);
}
