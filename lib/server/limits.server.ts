import 'server-only';
import type { Limit } from '../db/limits.server';

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
  /** Students in one assignment. */
  studentsPerAssignment: setting('MAX_STUDENTS_PER_ASSIGNMENT', 300),
});
