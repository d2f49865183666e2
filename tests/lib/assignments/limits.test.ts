import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CreateAssignmentSchema, JoinSchema, SignUpSchema } from '@/lib/assignments/input';
import { ATTEMPTS, FIELD_MAX, MAX_ASSIGNMENT_EXERCISES, PASSWORD_MIN } from '@/lib/assignments/limits';
import { SHOW_ANSWERS } from '@/lib/assignments/types';

const MIGRATIONS = path.join(import.meta.dirname, '../../../lib/db/migrations');

/** Every migration's SQL, oldest first: a later migration may replace an earlier constraint. */
const migrations = readdirSync(MIGRATIONS)
  .filter((file) => file.endsWith('.sql'))
  .sort()
  .map((file) => readFileSync(path.join(MIGRATIONS, file), 'utf8'));

/** The last match of `pattern` over all migrations (the constraint in force), or null. */
function lastMatch(pattern: RegExp): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  for (const sql of migrations) for (const match of sql.matchAll(new RegExp(pattern, 'g'))) found = match as RegExpExecArray;
  return found;
}

describe('the database holds the same limits as the TypeScript', () => {
  test('the migrations are there to read', () => {
    expect(migrations.length).toBeGreaterThan(0);
  });

  test('max_attempts is checked BETWEEN ATTEMPTS.min AND ATTEMPTS.max', () => {
    const match = lastMatch(/CHECK \(max_attempts BETWEEN (\d+) AND (\d+)\)/);
    expect(match, 'no CHECK on max_attempts in lib/db/migrations').not.toBeNull();
    expect({ min: Number(match![1]), max: Number(match![2]) }).toEqual(ATTEMPTS);
  });

  test('show_answers is checked IN the values of SHOW_ANSWERS', () => {
    const match = lastMatch(/CHECK \(show_answers IN \(([^)]*)\)\)/);
    expect(match, 'no CHECK on show_answers in lib/db/migrations').not.toBeNull();
    const values = match![1]!.split(',').map((value) => value.trim().replace(/^'|'$/g, ''));
    expect(values).toEqual([...SHOW_ANSWERS]);
  });
});

describe('the request schemas enforce the limits', () => {
  const assignment = (fields: Record<string, unknown>) =>
    CreateAssignmentSchema.safeParse({ title: 'Toets', mode: 'trekking', maxAttempts: '1', showAnswers: 'direct', ...fields });

  test.each([
    [ATTEMPTS.min - 1, false],
    [ATTEMPTS.min, true],
    [ATTEMPTS.max, true],
    [ATTEMPTS.max + 1, false],
  ])('%s attempts: accepted %s', (attempts, ok) => {
    expect(assignment({ maxAttempts: String(attempts) }).success).toBe(ok);
  });

  test('a draw takes at most MAX_ASSIGNMENT_EXERCISES per lesson', () => {
    expect(assignment({ perLesson: String(MAX_ASSIGNMENT_EXERCISES) }).success).toBe(true);
    expect(assignment({ perLesson: String(MAX_ASSIGNMENT_EXERCISES + 1) }).success).toBe(false);
  });

  test('a password has at least PASSWORD_MIN characters', () => {
    const signUp = (password: string) => SignUpSchema.safeParse({ name: 'Anna', email: 'anna@school.nl', password });
    expect(signUp('x'.repeat(PASSWORD_MIN)).success).toBe(true);
    const short = signUp('x'.repeat(PASSWORD_MIN - 1));
    expect(short.error?.issues[0]?.message).toBe(`Kies een wachtwoord van minstens ${PASSWORD_MIN} tekens.`);
  });

  test('text fields stop at FIELD_MAX', () => {
    expect(assignment({ title: 't'.repeat(FIELD_MAX.title) }).success).toBe(true);
    expect(assignment({ title: 't'.repeat(FIELD_MAX.title + 1) }).success).toBe(false);
    expect(assignment({ seed: 's'.repeat(FIELD_MAX.seed + 1) }).success).toBe(false);
    expect(JoinSchema.safeParse({ displayName: 'a'.repeat(FIELD_MAX.displayName) }).success).toBe(true);
    expect(JoinSchema.safeParse({ displayName: 'a'.repeat(FIELD_MAX.displayName + 1) }).success).toBe(false);
    expect(JoinSchema.safeParse({ displayName: 'Anna', studentNumber: '1'.repeat(FIELD_MAX.studentNumber + 1) }).success).toBe(
      false,
    );
  });
});
