import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { MapSettings } from '../assignments/map-assignment';
import type { StudioMap } from '../studio/map';
import { randomCode, taughtBy, type Assignment } from './assignments.server';
import type { Db } from './client.server';
import { queueScore } from './lti.server';
import { assignments, mapDrafts, mapHandIns, participants } from './schema';

// Map assignments in the database: the assignment with its settings, a student's draft (autosave),
// their hand-ins as snapshots, and the teacher's grade. Every map reaching this module has been
// checked by lib/server/studio-assignment.server.ts (parseMap, size); the CHECKs in SQL bound it again.

export type MapHandIn = typeof mapHandIns.$inferSelect;
export type NewMapAssignment = { title: string; opensAt: Date | null; closesAt: Date | null; settings: MapSettings };

/** Stores a new map assignment under a join code no other assignment has. */
export async function createMapAssignment(
  db: Db,
  teacherId: number,
  input: NewMapAssignment,
  makeCode = randomCode,
): Promise<Assignment> {
  for (let tries = 0; tries < 10; tries++) {
    const [row] = await db
      .insert(assignments)
      .values({
        teacherId,
        code: makeCode(),
        title: input.title,
        kind: 'kaart',
        studio: input.settings,
        // The quiz columns, unused by a map: no exercises, one hand-in at a time.
        exerciseIds: [],
        exercises: [],
        selection: { mode: 'hand' },
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        maxAttempts: 1,
        showAnswers: 'direct',
      })
      .onConflictDoNothing({ target: assignments.code })
      .returning();
    if (row) return row;
  }
  throw new Error('No free join code after 10 tries');
}

/** Writes a student's work in progress over the last one. */
export async function saveDraft(db: Db, participantId: number, map: StudioMap, now: Date): Promise<void> {
  await db
    .insert(mapDrafts)
    .values({ participantId, map, savedAt: now })
    .onConflictDoUpdate({ target: mapDrafts.participantId, set: { map: sql`excluded.map`, savedAt: sql`excluded.saved_at` } });
}

/** A student's work in progress, or null. */
export async function draftOf(db: Db, participantId: number): Promise<{ map: StudioMap; savedAt: Date } | null> {
  const [row] = await db
    .select({ map: mapDrafts.map, savedAt: mapDrafts.savedAt })
    .from(mapDrafts)
    .where(eq(mapDrafts.participantId, participantId));
  return row ?? null;
}

/**
 * Hands in a snapshot of the map (and keeps it as the draft to go on from). The same submission id
 * again stores nothing and returns the first hand-in, marked `repeated`.
 */
export async function addHandIn(
  db: Db,
  participantId: number,
  input: { submissionId: string; map: StudioMap; members: string[] },
  now: Date,
): Promise<{ handIn: MapHandIn; repeated: boolean }> {
  return db.transaction(async (tx) => {
    const [added] = await tx
      .insert(mapHandIns)
      .values({ participantId, submissionId: input.submissionId, map: input.map, members: input.members, handedInAt: now })
      .onConflictDoNothing({ target: [mapHandIns.participantId, mapHandIns.submissionId] })
      .returning();
    if (!added) {
      const [earlier] = await tx
        .select()
        .from(mapHandIns)
        .where(and(eq(mapHandIns.participantId, participantId), eq(mapHandIns.submissionId, input.submissionId)));
      return { handIn: earlier!, repeated: true };
    }
    await saveDraft(tx as unknown as Db, participantId, input.map, now);
    // From an LMS: it hears at once that the map is in and waits for the teacher's grade (PendingManual).
    await queueScore(tx, participantId, now);
    return { handIn: added, repeated: false };
  });
}

/** A student's hand-ins, oldest first. */
export async function handInsOf(db: Db, participantId: number): Promise<MapHandIn[]> {
  return db.select().from(mapHandIns).where(eq(mapHandIns.participantId, participantId)).orderBy(asc(mapHandIns.id));
}

export type ClassMap = {
  participantId: number;
  name: string;
  studentNumber: string | null;
  joinedAt: Date;
  /** The latest hand-in (the one the teacher grades), or null while the student has handed in nothing. */
  latest: MapHandIn | null;
  handIns: number;
  /** The grade of an earlier hand-in when the latest is not graded yet. */
  earlierGrade: MapHandIn | null;
};

/** Every student of a map assignment, in the order they joined, with their latest hand-in. */
export async function classMaps(db: Db, assignmentId: number): Promise<ClassMap[]> {
  const students = await db
    .select({
      id: participants.id,
      name: participants.displayName,
      studentNumber: participants.studentNumber,
      joinedAt: participants.createdAt,
    })
    .from(participants)
    .where(eq(participants.assignmentId, assignmentId))
    .orderBy(asc(participants.id));
  if (students.length === 0) return [];
  const handIns = await db
    .select()
    .from(mapHandIns)
    .where(
      inArray(
        mapHandIns.participantId,
        students.map((student) => student.id),
      ),
    )
    .orderBy(desc(mapHandIns.id));
  return students.map((student) => {
    const own = handIns.filter((handIn) => handIn.participantId === student.id);
    const latest = own[0] ?? null;
    return {
      participantId: student.id,
      name: student.name,
      studentNumber: student.studentNumber,
      joinedAt: student.joinedAt,
      latest,
      handIns: own.length,
      earlierGrade: latest?.gradedAt ? null : (own.find((handIn) => handIn.gradedAt) ?? null),
    };
  });
}

/**
 * Stores the teacher's grade on a hand-in, only when the hand-in belongs to a student of this
 * teacher's assignment. Returns false otherwise.
 */
export async function setGrade(
  db: Db,
  teacherId: number,
  assignmentId: number,
  handInId: number,
  grade: { levels: Record<string, number>; points: number; maxPoints: number; feedback: string },
  now: Date,
): Promise<boolean> {
  const owned = db
    .select({ id: participants.id })
    .from(participants)
    .innerJoin(assignments, eq(assignments.id, participants.assignmentId))
    .where(and(eq(assignments.id, assignmentId), taughtBy(teacherId)));
  return db.transaction(async (tx) => {
    const [graded] = await tx
      .update(mapHandIns)
      .set({ ...grade, gradedAt: now })
      .where(and(eq(mapHandIns.id, handInId), inArray(mapHandIns.participantId, owned)))
      .returning({ participantId: mapHandIns.participantId });
    // A grade given later goes to the LMS too (for a student who came in from one).
    if (graded) await queueScore(tx, graded.participantId, now);
    return graded !== undefined;
  });
}
