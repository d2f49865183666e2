import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client.server';
import type { Answer, Attempt, Participant } from './participation.server';
import { answers, attempts, participants } from './schema';

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
