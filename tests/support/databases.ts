import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@/lib/db/client.server';

const postgresUrl = inject('postgresUrl');

/** The databases every database test runs on: PGlite always, PostgreSQL where there is one. */
export const databaseKinds = postgresUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const);
export type DatabaseKind = (typeof databaseKinds)[number];

/** A fresh, migrated, empty database of that kind; close() throws it away. */
export async function freshDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') return openDatabase({});
  const name = `klantreis_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl! });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresUrl!);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: postgresUrl! });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE ${name}`);
      await cleanup.end();
    },
  };
}

/** A fresh database of that kind for the surrounding describe block: opened before its tests, closed after. */
export function useFreshDatabase(kind: DatabaseKind): { readonly handle: DatabaseHandle; readonly db: DatabaseHandle['db'] } {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  }, 60_000);
  afterAll(() => handle?.close());
  return {
    get handle() {
      return handle!;
    },
    get db() {
      return handle!.db;
    },
  };
}
