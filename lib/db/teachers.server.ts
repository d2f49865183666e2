import 'server-only';
import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './client.server';
import { hashPassword, verifyPassword } from './password';
import { failedLogins, sessions, teachers } from './schema';
import { hashToken, newToken } from './tokens';

/** Failed logins allowed per window, per account and per network address. */
export const LOGIN_LIMIT = { perAccount: 10, perIp: 30, windowMinutes: 15 };
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

/**
 * Checks a login. After too many failures for the account or the address within the window it
 * refuses without checking the password, so guessing stays slow.
 */
export async function logIn(
  db: Db,
  input: { email: string; password: string; ip: string; now: Date },
): Promise<{ ok: true; teacher: Teacher } | { ok: false; error: string; limited: boolean }> {
  const since = new Date(input.now.getTime() - LOGIN_LIMIT.windowMinutes * 60_000);
  const [byAccount] = await db
    .select({ n: count() })
    .from(failedLogins)
    .where(and(eq(failedLogins.account, input.email), gt(failedLogins.at, since)));
  const [byIp] = await db
    .select({ n: count() })
    .from(failedLogins)
    .where(and(eq(failedLogins.ip, input.ip), gt(failedLogins.at, since)));
  if ((byAccount?.n ?? 0) >= LOGIN_LIMIT.perAccount || (byIp?.n ?? 0) >= LOGIN_LIMIT.perIp) {
    return {
      ok: false,
      limited: true,
      error: `Te veel mislukte pogingen om in te loggen. Wacht ${LOGIN_LIMIT.windowMinutes} minuten en probeer het dan opnieuw.`,
    };
  }
  const [found] = await db.select().from(teachers).where(eq(teachers.email, input.email));
  dummyHash ??= hashPassword('geen account');
  const valid = await verifyPassword(input.password, found?.passwordHash ?? (await dummyHash));
  if (!found || !valid) {
    await db.insert(failedLogins).values({ account: input.email, ip: input.ip, at: input.now });
    // Old failures no longer count; drop them so the table stays small.
    await db.delete(failedLogins).where(lt(failedLogins.at, new Date(input.now.getTime() - 24 * 3600_000)));
    return { ok: false, limited: false, error: 'Het e-mailadres of het wachtwoord klopt niet.' };
  }
  return { ok: true, teacher: { id: found.id, email: found.email, name: found.name } };
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
