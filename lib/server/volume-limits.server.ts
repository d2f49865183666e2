import 'server-only';
import type { Db } from '../db/client.server';
import { takeSlot, waitText, type Limit, type LimitResult } from '../db/limits.server';

// The volume limits, each a setting with a default (README: "Limits"). Read per call, so a test or
// a benchmark can set them in the environment.

const setting = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
};

export const limits = () => ({
  /** New teacher accounts from one address. */
  signUpsPerAddress: { max: setting('SIGNUP_LIMIT_PER_ADDRESS', 10), windowSeconds: 3600 } satisfies Limit,
  /** New assignments by one teacher. */
  assignmentsPerTeacher: { max: setting('ASSIGNMENT_LIMIT_PER_DAY', 50), windowSeconds: 24 * 3600 } satisfies Limit,
  /** Students joining from one address: a class behind one school address fits several times. */
  joinsPerAddress: { max: setting('JOIN_LIMIT_PER_ADDRESS', 120), windowSeconds: 600 } satisfies Limit,
  /** Students joining one assignment. */
  joinsPerAssignment: { max: setting('JOIN_LIMIT_PER_ASSIGNMENT', 60), windowSeconds: 60 } satisfies Limit,
  /** Join codes tried that do not exist, from one address: guessing a code becomes hopeless. */
  codeMissesPerAddress: { max: setting('CODE_MISS_LIMIT_PER_ADDRESS', 20), windowSeconds: 600 } satisfies Limit,
  /** LTI logins from one address (each stores a login state): a year group behind one school address fits. */
  ltiLoginsPerAddress: { max: setting('LTI_LOGIN_LIMIT_PER_ADDRESS', 600), windowSeconds: 600 } satisfies Limit,
  /** Students in one assignment. */
  studentsPerAssignment: setting('MAX_STUDENTS_PER_ASSIGNMENT', 300),
});

/** A student may join: the address and the assignment each have a slot left (counted when granted). */
export async function joinSlot(db: Db, ip: string, assignmentId: number, now: Date): Promise<LimitResult> {
  const { joinsPerAddress, joinsPerAssignment } = limits();
  const byAddress = await takeSlot(db, `join-ip:${ip}`, joinsPerAddress, now);
  if (!byAddress.ok) return byAddress;
  return takeSlot(db, `join-assignment:${assignmentId}`, joinsPerAssignment, now);
}

/** A new teacher account may be made from this address. */
export const signUpSlot = (db: Db, ip: string, now: Date) => takeSlot(db, `signup:${ip}`, limits().signUpsPerAddress, now);

/** This teacher may make another assignment today. */
export const assignmentSlot = (db: Db, teacherId: number, now: Date) =>
  takeSlot(db, `assignments:${teacherId}`, limits().assignmentsPerTeacher, now);

/**
 * Takes one of today's assignments of this teacher (a quiz or a map alike). Returns the Dutch refusal
 * when the day's are used up, otherwise null.
 */
export async function assignmentCapError(db: Db, teacherId: number, now: Date): Promise<string | null> {
  const cap = await assignmentSlot(db, teacherId, now);
  if (cap.ok) return null;
  return `Je hebt vandaag al ${limits().assignmentsPerTeacher.max} opdrachten gemaakt. Dat is het maximum per dag; probeer het over ${waitText(cap.retryAfterSeconds)} opnieuw.`;
}
