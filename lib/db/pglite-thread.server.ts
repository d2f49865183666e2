import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';

// PGlite on a worker thread (lib/db/pglite-worker.mjs), behind the part of PGlite's interface that
// Drizzle's driver and the migrations use: query, exec, transaction, close. The server's thread
// then only passes messages while PostgreSQL works. Measured with 300 students handing in at once
// (npm run bench:opdrachten): the database was half of the server thread's time in the burst.

/** Where the worker's script is: beside this file in the project, which Next does not bundle. */
const workerScript = () => path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'db', 'pglite-worker.mjs');

/** Whether PGlite can run on a thread here (the script is found from the working directory). */
export const canUseThread = () => existsSync(workerScript());

type Message = { op: string; sql?: string; params?: unknown[]; rowMode?: string; raw?: boolean; tx?: number };
type QueryOptions = { rowMode?: 'array' | 'object'; parsers?: unknown };
type Face = {
  query: (sql: string, params?: unknown[], options?: QueryOptions) => Promise<unknown>;
  exec: (sql: string) => Promise<unknown>;
  transaction: <T>(work: (tx: Face) => Promise<T>) => Promise<T>;
};

/** An error from the worker, as the worker sent it (name, message, SQLSTATE code and the like). */
function errorFrom(fields: Record<string, unknown>): Error {
  const error = new Error(String(fields.message));
  return Object.assign(error, fields);
}

/**
 * Opens PGlite in `dataDir` (in memory without one) on a worker thread. The result stands in for a
 * PGlite instance where Drizzle and the migrations use one. If the thread dies, every pending and
 * later call fails with code "aborted", as a dead PGlite does (lib/db/errors.ts): the server then
 * opens the database again.
 */
export async function openPgliteThread(dataDir: string | undefined): Promise<PGlite> {
  const worker = new Worker(workerScript(), { workerData: { dataDir } });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  let lastCall = 0;
  let dead: Error | null = null;
  const die = (reason: string) => {
    dead ??= Object.assign(new Error(`The database thread stopped: ${reason}`), { code: 'aborted' });
    for (const { reject } of pending.values()) reject(dead);
    pending.clear();
  };
  worker.on('message', (message: { id: number; value?: unknown; error?: Record<string, unknown> }) => {
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.error) call.reject(errorFrom(message.error));
    else call.resolve(message.value);
  });
  worker.on('error', (error) => die(`${error?.name ?? 'Error'}: ${error?.message ?? ''}`));
  worker.on('exit', (code) => die(`exit ${code}`));

  const call = <T>(message: Message): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (dead) return reject(dead);
      const id = ++lastCall;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...message, id });
    });

  const face = (tx?: number): Face => ({
    // Drizzle passes parsers only to keep timestamps and dates as text: the worker knows which.
    query: (sql, params, options) =>
      call({ op: 'query', sql, params, rowMode: options?.rowMode, raw: Boolean(options?.parsers), tx }),
    exec: (sql) => call({ op: 'exec', sql, tx }),
    async transaction(work) {
      if (tx) throw new Error('A transaction inside a transaction is a savepoint: use tx.query.');
      const id = await call<number>({ op: 'begin' });
      let result;
      try {
        result = await work(face(id));
      } catch (error) {
        await call({ op: 'rollback', tx: id }).catch(() => {});
        throw error;
      }
      await call({ op: 'commit', tx: id });
      return result;
    },
  });

  try {
    await call({ op: 'ready' });
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  const close = async () => {
    try {
      if (!dead) await Promise.race([call({ op: 'close' }), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    } finally {
      await worker.terminate();
      die('closed');
    }
  };
  return { ...face(), close, waitReady: Promise.resolve() } as unknown as PGlite;
}
