// The embedded database on a thread of its own (lib/db/pglite-thread.server.ts starts it). PGlite
// runs PostgreSQL compiled to WebAssembly on the thread that calls it; here that thread is not the
// one that answers HTTP requests, so a whole class handing in at once costs the server's thread
// only the messages, and the two cores of a small machine both work. Plain JavaScript: it runs as
// is, outside Next's bundle.
//
// Messages in: { id, op, sql?, params?, rowMode?, raw?, tx? }; out: { id, value } or { id, error }.
//   ready                        waits until PGlite is open
//   query  sql params rowMode raw tx   one statement (raw: timestamps and dates stay text, as Drizzle asks)
//   exec   sql tx                one or more statements without parameters
//   begin                        opens a transaction and answers its number (tx)
//   commit tx / rollback tx      ends it
//   close                        closes PGlite
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';

const same = (value) => value;
// Drizzle's PGlite driver reads these types as text and converts them itself.
const RAW = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, same]),
);

const db = new PGlite({ dataDir: workerData?.dataDir });
/** Open transactions by number: PGlite's transaction object and how to end it. */
const open = new Map();
let lastTransaction = 0;

/** What crosses to the other thread of an error: its name, message and the fields PostgreSQL gives. */
function errorOf(error) {
  const out = { name: error?.name ?? 'Error', message: error?.message ?? String(error) };
  for (const [key, value] of Object.entries(error ?? {}))
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  return out;
}

const resultOf = ({ rows, affectedRows, fields }) => ({ rows, affectedRows, fields });

async function begin() {
  const id = ++lastTransaction;
  const entry = {};
  const started = new Promise((resolve) => (entry.started = resolve));
  open.set(id, entry);
  entry.done = db.transaction(
    (tx) =>
      new Promise((resolve, reject) => {
        Object.assign(entry, { tx, resolve, reject });
        entry.started();
      }),
  );
  // A rollback is reported by end(), not here.
  entry.done.catch(() => {});
  try {
    await Promise.race([started, entry.done]);
  } catch (error) {
    // It failed before it began: there is nothing to end.
    open.delete(id);
    throw error;
  }
  return id;
}

async function end(id, commit) {
  const entry = open.get(id);
  if (!entry) throw new Error(`No open transaction ${id}.`);
  open.delete(id);
  if (commit) {
    entry.resolve();
    await entry.done;
  } else {
    entry.reject(new Error('rollback'));
    await entry.done.catch(() => {});
  }
}

/** The open transaction `tx`, or the database itself without one. */
function targetOf(tx) {
  const target = tx ? open.get(tx)?.tx : db;
  if (!target) throw new Error(`No open transaction ${tx}.`);
  return target;
}

async function run({ op, sql, params, rowMode, raw, tx }) {
  switch (op) {
    case 'ready':
      return void (await db.waitReady);
    case 'query':
      return resultOf(await targetOf(tx).query(sql, params, { rowMode, parsers: raw ? RAW : undefined }));
    case 'exec':
      return (await targetOf(tx).exec(sql)).map(resultOf);
    case 'begin':
      return begin();
    case 'commit':
      return end(tx, true);
    case 'rollback':
      return end(tx, false);
    case 'close':
      return void (await db.close());
    default:
      throw new Error(`Unknown operation ${op}.`);
  }
}

parentPort.on('message', (message) => {
  run(message).then(
    (value) => parentPort.postMessage({ id: message.id, value }),
    (error) => parentPort.postMessage({ id: message.id, error: errorOf(error) }),
  );
});
