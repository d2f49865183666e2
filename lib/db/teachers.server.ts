import 'server-only';
import { and, count, eq, gt, lt, max, sql } from 'drizzle-orm';
import type { Db } from './client.server';
import { hashPassword, verifyPassword } from './password';
import { knownAddresses, knownDevices, loginAttempts, sessions, teachers } from './schema';
import { hashToken, newToken } from './tokens';

/**
 * Login limits, all within a window of 15 minutes:
 * - per account and address: 10 failures, then that address is refused for this account;
 * - per address: 30 failures over all accounts (a school's teachers share one address);
 * - per account, from addresses it never logged in from: after 5 failures each next try waits
 *   twice as long as the one before (2 s, 4 s … at most 60 s). A guesser elsewhere cannot lock
 *   the teacher out: from an address they logged in from before, only the first two limits count.
 * A browser the account logged in with before (a device cookie) counts as an address of its own,
 * so guesses from the same school address do not touch it.
 */
export const LOGIN_LIMIT = { perAccountAndIp: 10, perIp: 30, delayAfter: 5, maxDelaySeconds: 60, windowMinutes: 15 };
/** How long an address an account logged in from counts as its own. */
const KNOWN_DAYS = 90;
export const SESSION_DAYS = 14;

export type Teacher = { id: number; email: string; name: string };

/** Creates a teacher account, or says the address is taken. */
export async function signUp(
  db: Db,
  input: { name: string; email: string; password: string },
): Promise<{ ok: true; teacher: Teacher } | { ok: false; error: string }> {
  const passwordHash = await hashPassword(input.password);
  const [teacher] = await db
    .insert(teachers)
    .values({ name: input.name, email: input.email, passwordHash })
    .onConflictDoNothing({ target: teachers.email })
    .returning({ id: teachers.id, email: teachers.email, name: teachers.name });
  if (!teacher) return { ok: false, error: 'Er is al een account met dit e-mailadres. Log in, of kies een ander adres.' };
  return { ok: true, teacher };
}

// Compared against when the account does not exist, so a wrong address takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/** The wait before the next try for an account with `failures` recent failures from unknown addresses. */
export const accountDelaySeconds = (failures: number) =>
  failures < LOGIN_LIMIT.delayAfter ? 0 : Math.min(LOGIN_LIMIT.maxDelaySeconds, 2 ** (failures - LOGIN_LIMIT.delayAfter + 1));

type LoginRefusal = { ok: false; error: string; limited: boolean };

const limitedFor = (minutes: number): LoginRefusal => ({
  ok: false,
  limited: true,
  error: `Te veel mislukte pogingen om in te loggen. Wacht ${minutes} minuten en probeer het dan opnieuw.`,
});

/**
 * Decides whether this try may check a password and, if so, records it as failed, in one
 * transaction under one lock: of 40 parallel guesses at most the limit reach the password check.
 * Returns the attempt's id, or the refusal.
 */
async function admit(
  db: Db,
  input: { email: string; ip: string; now: Date; knownDevice: boolean },
): Promise<{ ok: true; id: number } | LoginRefusal> {
  const since = new Date(input.now.getTime() - LOGIN_LIMIT.windowMinutes * 60_000);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7251045)`);
    const failed = and(eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since));
    const [pair] = await tx
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(failed, eq(loginAttempts.account, input.email), eq(loginAttempts.ip, input.ip)));
    if ((pair?.n ?? 0) >= LOGIN_LIMIT.perAccountAndIp) return limitedFor(LOGIN_LIMIT.windowMinutes);
    const [byIp] = await tx
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(failed, eq(loginAttempts.ip, input.ip)));
    if ((byIp?.n ?? 0) >= LOGIN_LIMIT.perIp) return limitedFor(LOGIN_LIMIT.windowMinutes);
    const [known] = await tx
      .select({ ip: knownAddresses.ip })
      .from(knownAddresses)
      .where(
        and(
          eq(knownAddresses.account, input.email),
          eq(knownAddresses.ip, input.ip),
          gt(knownAddresses.lastAt, new Date(input.now.getTime() - KNOWN_DAYS * 24 * 3600_000)),
        ),
      );
    if (!known && !input.knownDevice) {
      const [byAccount] = await tx
        .select({ n: count(), last: max(loginAttempts.at) })
        .from(loginAttempts)
        .where(and(failed, eq(loginAttempts.account, input.email)));
      const wait = accountDelaySeconds(byAccount?.n ?? 0);
      const last = byAccount?.last ? new Date(byAccount.last).getTime() : 0;
      const left = Math.ceil((last + wait * 1000 - input.now.getTime()) / 1000);
      if (wait > 0 && left > 0) {
        return {
          ok: false,
          limited: true,
          error: `Voor dit account is vaak een verkeerd wachtwoord geprobeerd. Wacht nog ${left} seconden en probeer het dan opnieuw.`,
        };
      }
    }
    const [attempt] = await tx
      .insert(loginAttempts)
      .values({ account: input.email, ip: input.ip, at: input.now })
      .returning({ id: loginAttempts.id });
    return { ok: true, id: attempt!.id };
  });
}

/**
 * Checks a login. The try is counted before the password is checked; over a limit the password is
 * not checked at all, so guessing stays slow.
 */
export async function logIn(
  db: Db,
  input: { email: string; password: string; ip: string; now: Date; device?: string },
): Promise<{ ok: true; teacher: Teacher; device: string | null } | LoginRefusal> {
  // A browser this account logged in with before counts on its own, under its own name instead of
  // the network address: guesses from the school's shared address do not lock it out.
  const deviceHash = input.device && input.device.length <= 100 ? hashToken(input.device) : null;
  const [device] = deviceHash
    ? await db
        .select({ tokenHash: knownDevices.tokenHash })
        .from(knownDevices)
        .where(
          and(
            eq(knownDevices.tokenHash, deviceHash),
            eq(knownDevices.account, input.email),
            gt(knownDevices.lastAt, new Date(input.now.getTime() - KNOWN_DAYS * 24 * 3600_000)),
          ),
        )
    : [];
  const source = device ? `apparaat:${device.tokenHash.slice(0, 16)}` : input.ip;
  const admitted = await admit(db, { email: input.email, ip: source, now: input.now, knownDevice: Boolean(device) });
  if (!admitted.ok) return admitted;
  const [found] = await db.select().from(teachers).where(eq(teachers.email, input.email));
  dummyHash ??= hashPassword('geen account').catch((error: unknown) => {
    dummyHash = undefined; // a full hash queue must not leave a failed promise here for good
    throw error;
  });
  const valid = await verifyPassword(input.password, found?.passwordHash ?? (await dummyHash));
  if (!found || !valid) {
    // Old tries no longer count; drop them so the table stays small.
    await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(input.now.getTime() - 24 * 3600_000)));
    return { ok: false, limited: false, error: 'Het e-mailadres of het wachtwoord klopt niet.' };
  }
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, admitted.id));
  await db
    .insert(knownAddresses)
    .values({ account: input.email, ip: input.ip, lastAt: input.now })
    .onConflictDoUpdate({ target: [knownAddresses.account, knownAddresses.ip], set: { lastAt: input.now } });
  // Remember this browser: the same token again, or a new one for the cookie.
  const token = device ? null : newToken();
  await db
    .insert(knownDevices)
    .values({ tokenHash: device ? device.tokenHash : hashToken(token!), account: input.email, lastAt: input.now })
    .onConflictDoUpdate({ target: knownDevices.tokenHash, set: { lastAt: input.now } });
  return { ok: true, teacher: { id: found.id, email: found.email, name: found.name }, device: token };
}

/** Starts a session; returns the cookie's secret (only its hash is stored). */
export async function createSession(db: Db, teacherId: number, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), teacherId, expiresAt });
  return { token, expiresAt };
}

/** The teacher a session cookie belongs to, or null when it is unknown or expired. */
export async function teacherForSession(db: Db, token: string, now: Date): Promise<Teacher | null> {
  const [row] = await db
    .select({ id: teachers.id, email: teachers.email, name: teachers.name })
    .from(sessions)
    .innerJoin(teachers, eq(teachers.id, sessions.teacherId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)));
  return row ?? null;
}

/** Ends a session (log out). */
export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Ends every session of a teacher (log out on all devices); returns how many there were. */
export async function endAllSessions(db: Db, teacherId: number): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.teacherId, teacherId)).returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}
