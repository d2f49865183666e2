import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The little a migration needs from a connection, inside one transaction. */
export type MigrationTx = {
  exec: (sql: string) => Promise<void>;
  query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
};
export type MigrationTarget = { transaction: <T>(work: (tx: MigrationTx) => Promise<T>) => Promise<T> };

/** Where the SQL migrations live: one file per step, applied in name order, never edited once shipped. */
export const MIGRATIONS_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'db', 'migrations');

// Any number, the same in every process: two servers starting at once take turns.
const LOCK_KEY = 7_251_044;

/** Applies every migration not applied yet, in one transaction each; returns the names it applied. */
export async function migrate(target: MigrationTarget, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(/* turbopackIgnore: true */ dir)).filter((name) => name.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const name of files) {
    const sql = await readFile(/* turbopackIgnore: true */ path.join(dir, name), 'utf8');
    const done = await target.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS klantreis_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const seen = await tx.query('SELECT 1 FROM klantreis_migrations WHERE name = $1', [name]);
      if (seen.rows.length > 0) return false;
      await tx.exec(sql);
      await tx.query('INSERT INTO klantreis_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
