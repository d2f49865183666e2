import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '@/lib/db/client.server';
import { errorCode } from '@/lib/db/errors';
import { openPgliteThread } from '@/lib/db/pglite-thread.server';
import { teachers } from '@/lib/db/schema';

// The server runs PGlite on a worker thread: it must behave as PGlite does in the same thread, for
// Drizzle and for the error handling that turns a dead database into a reopened one.

describe('PGlite on a worker thread', () => {
  // One thread for these tests (a new PGlite takes seconds to create); the last one stops it.
  let db: PGlite;
  beforeAll(async () => {
    db = await openPgliteThread(undefined);
  }, 60_000);
  afterAll(() => db?.close().catch(() => {}));

  test('answers queries with parameters, as objects or arrays, and keeps timestamps as text when Drizzle asks', async () => {
    const objects = await db.query<{ n: number; t: string }>('SELECT $1::int + 1 AS n, $2::text AS t', [41, 'klant']);
    expect(objects.rows).toEqual([{ n: 42, t: 'klant' }]);
    const arrays = await db.query('SELECT 1 AS a, 2 AS b', [], { rowMode: 'array' });
    expect(arrays.rows).toEqual([[1, 2]]);
    const at = "SELECT '2026-11-24 09:00:00+00'::timestamptz AS at";
    expect((await db.query<{ at: unknown }>(at)).rows[0]!.at).toBeInstanceOf(Date);
    const same = (value: string) => value;
    expect((await db.query<{ at: unknown }>(at, [], { parsers: { 1184: same } })).rows[0]!.at).toMatch(/^2026-11-24 09:00:00/);
  });

  test('a transaction commits what it wrote, and one that throws leaves nothing', async () => {
    await db.exec('CREATE TABLE t (id int PRIMARY KEY)');
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (1)');
      await tx.query('INSERT INTO t VALUES (2)');
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (3)');
        throw new Error('de hand-in gaat mis');
      }),
    ).rejects.toThrow('de hand-in gaat mis');
    expect((await db.query('SELECT id FROM t ORDER BY id')).rows).toEqual([{ id: 1 }, { id: 2 }]);
  });

  test("PostgreSQL's error code crosses the thread, so a duplicate is still a duplicate", async () => {
    await db.exec('CREATE TABLE u (id int PRIMARY KEY); INSERT INTO u VALUES (1);');
    const failure = await db.query('INSERT INTO u VALUES (1)').catch((error: unknown) => error);
    expect(errorCode(failure)).toBe('23505');
  });

  test('after the thread stopped, every call fails as a dead PGlite does (code "aborted"), so the server reopens it', async () => {
    await db.close();
    const failure = await db.query('SELECT 1').catch((error: unknown) => error);
    expect(errorCode(failure)).toBe('aborted');
  });

  test('Drizzle and the migrations run on it, and what it wrote to its folder is there for the next process', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'klantreis-thread-'));
    const handle = await openDatabase({ dataDir, thread: true });
    await handle.db.insert(teachers).values({ email: 'docent@school.nl', name: 'Docent', passwordHash: 'x' });
    const result = (await handle.db.execute(sql`SELECT count(*)::int AS count FROM teachers`)) as unknown as { rows: unknown[] };
    const rows = result.rows;
    expect(rows).toEqual([{ count: 1 }]);
    await handle.close();
    const after = new PGlite({ dataDir });
    expect((await after.query('SELECT email FROM teachers')).rows).toEqual([{ email: 'docent@school.nl' }]);
    await after.close();
  }, 60_000);
});
