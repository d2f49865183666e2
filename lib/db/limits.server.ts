import 'server-only';
import { and, count, eq, gt, lt, min, sql } from 'drizzle-orm';
import type { Db } from './client.server';
import { rateEvents } from './schema';

/** A limit: at most `max` events per `windowSeconds` in one bucket. */
export type Limit = { max: number; windowSeconds: number };
export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

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
export async function takeSlot(db: Db, bucket: string, limit: Limit, now: Date): Promise<LimitResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${bucket}))`);
    const result = await check(tx, bucket, limit, now);
    if (result.ok) await tx.insert(rateEvents).values({ bucket, at: now });
    return result;
  });
}

/** Whether `bucket` is full, without counting anything (for misses, which are counted after the fact). */
export const isFull = (db: Db, bucket: string, limit: Limit, now: Date): Promise<LimitResult> => check(db, bucket, limit, now);

/** Records an event without a check (a miss that has happened). */
export async function record(db: Db, bucket: string, now: Date): Promise<void> {
  await db.insert(rateEvents).values({ bucket, at: now });
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
