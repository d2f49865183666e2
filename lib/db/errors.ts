import { PgPreparedQuery } from 'drizzle-orm/pg-core';

// Database errors without personal data. Drizzle's own error puts every query parameter in its
// message (student names, token hashes), and Next logs a thrown error whole. So every failed query
// is turned into a DatabaseError that names only the query ("insert participants") and the code.

/** Codes that mean "the database cannot serve now" (503), not "this request is wrong" (500). */
const UNAVAILABLE = [
  /^53/,
  /^57P/,
  /^08/,
  /^58/,
  /^25006$/,
  /^E(NOSPC|ROFS|ACCES|PERM|CONNREFUSED|CONNRESET|DQUOT|IO)$/,
  /^aborted$/,
];

/** Whether an error code means the database cannot serve now. */
export const unavailableCode = (code: string) => UNAVAILABLE.some((pattern) => pattern.test(code));

export class DatabaseError extends Error {
  constructor(
    readonly query: string,
    readonly code: string,
  ) {
    super(`Database query "${query}" failed (${code})`);
    this.name = 'DatabaseError';
  }

  /** Whether the database is down, full or read-only: answer 503 and try again later. */
  get unavailable(): boolean {
    return unavailableCode(this.code);
  }

  /** Whether PGlite's WASM runtime died: it must be opened again before the next query. */
  get broken(): boolean {
    return this.code === 'aborted';
  }
}

/** "insert participants", "select attempts": the verb and the first table, never the values. */
export function queryName(sql: string): string {
  const verb = sql.trim().split(/\s+/, 1)[0]?.toLowerCase() ?? 'query';
  const table = /\b(?:from|into|update)\s+"?([\w.]+)"?/i.exec(sql)?.[1];
  return table ? `${verb} ${table}` : verb;
}

/** The error's code: a PostgreSQL SQLSTATE, a file system errno, or "aborted" for a dead PGlite. */
export function errorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof DatabaseError) return current.code;
    const { code, name, message } = current as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && /^[\w]{1,20}$/.test(code)) return code;
    if (name === 'RuntimeError' || (typeof message === 'string' && /\bAborted\(/.test(message))) return 'aborted';
    if (typeof message === 'string') {
      const errno = /\b(ENOSPC|EROFS|EACCES|EPERM|EDQUOT|EIO)\b/.exec(message);
      if (errno) return errno[1]!;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return 'unknown';
}

/** Turns any error of a query into a DatabaseError without its parameters or its cause. */
export const toDatabaseError = (error: unknown, sql: string): DatabaseError =>
  error instanceof DatabaseError ? error : new DatabaseError(queryName(sql), errorCode(error));

type QueryWithCache = (sql: string, params: unknown[], query: () => Promise<unknown>) => Promise<unknown>;
const prototype = PgPreparedQuery.prototype as unknown as { queryWithCache: QueryWithCache; __klantreisPatched?: true };

// Every query of both drivers passes through PgPreparedQuery.queryWithCache; wrap it once.
if (!prototype.__klantreisPatched) {
  const original = prototype.queryWithCache;
  prototype.queryWithCache = async function (this: unknown, sql, params, query) {
    try {
      return await original.call(this, sql, params, query);
    } catch (error) {
      throw toDatabaseError(error, sql);
    }
  };
  prototype.__klantreisPatched = true;
}
