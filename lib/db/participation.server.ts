import 'server-only';
import { and, asc, count, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Grade } from '../assignments/grade';
import type { ExerciseResponse } from '../scoring';
import type { Db } from './client.server';
import type { Assignment } from './assignments.server';
import { answers, assignments, attempts, mapDrafts, mapHandIns, participants } from './schema';
import { hashToken, newToken } from './tokens';

export type Participant = typeof participants.$inferSelect;
export type Attempt = typeof attempts.$inferSelect;
export type Answer = typeof answers.$inferSelect;

/**
 * Why the database refused a change, for lib/server to turn into a status and a Dutch message:
 * `full` (no room for another student), `handed-in` (no attempt open), `no-attempts-left`.
 */
export type Refused<R extends string> = { ok: false; reason: R };

/**
 * Adds a student to an assignment with their first attempt; the token goes into their cookie. An
 * assignment holds at most `maxStudents`: counted and added under one lock, so a burst cannot overfill it.
 */
export async function addParticipant(
  db: Db,
  assignmentId: number,
  input: { displayName: string; studentNumber: string | null },
  now: Date,
  maxStudents: number,
): Promise<{ ok: true; token: string } | Refused<'full'>> {
  const token = newToken();
  const joined = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7251046, ${assignmentId})`);
    const [row] = await tx.select({ n: count() }).from(participants).where(eq(participants.assignmentId, assignmentId));
    if ((row?.n ?? 0) >= maxStudents) return false;
    const [participant] = await tx
      .insert(participants)
      .values({ assignmentId, tokenHash: hashToken(token), ...input, createdAt: now })
      .returning({ id: participants.id });
    await tx.insert(attempts).values({ participantId: participant!.id, number: 1, startedAt: now });
    return true;
  });
  return joined ? { ok: true, token } : { ok: false, reason: 'full' };
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

/** Writes answers into the open attempt as the student works (null clears one). */
export async function writeAnswers(
  db: Db,
  participantId: number,
  responses: Record<string, ExerciseResponse | null>,
  now: Date,
): Promise<{ ok: true } | Refused<'handed-in'>> {
  const attempt = await openAttempt(db, participantId);
  if (!attempt) return { ok: false, reason: 'handed-in' };
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

/** The answers saved in a student's open attempt. */
async function savedAnswers(db: Pick<Db, 'select'>, participantId: number): Promise<{ exerciseId: string; response: unknown }[]> {
  return db
    .select({ exerciseId: answers.exerciseId, response: answers.response })
    .from(answers)
    .innerJoin(attempts, eq(attempts.id, answers.attemptId))
    .where(and(eq(attempts.participantId, participantId), isNull(attempts.submittedAt)));
}

/**
 * Hands in the open attempt with its grade, in one transaction: `grade` turns the saved answers into
 * the grade to store (it reads them only when `needsSaved`). The attempt is claimed in one statement,
 * so of two hand-ins at once exactly one gets it; the other gets null.
 */
export async function claimHandIn(
  db: Db,
  participantId: number,
  input: { submissionId: string; needsSaved: boolean },
  grade: (saved: { exerciseId: string; response: unknown }[]) => Grade,
  now: Date,
): Promise<{ attempt: Attempt; grade: Grade } | null> {
  return db.transaction(async (tx) => {
    const result = grade(input.needsSaved ? await savedAnswers(tx, participantId) : []);
    const [claimed] = await tx
      .update(attempts)
      .set({ submittedAt: now, submissionId: input.submissionId, points: result.points, maxPoints: result.maxPoints })
      .where(and(eq(attempts.participantId, participantId), isNull(attempts.submittedAt)))
      .returning();
    if (!claimed) return null;
    // The attempt's answers become exactly the graded ones: saved answers no longer given go.
    await tx.delete(answers).where(eq(answers.attemptId, claimed.id));
    if (result.answers.length > 0) {
      await tx.insert(answers).values(
        result.answers.map(({ exerciseId, response, score }) => ({
          attemptId: claimed.id,
          exerciseId,
          response,
          savedAt: now,
          points: score.points,
          maxPoints: score.maxPoints,
          correct: score.correct,
          parts: score.parts,
        })),
      );
    }
    return { attempt: claimed, grade: result };
  });
}

/** An attempt handed in earlier under this submission id, with its stored answers. */
export async function attemptBySubmission(
  db: Db,
  participantId: number,
  submissionId: string,
): Promise<(Attempt & { answers: Answer[] }) | null> {
  const [attempt] = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.participantId, participantId), eq(attempts.submissionId, submissionId)));
  if (!attempt) return null;
  return { ...attempt, answers: await db.select().from(answers).where(eq(answers.attemptId, attempt.id)) };
}

/** Adds the next attempt unless one is open; refused when `maxAttempts` are used. */
export async function addAttempt(
  db: Db,
  participantId: number,
  maxAttempts: number,
  now: Date,
): Promise<{ ok: true } | Refused<'no-attempts-left'>> {
  const existing = await db.select().from(attempts).where(eq(attempts.participantId, participantId));
  if (existing.some((attempt) => attempt.submittedAt === null)) return { ok: true };
  if (existing.length >= maxAttempts) return { ok: false, reason: 'no-attempts-left' };
  // A twin request may insert the same number first: then that attempt is the new one.
  await db
    .insert(attempts)
    .values({ participantId, number: existing.length + 1, startedAt: now })
    .onConflictDoNothing();
  return { ok: true };
}

/**
 * Merges a student who joined twice (a second browser) into one: `keepId` stays, `mergeId` goes, and
 * its attempts with their answers move to `keepId`. Handed-in attempts all move; they are numbered
 * again in the order they were started, so the best counts as always (the earliest of equal scores).
 * Of two open attempts the kept student's stays and the other goes with its saved answers; an open
 * attempt is numbered last. For a map assignment every map hand-in moves too, and the newer draft
 * stays. Only the owner's assignment, only two students of that assignment; one
 * transaction, under the assignment's lock, so of two merges at once the second finds one gone.
 */
export async function mergeParticipants(
  db: Db,
  teacherId: number,
  assignmentId: number,
  keepId: number,
  mergeId: number,
): Promise<{ ok: true } | Refused<'same' | 'not-found'>> {
  if (keepId === mergeId) return { ok: false, reason: 'same' };
  const merged = await db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ id: assignments.id, kind: assignments.kind })
      .from(assignments)
      .where(and(eq(assignments.id, assignmentId), eq(assignments.teacherId, teacherId)));
    if (!owned) return false;
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7251046, ${assignmentId})`);
    const both = await tx
      .select({ id: participants.id })
      .from(participants)
      .where(and(eq(participants.assignmentId, assignmentId), inArray(participants.id, [keepId, mergeId])));
    if (both.length !== 2) return false;
    const tries = await tx
      .select()
      .from(attempts)
      .where(inArray(attempts.participantId, [keepId, mergeId]))
      .orderBy(asc(attempts.startedAt), asc(attempts.id));
    const open = tries.filter((attempt) => attempt.submittedAt === null);
    const keptOpen = open.find((attempt) => attempt.participantId === keepId) ?? open[0];
    const dropped = open.filter((attempt) => attempt !== keptOpen).map((attempt) => attempt.id);
    if (dropped.length > 0) await tx.delete(attempts).where(inArray(attempts.id, dropped));
    const order = [...tries.filter((attempt) => attempt.submittedAt !== null), ...(keptOpen ? [keptOpen] : [])];
    // Numbers are unique per student: park every attempt on a negative number first, then number them 1, 2, 3 …
    for (const [index, attempt] of order.entries()) {
      await tx
        .update(attempts)
        .set({ participantId: keepId, number: -(index + 1) })
        .where(eq(attempts.id, attempt.id));
    }
    for (const [index, attempt] of order.entries()) {
      await tx
        .update(attempts)
        .set({ number: index + 1 })
        .where(eq(attempts.id, attempt.id));
    }
    if (owned.kind === 'kaart') {
      // Every map hand-in moves with its grade (a retried hand-in that both have stays once); of the
      // two drafts the one saved last stays.
      const keptSubmissions = tx
        .select({ id: mapHandIns.submissionId })
        .from(mapHandIns)
        .where(eq(mapHandIns.participantId, keepId));
      await tx
        .update(mapHandIns)
        .set({ participantId: keepId })
        .where(and(eq(mapHandIns.participantId, mergeId), notInArray(mapHandIns.submissionId, keptSubmissions)));
      const drafts = await tx
        .select()
        .from(mapDrafts)
        .where(inArray(mapDrafts.participantId, [keepId, mergeId]));
      const keptDraft = drafts.find((draft) => draft.participantId === keepId);
      const otherDraft = drafts.find((draft) => draft.participantId === mergeId);
      if (otherDraft && (!keptDraft || otherDraft.savedAt > keptDraft.savedAt)) {
        await tx
          .insert(mapDrafts)
          .values({ participantId: keepId, map: otherDraft.map, savedAt: otherDraft.savedAt })
          .onConflictDoUpdate({ target: mapDrafts.participantId, set: { map: otherDraft.map, savedAt: otherDraft.savedAt } });
      }
    }
    await tx.delete(participants).where(eq(participants.id, mergeId));
    return true;
  });
  return merged ? { ok: true } : { ok: false, reason: 'not-found' };
}
