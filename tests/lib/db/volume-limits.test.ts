import { afterEach, describe, expect, test, vi } from 'vitest';
import { lookUpCounted } from '@/lib/db/limits.server';
import { assignmentSlot, joinSlot, signUpSlot } from '@/lib/server/volume-limits.server';
import { databaseKinds, useFreshDatabase } from '../../support/databases';

const T0 = new Date('2026-11-24T09:00:00Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe.each(databaseKinds)('volume limits on %s', (kind) => {
  const fresh = useFreshDatabase(kind);
  afterEach(() => vi.unstubAllEnvs());

  test('joins are limited per address and per assignment, each by its own setting', async () => {
    vi.stubEnv('JOIN_LIMIT_PER_ADDRESS', '3');
    vi.stubEnv('JOIN_LIMIT_PER_ASSIGNMENT', '5');
    // One client making students in a burst: three get in, the rest wait.
    const burst = await Promise.all(Array.from({ length: 10 }, () => joinSlot(fresh.db, '10.0.0.1', 1, T0)));
    expect(burst.filter((result) => result.ok)).toHaveLength(3);
    // Other addresses fill the assignment up to its own limit per minute.
    const others = [];
    for (let i = 0; i < 4; i++) others.push(await joinSlot(fresh.db, `10.0.1.${i}`, 1, T0));
    expect(others.map((result) => result.ok)).toEqual([true, true, false, false]);
    expect((await joinSlot(fresh.db, '10.0.2.1', 2, T0)).ok).toBe(true);
    expect((await joinSlot(fresh.db, '10.0.1.9', 1, later(61))).ok).toBe(true);
  });

  test('guessed join codes: a burst of misses gets at most the limit of answers, and hits never count', async () => {
    const limit = { max: 3, windowSeconds: 600 };
    const lookUp = (found: boolean, ip: string) =>
      lookUpCounted(fresh.db, `code-miss:${ip}`, limit, T0, async () => (found ? 'opdracht' : null));
    // A class opening the right link at once from one school address: every one gets in.
    const hits = await Promise.all(Array.from({ length: 30 }, () => lookUp(true, '10.2.0.1')));
    expect(hits.every((result) => result.ok)).toBe(true);
    // A guesser in a burst: three misses are answered as misses, everything after that is refused.
    const guesses = await Promise.all(Array.from({ length: 50 }, () => lookUp(false, '10.2.0.2')));
    expect(guesses.filter((result) => !result.ok && 'miss' in result)).toHaveLength(3);
    expect(guesses.filter((result) => !result.ok && 'retryAfterSeconds' in result)).toHaveLength(47);
    // Even a right code is refused to that address for the rest of the window.
    expect(await lookUp(true, '10.2.0.2')).toEqual({ ok: false, retryAfterSeconds: 600 });
  });

  test('sign-ups are limited per address per hour, assignments per teacher per day', async () => {
    vi.stubEnv('SIGNUP_LIMIT_PER_ADDRESS', '2');
    vi.stubEnv('ASSIGNMENT_LIMIT_PER_DAY', '2');
    const signUps = await Promise.all(Array.from({ length: 30 }, () => signUpSlot(fresh.db, '10.1.0.1', T0)));
    expect(signUps.filter((result) => result.ok)).toHaveLength(2);
    expect(await signUpSlot(fresh.db, '10.1.0.1', later(1800))).toEqual({ ok: false, retryAfterSeconds: 1800 });
    expect((await signUpSlot(fresh.db, '10.1.0.1', later(3601))).ok).toBe(true);
    const made = await Promise.all(Array.from({ length: 30 }, () => assignmentSlot(fresh.db, 7, T0)));
    expect(made.filter((result) => result.ok)).toHaveLength(2);
    expect((await assignmentSlot(fresh.db, 8, T0)).ok).toBe(true);
  });
});
