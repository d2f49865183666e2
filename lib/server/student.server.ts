import 'server-only';
import { cookies } from 'next/headers';
import { normalizeCode } from '../assignments/code';
import { assignmentByCode, type Assignment } from '../db/assignments.server';
import { getDb } from '../db/client.server';
import { participantByToken, type Participant } from '../db/participation.server';
import { bothBanks } from '../content/toetsbank.server';
import { isFull, record, waitText } from '../db/limits.server';
import { limits } from './limits.server';
import type { Exercise } from '../scoring';

/** The cookie that tells which student this browser is, for one assignment. */
export const participantCookie = (code: string) => `klantreis_opdracht_${code}`;
export const PARTICIPANT_DAYS = 60;

export type CodeLookup =
  | { ok: true; assignment: Assignment; exercises: Exercise[] }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'limited'; retryAfterSeconds: number };

/**
 * An assignment by its code (as typed). A code that does not exist counts as a miss for the
 * address; after too many misses the address gets no answer for a while, so guessing codes is
 * hopeless (31^6 codes, 20 tries per 10 minutes).
 */
export async function lookUpCode(rawCode: string, ip: string, now = new Date()): Promise<CodeLookup> {
  const db = await getDb();
  const bucket = `code-miss:${ip}`;
  const full = await isFull(db, bucket, limits().codeMissesPerAddress, now);
  if (!full.ok) return { ok: false, reason: 'limited', retryAfterSeconds: full.retryAfterSeconds };
  const code = normalizeCode(rawCode);
  const assignment = code ? await assignmentByCode(db, code) : null;
  if (!assignment) {
    await record(db, bucket, now);
    return { ok: false, reason: 'unknown' };
  }
  return { ok: true, assignment, exercises: await exercisesOf(assignment) };
}

/** The Dutch message for a code that was not found, or for an address that tried too many. */
export const codeMissMessage = (lookup: Exclude<CodeLookup, { ok: true }>) =>
  lookup.reason === 'limited'
    ? `Er zijn vanaf dit netwerk te veel codes geprobeerd die niet bestaan. Wacht ${waitText(lookup.retryAfterSeconds)} en probeer het dan opnieuw.`
    : 'Er is geen opdracht met deze code. Kijk of je de code goed hebt overgenomen.';

/** An assignment's exercises from the toetsbank or the practice bank; one removed since is left out, not a crash. */
export async function exercisesOf(assignment: Assignment): Promise<Exercise[]> {
  const { course, testBank } = await bothBanks();
  return assignment.exerciseIds.flatMap((id) => testBank.get(id) ?? course.bank.get(id) ?? []);
}

/** The student this browser joined the assignment as, or null. */
export async function currentParticipant(assignment: Assignment): Promise<Participant | null> {
  const token = (await cookies()).get(participantCookie(assignment.code))?.value;
  if (!token || token.length > 100) return null;
  return participantByToken(await getDb(), assignment.id, token);
}
