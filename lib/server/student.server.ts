import 'server-only';
import { cookies } from 'next/headers';
import { normalizeCode } from '../assignments/code';
import { assignmentByCode, type Assignment } from '../db/assignments.server';
import { getDb } from '../db/client.server';
import { participantByToken, type Participant } from '../db/participation.server';
import { getCourse } from '../content/course.server';
import type { Exercise } from '../scoring';

/** The cookie that tells which student this browser is, for one assignment. */
export const participantCookie = (code: string) => `klantreis_opdracht_${code}`;
export const PARTICIPANT_DAYS = 60;

/** An assignment by its code (as typed), with its exercises from the bank; null when unknown. */
export async function assignmentFor(rawCode: string): Promise<{ assignment: Assignment; exercises: Exercise[] } | null> {
  const code = normalizeCode(rawCode);
  if (!code) return null;
  const assignment = await assignmentByCode(await getDb(), code);
  if (!assignment) return null;
  return { assignment, exercises: await exercisesOf(assignment) };
}

/** An assignment's exercises from the bank; one removed from the bank since is left out, not a crash. */
export async function exercisesOf(assignment: Assignment): Promise<Exercise[]> {
  const { bank } = await getCourse();
  return assignment.exerciseIds.flatMap((id) => bank.get(id) ?? []);
}

/** The student this browser joined the assignment as, or null. */
export async function currentParticipant(assignment: Assignment): Promise<Participant | null> {
  const token = (await cookies()).get(participantCookie(assignment.code))?.value;
  if (!token || token.length > 100) return null;
  return participantByToken(await getDb(), assignment.id, token);
}
