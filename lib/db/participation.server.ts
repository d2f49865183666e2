import 'server-only';
import { and, asc, count, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { statusAt } from '../assignments/opening-times';
import { score, type Exercise, type ExerciseResponse, type Score } from '../scoring';
import type { Db } from './client.server';
import type { Assignment } from './assignments.server';
import { answers, assignments, attempts, participants } from './schema';
import { hashToken, newToken } from './tokens';

export type Participant = typeof participants.$inferSelect;
export type Attempt = typeof attempts.$inferSelect;
export type Answer = typeof answers.$inferSelect;

/** A refusal a student can act on: the HTTP status and a Dutch message. */
export type Refusal = { ok: false; status: 400 | 403 | 404 | 409; error: string };

const refuse = (status: Refusal['status'], error: string): Refusal => ({ ok: false, status, error });

/** Why an assignment cannot be worked on at `now`, or null when it can. */
export function notOpen(assignment: Assignment, now: Date): Refusal | null {
  const status = statusAt(assignment, now);
  if (status === 'gesloten')
    return refuse(
      409,
      'Deze opdracht is gesloten. Je kunt niets meer inleveren. Vraag je docent als je denkt dat dit niet klopt.',
    );
  if (status === 'nog-niet-open') return refuse(409, 'Deze opdracht is nog niet open. Wacht tot je docent hem opent.');
  return null;
}

/**
 * Joins a student to an assignment with their first attempt; the token goes into their cookie. An
 * assignment holds at most `maxStudents`: counted and joined under one lock, so a burst cannot overfill it.
 */
export async function join(
  db: Db,
  assignment: Assignment,
  input: { displayName: string; studentNumber: string | null },
  now: Date,
  maxStudents = 300,
): Promise<{ ok: true; token: string } | Refusal> {
  const closed = notOpen(assignment, now);
  if (closed) return closed;
  const token = newToken();
  const joined = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7251046, ${assignment.id})`);
    const [row] = await tx.select({ n: count() }).from(participants).where(eq(participants.assignmentId, assignment.id));
    if ((row?.n ?? 0) >= maxStudents) return false;
    const [participant] = await tx
      .insert(participants)
      .values({ assignmentId: assignment.id, tokenHash: hashToken(token), ...input, createdAt: now })
      .returning({ id: participants.id });
    await tx.insert(attempts).values({ participantId: participant!.id, number: 1, startedAt: now });
    return true;
  });
  if (!joined) {
    return refuse(409, `Deze opdracht is vol: er doen al ${maxStudents} leerlingen mee. Vraag je docent om een tweede opdracht.`);
  }
  return { ok: true, token };
}

/** Removes one student with their attempts and answers, only from an assignment of this teacher. */
export async function removeParticipant(
  db: Db,
  teacherId: number,
  assignmentId: number,
  participantId: number,
): Promise<boolean> {
  const owned = db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.id, assignmentId), eq(assignments.teacherId, teacherId)));
  const removed = await db
    .delete(participants)
    .where(and(eq(participants.id, participantId), inArray(participants.assignmentId, owned)))
    .returning({ id: participants.id });
  return removed.length > 0;
}

/** The student behind a cookie token, for this assignment only. */
export async function participantByToken(db: Db, assignmentId: number, token: string): Promise<Participant | null> {
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.tokenHash, hashToken(token)), eq(participants.assignmentId, assignmentId)));
  return row ?? null;
}

/** The student behind a cookie token together with the assignment of that code, in one query. */
export async function participantForCode(
  db: Db,
  code: string,
  token: string,
): Promise<{ assignment: Assignment; participant: Participant } | null> {
  const [row] = await db
    .select({ assignment: assignments, participant: participants })
    .from(participants)
    .innerJoin(assignments, eq(assignments.id, participants.assignmentId))
    .where(and(eq(participants.tokenHash, hashToken(token)), eq(assignments.code, code)));
  return row ?? null;
}

/** A student's attempts in order, each with its answers. */
export async function attemptsOf(db: Db, participantId: number): Promise<(Attempt & { answers: Answer[] })[]> {
  const rows = await db.select().from(attempts).where(eq(attempts.participantId, participantId)).orderBy(asc(attempts.number));
  if (rows.length === 0) return [];
  const saved = await db
    .select()
    .from(answers)
    .where(
      inArray(
        answers.attemptId,
        rows.map((row) => row.id),
      ),
    );
  return rows.map((row) => ({ ...row, answers: saved.filter((answer) => answer.attemptId === row.id) }));
}

async function openAttempt(db: Pick<Db, 'select'>, participantId: number): Promise<Attempt | null> {
  const [row] = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.participantId, participantId), isNull(attempts.submittedAt)));
  return row ?? null;
}

/** Saves answers as the student works (null clears one); only into an attempt not handed in yet. */
export async function saveAnswers(
  db: Db,
  assignment: Assignment,
  participantId: number,
  responses: Record<string, ExerciseResponse | null>,
  now: Date,
): Promise<{ ok: true } | Refusal> {
  const closed = notOpen(assignment, now);
  if (closed) return closed;
  const attempt = await openAttempt(db, participantId);
  if (!attempt) return refuse(409, 'Deze poging is al ingeleverd. Laad de pagina opnieuw om je uitslag te zien.');
  const entries = Object.entries(responses);
  const kept = entries.filter((entry): entry is [string, ExerciseResponse] => entry[1] !== null);
  const cleared = entries.filter(([, response]) => response === null).map(([id]) => id);
  if (kept.length > 0) {
    await db
      .insert(answers)
      .values(kept.map(([exerciseId, response]) => ({ attemptId: attempt.id, exerciseId, response, savedAt: now })))
      .onConflictDoUpdate({
        target: [answers.attemptId, answers.exerciseId],
        set: { response: sql`excluded.response`, savedAt: sql`excluded.saved_at` },
      });
  }
  if (cleared.length > 0) {
    await db.delete(answers).where(and(eq(answers.attemptId, attempt.id), inArray(answers.exerciseId, cleared)));
  }
  return { ok: true };
}

export type Submitted = { ok: true; attempt: Attempt; scores: Record<string, Score>; repeated: boolean };

/**
 * Hands in the open attempt: the server scores every exercise from the saved answers (and the
 * last ones sent along). The same submission id again returns the first result and stores nothing.
 */
export async function submit(
  db: Db,
  assignment: Assignment,
  exercises: Exercise[],
  participantId: number,
  input: { submissionId: string; responses: Record<string, ExerciseResponse | null> },
  now: Date,
): Promise<Submitted | Refusal> {
  const earlier = await submittedAs(db, participantId, input.submissionId, exercises);
  if (earlier) return earlier;
  const closed = notOpen(assignment, now);
  if (closed) return closed;

  // The page sends every answer with the hand-in; only when some are missing are the saved ones read.
  const complete = exercises.every((exercise) => Object.hasOwn(input.responses, exercise.id));
  const outcome = await db.transaction(async (tx) => {
    const responses = new Map<string, unknown>();
    if (!complete) {
      const saved = await tx
        .select({ exerciseId: answers.exerciseId, response: answers.response })
        .from(answers)
        .innerJoin(attempts, eq(attempts.id, answers.attemptId))
        .where(and(eq(attempts.participantId, participantId), isNull(attempts.submittedAt)));
      for (const answer of saved) responses.set(answer.exerciseId, answer.response);
    }
    for (const [id, response] of Object.entries(input.responses)) {
      if (response === null) responses.delete(id);
      else responses.set(id, response);
    }
    const scores: Record<string, Score> = {};
    for (const exercise of exercises) scores[exercise.id] = score(exercise, responses.get(exercise.id) ?? null);
    const points = Object.values(scores).reduce((sum, one) => sum + one.points, 0);
    const maxPoints = Object.values(scores).reduce((sum, one) => sum + one.maxPoints, 0);

    // Claim the open attempt with its score in one statement: of two hand-ins at once, exactly one gets it.
    const [claimed] = await tx
      .update(attempts)
      .set({ submittedAt: now, submissionId: input.submissionId, points, maxPoints })
      .where(and(eq(attempts.participantId, participantId), isNull(attempts.submittedAt)))
      .returning();
    if (!claimed) return null;
    const rows = exercises.flatMap((exercise) => {
      const response = responses.get(exercise.id);
      if (response === undefined) return [];
      const result = scores[exercise.id]!;
      return [
        {
          attemptId: claimed.id,
          exerciseId: exercise.id,
          response,
          savedAt: now,
          points: result.points,
          maxPoints: result.maxPoints,
          correct: result.correct,
        },
      ];
    });
    // Saved answers that are no longer given (cleared, or of an exercise gone from the bank) go.
    const kept = rows.map((row) => row.exerciseId);
    const stale =
      !complete || Object.values(input.responses).some((response) => response === null) || kept.length < exercises.length;
    if (stale) {
      await tx
        .delete(answers)
        .where(
          kept.length
            ? and(eq(answers.attemptId, claimed.id), notInArray(answers.exerciseId, kept))
            : eq(answers.attemptId, claimed.id),
        );
    }
    if (rows.length > 0) {
      await tx
        .insert(answers)
        .values(rows)
        .onConflictDoUpdate({
          target: [answers.attemptId, answers.exerciseId],
          set: {
            response: sql`excluded.response`,
            savedAt: sql`excluded.saved_at`,
            points: sql`excluded.points`,
            maxPoints: sql`excluded.max_points`,
            correct: sql`excluded.correct`,
          },
        });
    }
    return { ok: true as const, attempt: claimed, scores, repeated: false };
  });
  if (outcome) return outcome;
  // Nothing open: a twin request got there first, or every attempt is handed in.
  return (
    (await submittedAs(db, participantId, input.submissionId, exercises)) ??
    refuse(409, 'Je hebt deze poging al ingeleverd. Laad de pagina opnieuw om je uitslag te zien.')
  );
}

/** The result of an earlier hand-in with this id, scored again from what was stored. */
async function submittedAs(
  db: Db,
  participantId: number,
  submissionId: string,
  exercises: Exercise[],
): Promise<Submitted | null> {
  const [attempt] = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.participantId, participantId), eq(attempts.submissionId, submissionId)));
  if (!attempt) return null;
  const saved = await db.select().from(answers).where(eq(answers.attemptId, attempt.id));
  const responses = new Map(saved.map((answer) => [answer.exerciseId, answer.response]));
  const scores = Object.fromEntries(
    exercises.map((exercise) => [exercise.id, score(exercise, responses.get(exercise.id) ?? null)]),
  );
  return { ok: true, attempt, scores, repeated: true };
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
  const existing = await db.select().from(attempts).where(eq(attempts.participantId, participantId));
  if (existing.some((attempt) => attempt.submittedAt === null)) return { ok: true };
  if (existing.length >= assignment.maxAttempts)
    return refuse(409, `Je hebt al je pogingen gebruikt (${assignment.maxAttempts}). Je uitslag blijft staan.`);
  // A twin request may insert the same number first: then that attempt is the new one.
  await db
    .insert(attempts)
    .values({ participantId, number: existing.length + 1, startedAt: now })
    .onConflictDoNothing();
  return { ok: true };
}
