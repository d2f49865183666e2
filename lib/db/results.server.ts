import 'server-only';
import { and, asc, count, countDistinct, eq, inArray, max } from 'drizzle-orm';
import type { Db } from './client.server';
import type { Answer, Attempt, Participant } from './participation.server';
import { taughtBy } from './assignments.server';
import { answers, assignments, attempts, mapHandIns, participants } from './schema';

export type StudentRecord = Participant & { attempts: (Attempt & { answers: Answer[] })[] };

/** Everyone who joined an assignment, with every attempt and answer (the caller checked ownership). */
export async function classRecords(db: Db, assignmentId: number): Promise<StudentRecord[]> {
  const people = await db
    .select()
    .from(participants)
    .where(eq(participants.assignmentId, assignmentId))
    .orderBy(asc(participants.displayName), asc(participants.id));
  if (people.length === 0) return [];
  const tries = await db
    .select()
    .from(attempts)
    .where(
      inArray(
        attempts.participantId,
        people.map((person) => person.id),
      ),
    )
    .orderBy(asc(attempts.number));
  const given = tries.length
    ? await db
        .select()
        .from(answers)
        .where(
          inArray(
            answers.attemptId,
            tries.map((attempt) => attempt.id),
          ),
        )
    : [];
  return people.map((person) => ({
    ...person,
    attempts: tries
      .filter((attempt) => attempt.participantId === person.id)
      .map((attempt) => ({ ...attempt, answers: given.filter((answer) => answer.attemptId === attempt.id) })),
  }));
}

/**
 * A short stamp of an assignment's results that changes whenever the results page would: a student
 * joins, leaves or is merged, starts or hands in an attempt, or the assignment opens or closes; for a
 * map assignment also when a student hands in a map or a hand-in is graded. Null when the assignment
 * is not this teacher's. Two small queries (three for a map) for the page that polls it.
 */
export async function resultsStamp(db: Db, teacherId: number, assignmentId: number): Promise<string | null> {
  const [owned] = await db
    .select({ kind: assignments.kind, opensAt: assignments.opensAt, closesAt: assignments.closesAt })
    .from(assignments)
    .where(and(eq(assignments.id, assignmentId), taughtBy(teacherId)));
  if (!owned) return null;
  const [totals] = await db
    .select({
      people: countDistinct(participants.id),
      lastPerson: max(participants.id),
      tries: count(attempts.id),
      lastTry: max(attempts.id),
      handedIn: count(attempts.submittedAt),
      lastHandIn: max(attempts.submittedAt),
    })
    .from(participants)
    .leftJoin(attempts, eq(attempts.participantId, participants.id))
    .where(eq(participants.assignmentId, assignmentId));
  const time = (date: Date | null | undefined) => (date ? String(date.getTime()) : '');
  const [maps] =
    owned.kind === 'kaart'
      ? await db
          .select({ handIns: count(mapHandIns.id), lastHandIn: max(mapHandIns.id), lastGrade: max(mapHandIns.gradedAt) })
          .from(mapHandIns)
          .innerJoin(participants, eq(participants.id, mapHandIns.participantId))
          .where(eq(participants.assignmentId, assignmentId))
      : [];
  return [
    ...(maps ? [maps.handIns, maps.lastHandIn ?? 0, time(maps.lastGrade)] : []),
    totals?.people ?? 0,
    totals?.lastPerson ?? 0,
    totals?.tries ?? 0,
    totals?.lastTry ?? 0,
    totals?.handedIn ?? 0,
    time(totals?.lastHandIn),
    time(owned.opensAt),
    time(owned.closesAt),
  ].join(':');
}
