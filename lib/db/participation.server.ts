import 'server-only';
import { and, asc, count, eq, getTableColumns, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Grade } from '../assignments/grade';
import type { Exercise, ExerciseResponse } from '../scoring';
import type { Db } from './client.server';
import { taughtBy, type Assignment } from './assignments.server';
import { batched, type BatchResults } from './batch';
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
    .where(and(eq(assignments.id, assignmentId), taughtBy(teacherId)));
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

// An assignment's copy of its exercises is written once (freezeExercises) and never changed, so a
// process reads it once per assignment instead of parsing it again with every student's request.
const frozenExercises = new Map<number, Promise<Exercise[] | null>>();
const FROZEN_KEPT = 200;

function exercisesCopy(db: Db, assignmentId: number): Promise<Exercise[] | null> {
  let copy = frozenExercises.get(assignmentId);
  if (!copy) {
    if (frozenExercises.size >= FROZEN_KEPT) frozenExercises.delete(frozenExercises.keys().next().value!);
    copy = db
      .select({ exercises: assignments.exercises })
      .from(assignments)
      .where(eq(assignments.id, assignmentId))
      .then(([row]) => row?.exercises ?? null);
    frozenExercises.set(assignmentId, copy);
    // A failed read is not kept: the next request reads again.
    copy.catch(() => frozenExercises.delete(assignmentId));
  }
  return copy;
}

const { exercises: _copy, ...assignmentColumns } = getTableColumns(assignments);

// The students' requests that arrive together are looked up together: one query for the lot.
const lookUpParticipants = batched(
  async (db: Db, items: { tokenHash: string; code: string }[]) => {
    // Hashes are hex: a comma-separated list is one parameter, however many students there are.
    const hashes = items.map((item) => item.tokenHash).join(',');
    const rows = await db
      .select({
        assignment: assignmentColumns,
        frozen: sql<boolean>`${assignments.exercises} IS NOT NULL`,
        participant: participants,
      })
      .from(participants)
      .innerJoin(assignments, eq(assignments.id, participants.assignmentId))
      .where(sql`${participants.tokenHash} = ANY(string_to_array(${hashes}, ','))`);
    const byHash = new Map(rows.map((row) => [row.participant.tokenHash, row]));
    return items.map((item) => {
      const row = byHash.get(item.tokenHash);
      return row && row.assignment.code === item.code ? row : null;
    });
  },
  { max: 500, wait: 5 },
);

/**
 * The student behind a cookie token together with the assignment of that code (and its exercises,
 * read once per process). Every request of a student starts here; those that arrive together share
 * one query.
 */
export async function participantForCode(
  db: Db,
  code: string,
  token: string,
): Promise<{ assignment: Assignment; participant: Participant } | null> {
  const row = await lookUpParticipants(db, { tokenHash: hashToken(token), code });
  if (!row) return null;
  const exercises = row.frozen ? await exercisesCopy(db, row.assignment.id) : null;
  return { assignment: { ...row.assignment, exercises }, participant: row.participant };
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

/** What a hand-in asks of the database: claim the student's open attempt and store its grade. */
type Claim = {
  participantId: number;
  submissionId: string;
  needsSaved: boolean;
  grade: (saved: { exerciseId: string; response: unknown }[]) => Grade;
  now: Date;
};

/** The most hand-ins one transaction takes; more wait for the next. */
const CLAIMS_PER_BATCH = 200;

// The hand-ins that arrive together are written in one transaction (lib/db/batch.ts): a class
// handing in at the bell costs a few transactions, not one each. One claim per student in a batch:
// a second one (a retry) waits for the next batch and finds the first stored.
const claim = batched((db: Db, batch: Claim[]) => claimBatch(db, batch), {
  max: CLAIMS_PER_BATCH,
  key: (item) => item.participantId,
  // Measured with 300 students at once (npm run bench:opdrachten): 0 ms gives batches of one
  // (p95 2.0 s), 5 ms about ten (0.72 s), 10 ms about twenty (0.58 s). A lone hand-in waits 10 ms.
  wait: 10,
});

/**
 * Hands in the student's open attempt with its grade: `grade` turns the saved answers into the
 * grade to store (it reads them only when `needsSaved`). The attempt is claimed in one statement,
 * so of two hand-ins at once exactly one gets it; the other gets null. A submission id this student
 * already handed in under claims nothing either (a retry never hands in a newer attempt).
 *
 * The hand-ins that arrive together are written together, in one transaction: if that fails, each
 * of them fails and none is half written. A grade that throws fails only its own hand-in.
 */
export function claimHandIn(
  db: Db,
  participantId: number,
  input: { submissionId: string; needsSaved: boolean },
  grade: (saved: { exerciseId: string; response: unknown }[]) => Grade,
  now: Date,
): Promise<{ attempt: Attempt; grade: Grade; repeated?: true } | null> {
  // The same hand-in sent twice at once (a double press) waits for the first and gets its result as a repeat.
  let pending = pendingClaims.get(db);
  if (!pending) pendingClaims.set(db, (pending = new Map()));
  const twin = `${participantId}\u0000${input.submissionId}`;
  const first = pending.get(twin);
  if (first) return first.then((result) => result && { ...result, repeated: true as const });
  const claimed = claim(db, { participantId, ...input, grade, now });
  pending.set(twin, claimed);
  const done = () => void pending.delete(twin);
  claimed.then(done, done);
  return claimed;
}
const pendingClaims = new WeakMap<Db, Map<string, Promise<{ attempt: Attempt; grade: Grade } | null>>>();

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows;

/**
 * A batch of hand-ins in one statement (so one transaction): what each claimed (or null), or the
 * Error of its grading. Only a batch with hand-ins that need their saved answers reads them first.
 */
async function claimBatch(db: Db, batch: Claim[]): Promise<BatchResults<{ attempt: Attempt; grade: Grade } | null>> {
  const needing = batch.filter((claim) => claim.needsSaved).map((claim) => claim.participantId);
  const saved = new Map<number, { exerciseId: string; response: unknown }[]>();
  if (needing.length > 0) {
    const rows = await db
      .select({ participantId: attempts.participantId, exerciseId: answers.exerciseId, response: answers.response })
      .from(answers)
      .innerJoin(attempts, eq(attempts.id, answers.attemptId))
      .where(and(inArray(attempts.participantId, needing), isNull(attempts.submittedAt)));
    for (const { participantId, ...answer } of rows) saved.set(participantId, [...(saved.get(participantId) ?? []), answer]);
  }
  const grades = batch.map((claim) => {
    try {
      return claim.grade(saved.get(claim.participantId) ?? []);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
  const graded = batch.flatMap((claim, index) => {
    const grade = grades[index]!;
    return grade instanceof Error ? [] : [{ claim, grade }];
  });
  if (graded.length === 0) return grades.map((grade) => (grade instanceof Error ? grade : null));
  const claims = graded.map(({ claim, grade }) => ({
    participant_id: claim.participantId,
    submission_id: claim.submissionId,
    submitted_at: claim.now.toISOString(),
    points: grade.points,
    max_points: grade.maxPoints,
  }));
  const scored = graded.flatMap(({ claim, grade }) =>
    grade.answers.map(({ exerciseId, response, score }) => ({
      participant_id: claim.participantId,
      exercise_id: exerciseId,
      response,
      saved_at: claim.now.toISOString(),
      points: score.points,
      max_points: score.maxPoints,
      correct: score.correct,
      parts: score.parts,
    })),
  );
  // One statement: lock the open attempts in id order (two processes on one PostgreSQL never wait
  // on each other in a circle); claim each unless this student already handed in under this
  // submission id; then make each claimed attempt's answers exactly the graded ones (saved answers
  // no longer given go, the others are stored with their score); and for a student who came in
  // from an LMS, queue their score for it (lib/lti/scores.server.ts), in the same transaction.
  const claimed = rowsOf(
    await db.execute(sql`
      WITH v AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(claims)}::jsonb)
          AS v(participant_id integer, submission_id uuid, submitted_at timestamptz, points double precision, max_points double precision)
      ), locked AS (
        SELECT a.id FROM attempts a JOIN v ON v.participant_id = a.participant_id
        WHERE a.submitted_at IS NULL ORDER BY a.id FOR UPDATE OF a
      ), claimed AS (
        UPDATE attempts a
        SET submitted_at = v.submitted_at, submission_id = v.submission_id, points = v.points, max_points = v.max_points
        FROM v
        WHERE a.id IN (SELECT id FROM locked) AND a.participant_id = v.participant_id AND a.submitted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM attempts b WHERE b.participant_id = v.participant_id AND b.submission_id = v.submission_id)
        RETURNING a.id, a.participant_id, a.number, a.started_at
      ), r AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(scored)}::jsonb)
          AS r(participant_id integer, exercise_id text, response jsonb, saved_at timestamptz, points double precision,
               max_points double precision, correct boolean, parts jsonb)
      ), cleared AS (
        DELETE FROM answers s USING claimed c
        WHERE s.attempt_id = c.id
          AND NOT EXISTS (SELECT 1 FROM r WHERE r.participant_id = c.participant_id AND r.exercise_id = s.exercise_id)
      ), stored AS (
        INSERT INTO answers (attempt_id, exercise_id, response, saved_at, points, max_points, correct, parts)
        SELECT c.id, r.exercise_id, r.response, r.saved_at, r.points, r.max_points, r.correct, r.parts
        FROM r JOIN claimed c ON c.participant_id = r.participant_id
        ON CONFLICT (attempt_id, exercise_id) DO UPDATE SET
          response = excluded.response, saved_at = excluded.saved_at, points = excluded.points,
          max_points = excluded.max_points, correct = excluded.correct, parts = excluded.parts
      ), outbox AS (
        INSERT INTO lti_score_posts (participant_id, created_at, next_at)
        SELECT c.participant_id, v.submitted_at, v.submitted_at
        FROM claimed c JOIN v ON v.participant_id = c.participant_id JOIN participants p ON p.id = c.participant_id
        WHERE p.lti_line_item IS NOT NULL
      )
      SELECT id, participant_id, number, extract(epoch FROM started_at)::float8 * 1000 AS started_ms FROM claimed`),
  );
  const byStudent = new Map(claimed.map((row) => [Number(row.participant_id), row]));
  return batch.map((claim, index) => {
    const grade = grades[index]!;
    if (grade instanceof Error) return grade;
    const row = byStudent.get(claim.participantId);
    if (!row) return null;
    const attempt: Attempt = {
      id: Number(row.id),
      participantId: claim.participantId,
      number: Number(row.number),
      startedAt: new Date(Number(row.started_ms)),
      submittedAt: claim.now,
      submissionId: claim.submissionId,
      points: grade.points,
      maxPoints: grade.maxPoints,
    };
    return { attempt, grade };
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
      .where(and(eq(assignments.id, assignmentId), taughtBy(teacherId)));
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
