import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, pgliteMigrationTarget, type DatabaseHandle } from '@/lib/db/client.server';
import { MIGRATIONS_DIR, migrate } from '@/lib/db/migrate';

const postgresUrl = inject('postgresUrl');

/** The databases every database test runs on: PGlite always, PostgreSQL where there is one. */
export const databaseKinds = postgresUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const);
export type DatabaseKind = (typeof databaseKinds)[number];

/**
 * An empty PGlite with every migration applied, as a dump to start from: a new PGlite takes about 3 s
 * to create its cluster, one loaded from this dump about 1 s. Kept in the temp folder under a name
 * that changes with the migrations and PGlite's version, so test files (and runs) share it; read once
 * per module graph.
 */
let template: Promise<Blob> | undefined;
function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const hash = createHash('sha256');
    hash.update(JSON.parse(readFileSync(path.join('node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version);
    for (const name of readdirSync(MIGRATIONS_DIR).sort())
      hash.update(name).update(readFileSync(path.join(MIGRATIONS_DIR, name)));
    const file = path.join(tmpdir(), `klantreis-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
    if (!existsSync(file)) {
      const client = new PGlite();
      await migrate(pgliteMigrationTarget(client));
      const dump = await client.dumpDataDir('none');
      await client.close();
      // Written aside and renamed, so that a reader never sees half a file.
      const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, file);
    }
    return new Blob([readFileSync(file)]);
  })();
  return template;
}

/**
 * A fresh, migrated, empty database of that kind; close() throws it away. On PostgreSQL,
 * `openAgain()` opens a second connection pool to it, as a second server process would.
 */
export async function freshDatabase(kind: DatabaseKind): Promise<DatabaseHandle & { openAgain?: () => Promise<DatabaseHandle> }> {
  if (kind === 'pglite') return openDatabase({ from: await pgliteTemplate() });
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
    openAgain: () => openDatabase({ url: url.toString() }),
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
