// The limits on what teachers and students fill in, defined once. The request schemas
// (./input.ts, zod) enforce them; the forms repeat them as HTML attributes (min, max, maxLength)
// so a browser says so before sending; the database's CHECK constraints hold the same numbers
// (a test compares lib/db/migrations with these). This module is plain constants, so a client
// form can import it without pulling zod into the browser.

/** A teacher's password has at least this many characters (and is refused when easily guessed). */
export const PASSWORD_MIN = 10;

/** The most exercises one assignment may hold (a long test is several assignments). */
export const MAX_ASSIGNMENT_EXERCISES = 40;

/** How many times a student may hand in one assignment; the best attempt counts. */
export const ATTEMPTS = { min: 1, max: 10 } as const;

/** The longest text each form field accepts, in characters. */
export const FIELD_MAX = {
  teacherName: 100,
  email: 200,
  password: 200,
  schoolCode: 200,
  title: 120,
  seed: 40,
  displayName: 60,
  studentNumber: 20,
} as const;
