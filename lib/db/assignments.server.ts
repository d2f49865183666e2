import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, count, countDistinct, desc, eq, getTableColumns, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { codeFromBytes } from '../assignments/code';
import type { Selection, ShowAnswers } from '../assignments/types';
import type { Exercise } from '../scoring';
import type { Db } from './client.server';
import { assignments, attempts, mapHandIns, participants } from './schema';

export type Assignment = typeof assignments.$inferSelect;
export type NewAssignment = {
  title: string;
  /** The exercises as they are now: the assignment keeps this copy, so a later edit of the bank changes no grade. */
  exercises: Exercise[];
  selection: Selection;
  opensAt: Date | null;
  closesAt: Date | null;
  maxAttempts: number;
  showAnswers: ShowAnswers;
};

/**
 * Whether a teacher may see and manage an assignment: they made it, or they teach an LMS course it
 * was added to (lti_assignment_teachers). Deleting it stays with the one who made it.
 */
export const taughtBy = (teacherId: number) =>
  or(
    eq(assignments.teacherId, teacherId),
    sql`EXISTS (SELECT 1 FROM lti_assignment_teachers t WHERE t.assignment_id = ${assignments.id} AND t.teacher_id = ${teacherId})`,
  )!;

/** A fresh random join code. */
export function randomCode(): string {
  for (;;) {
    const code = codeFromBytes(randomBytes(16));
    if (code) return code;
  }
}

/** Stores a new assignment under a join code no other assignment has. */
export async function createAssignment(
  db: Db,
  teacherId: number,
  input: NewAssignment,
  makeCode = randomCode,
): Promise<Assignment> {
  // 31^6 ≈ 887 million codes: a clash is rare, and the unique index catches it; then draw again.
  for (let tries = 0; tries < 10; tries++) {
    const [row] = await db
      .insert(assignments)
      .values({ ...input, exerciseIds: input.exercises.map((exercise) => exercise.id), teacherId, code: makeCode() })
      .onConflictDoNothing({ target: assignments.code })
      .returning();
    if (row) return row;
  }
  throw new Error('No free join code after 10 tries');
}

/**
 * A teacher's assignments, newest first, with how many students handed in: for a quiz who handed in
 * their first attempt, for a map assignment who handed in at least one map.
 */
export async function listAssignments(db: Db, teacherId: number) {
  // Not the exercises' copy (up to 40 definitions each) nor a map assignment's settings (its starting
  // map and rubric): the list shows none of it.
  const { exercises: _copy, secret: _secret, studio: _studio, ...listed } = getTableColumns(assignments);
  const rows = await db.select(listed).from(assignments).where(taughtBy(teacherId)).orderBy(desc(assignments.id));
  const [quizzes, maps] = await Promise.all([
    db
      .select({ assignmentId: participants.assignmentId, n: count(participants.id) })
      .from(participants)
      .innerJoin(attempts, eq(attempts.participantId, participants.id))
      .innerJoin(assignments, eq(assignments.id, participants.assignmentId))
      .where(and(taughtBy(teacherId), eq(assignments.kind, 'toets'), isNotNull(attempts.submittedAt), eq(attempts.number, 1)))
      .groupBy(participants.assignmentId),
    db
      .select({ assignmentId: participants.assignmentId, n: countDistinct(participants.id) })
      .from(participants)
      .innerJoin(mapHandIns, eq(mapHandIns.participantId, participants.id))
      .innerJoin(assignments, eq(assignments.id, participants.assignmentId))
      .where(and(taughtBy(teacherId), eq(assignments.kind, 'kaart')))
      .groupBy(participants.assignmentId),
  ]);
  const byAssignment = new Map([...quizzes, ...maps].map((row) => [row.assignmentId, row.n]));
  return rows.map((row) => ({ ...row, students: byAssignment.get(row.id) ?? 0 }));
}

/** One assignment, only when it belongs to this teacher (another teacher's id gives null). */
export async function assignmentOfTeacher(db: Db, teacherId: number, id: number): Promise<Assignment | null> {
  const [row] = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, id), taughtBy(teacherId)));
  return row ?? null;
}

/**
 * Gives an assignment made before snapshots (migration 0005) its copy of the exercises, once: of two
 * requests at once, the first copy stays. Returns the copy the assignment keeps.
 */
export async function freezeExercises(db: Db, id: number, exercises: Exercise[]): Promise<Exercise[]> {
  const [set] = await db
    .update(assignments)
    .set({ exercises })
    .where(and(eq(assignments.id, id), isNull(assignments.exercises)))
    .returning({ exercises: assignments.exercises });
  if (set?.exercises) return set.exercises;
  const [kept] = await db.select({ exercises: assignments.exercises }).from(assignments).where(eq(assignments.id, id));
  return kept?.exercises ?? exercises;
}

/** The assignment behind a join code, or null. */
export async function assignmentByCode(db: Db, code: string): Promise<Assignment | null> {
  const [row] = await db.select().from(assignments).where(eq(assignments.code, code));
  return row ?? null;
}

/**
 * Closes an assignment now, or opens it again without a closing time. Returns false when the
 * assignment is not this teacher's.
 */
export async function setClosed(db: Db, teacherId: number, id: number, closed: boolean, now: Date): Promise<boolean> {
  const changed = await db
    .update(assignments)
    .set(closed ? { closesAt: now } : { closesAt: null, opensAt: null })
    .where(and(eq(assignments.id, id), taughtBy(teacherId)))
    .returning({ id: assignments.id });
  return changed.length > 0;
}

/**
 * Deletes an assignment with everything students gave for it (names, answers, scores). Returns
 * false when it is not this teacher's.
 */
export async function deleteAssignment(db: Db, teacherId: number, id: number): Promise<boolean> {
  const deleted = await db
    .delete(assignments)
    .where(and(eq(assignments.id, id), eq(assignments.teacherId, teacherId)))
    .returning({ id: assignments.id });
  return deleted.length > 0;
}
