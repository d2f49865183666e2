import 'server-only';
import { and, count, eq, gt, lt, min, sql } from 'drizzle-orm';
import type { Db } from './client.server';
import { rateEvents } from './schema';

/** A limit: at most `max` events per `windowSeconds` in one bucket. */
export type Limit = { max: number; windowSeconds: number };
export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };
export type Slot = { ok: true; id: number } | { ok: false; retryAfterSeconds: number };

/** How full a bucket is now: a refusal with the wait until its oldest event leaves the window, or ok. */
async function check(db: Pick<Db, 'select'>, bucket: string, limit: Limit, now: Date): Promise<LimitResult> {
  const since = new Date(now.getTime() - limit.windowSeconds * 1000);
  const [row] = await db
    .select({ n: count(), oldest: min(rateEvents.at) })
    .from(rateEvents)
    .where(and(eq(rateEvents.bucket, bucket), gt(rateEvents.at, since)));
  if ((row?.n ?? 0) < limit.max) return { ok: true };
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : now.getTime();
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + limit.windowSeconds * 1000 - now.getTime()) / 1000)) };
}

/**
 * Counts an event in `bucket` unless the bucket is full. Counting and recording happen in one
 * transaction under a lock on the bucket, so a burst of parallel requests cannot all slip under.
 */
export async function takeSlot(db: Db, bucket: string, limit: Limit, now: Date): Promise<Slot> {
  const slot = await db.transaction(async (tx): Promise<Slot> => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${bucket}))`);
    const result = await check(tx, bucket, limit, now);
    if (!result.ok) return result;
    const [event] = await tx.insert(rateEvents).values({ bucket, at: now }).returning({ id: rateEvents.id });
    return { ok: true, id: event!.id };
  });
  // Now and then, drop what no window looks at any more.
  if (slot.ok && slot.id % 1000 === 0) await forgetOldEvents(db, now);
  return slot;
}

/**
 * Looks something up that only counts against the limit when it is not found (a join code), in one
 * transaction under the bucket's lock: parallel tries from one address take turns and each sees the
 * misses before it, while hits never count, so a class opening the same link at once is not refused.
 */
export async function lookUpCounted<T>(
  db: Db,
  bucket: string,
  limit: Limit,
  now: Date,
  lookUp: (db: Db) => Promise<T | null>,
): Promise<{ ok: true; value: T } | { ok: false; retryAfterSeconds: number } | { ok: false; miss: true }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${bucket}))`);
    const room = await check(tx, bucket, limit, now);
    if (!room.ok) return room;
    const value = await lookUp(tx as unknown as Db);
    if (value !== null) return { ok: true as const, value };
    await tx.insert(rateEvents).values({ bucket, at: now });
    return { ok: false as const, miss: true as const };
  });
}

/** Drops events older than a day, so the table stays small. */
export async function forgetOldEvents(db: Db, now: Date): Promise<void> {
  await db.delete(rateEvents).where(lt(rateEvents.at, new Date(now.getTime() - 24 * 3600_000)));
}

/** "3 minuten" / "40 seconden", for a message that says how long to wait. */
export function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} seconden`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
}
