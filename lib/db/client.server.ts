import 'server-only';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import './errors';
import { lockFolder } from './folder-lock.server';
import { canUseThread, openPgliteThread } from './pglite-thread.server';
import { migrate, type MigrationTarget } from './migrate';
import * as schema from './schema';

/** One database type for both drivers: queries are written once. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseHandle = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs migrations again (they skip what is applied); also used by the schema test. */
  migrationTarget: MigrationTarget;
  /** Plain SQL, for checks that Drizzle does not cover (information_schema). */
  query: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
};

/** Migrations on a PGlite: each in a transaction of its own. */
export function pgliteMigrationTarget(client: PGlite): MigrationTarget {
  return {
    transaction: (work) =>
      client.transaction((tx) =>
        work({
          exec: async (sql) => void (await tx.exec(sql)),
          query: (sql, params) => tx.query<Record<string, unknown>>(sql, params),
        }),
      ),
  };
}

/**
 * Opens a database and brings its schema up to date: PostgreSQL when a URL is given, else the
 * embedded PGlite in `dataDir` (in memory without one).
 */
export async function openDatabase(options: {
  url?: string;
  dataDir?: string;
  /** PGlite only: start from this dump (PGlite's dumpDataDir), e.g. an already migrated template. */
  from?: Blob;
  /** PGlite only: run it on a worker thread of its own (lib/db/pglite-thread.server.ts). */
  thread?: boolean;
}): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    const migrationTarget: MigrationTarget = {
      async transaction(work) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work({
            exec: async (sql) => void (await client.query(sql)),
            query: (sql, params) => client.query(sql, params),
          });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
      },
    };
    await migrate(migrationTarget);
    return {
      db: drizzlePg({ client: pool, schema }) as unknown as Db,
      kind: 'postgres',
      migrationTarget,
      query: async (sql, params) => (await pool.query(sql, params)).rows,
      close: () => pool.end(),
    };
  }
  let release = () => {};
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    release = lockFolder(options.dataDir);
  }
  let client: PGlite;
  try {
    if (options.thread && !options.from) client = await openPgliteThread(options.dataDir);
    else {
      client = new PGlite({ dataDir: options.dataDir, loadDataDir: options.from });
      await client.waitReady;
    }
  } catch (error) {
    release();
    throw error;
  }
  const migrationTarget = pgliteMigrationTarget(client);
  try {
    await migrate(migrationTarget);
  } catch (error) {
    await client.close().catch(() => {});
    release();
    throw error;
  }
  return {
    db: drizzlePglite({ client, schema }) as unknown as Db,
    kind: 'pglite',
    migrationTarget,
    query: async (sql, params) => (await client.query<Record<string, unknown>>(sql, params)).rows,
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

/** Where the embedded database keeps its files: DATABASE_DIR, or ./data. */
export const dataDir = () => path.resolve(/* turbopackIgnore: true */ process.env.DATABASE_DIR || 'data');

// One database per process. Kept on globalThis so that a dev-server reload, which evaluates this
// module again, reuses the open PGlite instead of opening its files a second time.
const holder = globalThis as typeof globalThis & { __klantreisDb?: Promise<DatabaseHandle> };

/** The process's database, opened (and migrated) on first use. */
export async function getDb(): Promise<Db> {
  holder.__klantreisDb ??= openDatabase(
    process.env.DATABASE_URL
      ? { url: process.env.DATABASE_URL }
      : // The server runs PGlite on a thread of its own; KLANTREIS_DB_THREAD=0 keeps it on the server's.
        { dataDir: dataDir(), thread: process.env.KLANTREIS_DB_THREAD !== '0' && canUseThread() },
  ).catch((error: unknown) => {
    holder.__klantreisDb = undefined;
    throw error;
  });
  return (await holder.__klantreisDb).db;
}

/**
 * Opens and migrates the database when the server starts (instrumentation.ts), so that a folder
 * in use by another process, or a migration that fails, stops the server before it says "Ready".
 */
export async function openAtStart(): Promise<{ kind: DatabaseHandle['kind'] }> {
  await getDb();
  return { kind: (await holder.__klantreisDb!).kind };
}

/**
 * After PGlite aborted (its WASM runtime died, e.g. on a full disk), every later query fails.
 * Dropping the instance makes the next request open it again from what is on disk, where every
 * committed write is. The folder lock is released and taken again.
 */
export async function dropBrokenDatabase(): Promise<void> {
  const open = holder.__klantreisDb;
  holder.__klantreisDb = undefined;
  const handle = await open?.catch(() => undefined);
  await handle?.close().catch(() => {});
}
