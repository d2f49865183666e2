import 'server-only';
import { createHmac } from 'node:crypto';
import { cookies } from 'next/headers';
import { normalizeCode } from '../assignments/code';
import { asQuestion, type OptionKey, type Question } from '../assignments/questions';
import { assignmentByCode, freezeExercises, type Assignment } from '../db/assignments.server';
import { getDb } from '../db/client.server';
import { participantForCode, type Participant } from '../db/participation.server';
import { exercisesByIds } from '../content/toetsbank.server';
import { lookUpCounted, waitText } from '../db/limits.server';
import { limits } from './volume-limits.server';
import type { Exercise } from '../scoring';
import type { CookieJar } from './request.server';

/** The cookie that tells which student this browser is, for one assignment. */
export const participantCookie = (code: string) => `klantreis_opdracht_${code}`;
export const PARTICIPANT_DAYS = 60;
/** That cookie's attributes: httpOnly, SameSite=Lax, Secure on HTTPS (a join with the code and an LMS launch alike). */
export const participantCookieOptions = (secure: boolean) =>
  ({ httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: PARTICIPANT_DAYS * 24 * 3600 }) as const;

export type CodeLookup =
  | { ok: true; assignment: Assignment; exercises: Exercise[] }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'limited'; retryAfterSeconds: number };

/**
 * An assignment by its code (as typed). A code that does not exist counts as a miss for the
 * address; after too many misses the address gets no answer for a while, even in a burst (the
 * look-ups of one address take turns), so guessing codes is hopeless (31^6 codes, 20 tries per 10
 * minutes). A code that exists never counts.
 */
export async function lookUpCode(rawCode: string, ip: string, now = new Date()): Promise<CodeLookup> {
  const code = normalizeCode(rawCode);
  const found = await lookUpCounted(await getDb(), `code-miss:${ip}`, limits().codeMissesPerAddress, now, (db) =>
    code ? assignmentByCode(db, code) : Promise.resolve(null),
  );
  if (found.ok) return { ok: true, assignment: found.value, exercises: await exercisesOf(found.value) };
  return 'miss' in found
    ? { ok: false, reason: 'unknown' }
    : { ok: false, reason: 'limited', retryAfterSeconds: found.retryAfterSeconds };
}

/**
 * The assignment behind a code and the student this browser joined it as: found by their cookie
 * (never counted against guessing), or else the assignment alone, as a look-up that counts.
 * For the assignment page and for every student request; `jar` is the request's cookies (Next's
 * cookies() when not given).
 */
export async function assignmentForStudent(
  rawCode: string,
  ip: string,
  jar?: CookieJar,
): Promise<{ lookup: CodeLookup; participant: Participant | null }> {
  const code = normalizeCode(rawCode);
  const token = code ? (jar ?? (await cookies())).get(participantCookie(code))?.value : undefined;
  const mine = code && token && token.length <= 100 ? await participantForCode(await getDb(), code, token) : null;
  if (mine)
    return {
      lookup: { ok: true, assignment: mine.assignment, exercises: await exercisesOf(mine.assignment) },
      participant: mine.participant,
    };
  return { lookup: await lookUpCode(rawCode, ip), participant: null };
}

/** The Dutch message for a code that was not found, or for an address that tried too many. */
export const codeMissMessage = (lookup: Exclude<CodeLookup, { ok: true }>) =>
  lookup.reason === 'limited'
    ? `Er zijn vanaf dit netwerk te veel codes geprobeerd die niet bestaan. Wacht ${waitText(lookup.retryAfterSeconds)} en probeer het dan opnieuw.`
    : 'Er is geen opdracht met deze code. Kijk of je de code goed hebt overgenomen.';

/**
 * An assignment's exercises: the copy it was made with, never the bank as it is now. An assignment
 * older than that copy gets it on first read, from the toetsbank or the practice bank (an exercise
 * removed from the bank since is left out, not a crash).
 */
export async function exercisesOf(assignment: Assignment): Promise<Exercise[]> {
  if (assignment.exercises) return assignment.exercises;
  return freezeExercises(await getDb(), assignment.id, await exercisesByIds(assignment.exerciseIds));
}

/** The assignment's questions as its students' pages know them (question ids, keyed option ids). */
export function questionsOf(assignment: Assignment, exercises: readonly Exercise[]): Question[] {
  const key: OptionKey = (index, optionId) =>
    createHmac('sha256', assignment.secret).update(`${index}\u0000${optionId}`).digest('base64url').slice(0, 12);
  return exercises.map((exercise, index) => asQuestion(exercise, index, key));
}
