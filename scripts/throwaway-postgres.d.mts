/** The folder with initdb and pg_ctl (the newest installed PostgreSQL), or null when there is none. */
export function findPostgresBin(): string | null;
/** Creates and starts a throwaway cluster; `durable: false` (default) turns off fsync for speed. */
export function startPostgres(bin: string, options?: { durable?: boolean }): Promise<{ url: string; stop: () => void }>;
