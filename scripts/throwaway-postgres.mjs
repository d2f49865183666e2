// A throwaway PostgreSQL server in a temporary folder, from Debian's postgresql package: for the
// database tests (tests/support/postgres.ts) and the two-process benchmark (bench:opdrachten --postgres).
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './spawn-server.mjs';

/** The folder with initdb and pg_ctl (the newest installed PostgreSQL), or null when there is none. */
export function findPostgresBin() {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((version) => existsSync(path.join(root, version, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], 'bin');
  }
  try {
    return path.dirname(execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim()) || null;
  } catch {
    return null;
  }
}

/**
 * Creates and starts a cluster on 127.0.0.1 and a free port. `durable: false` (the tests) turns off
 * fsync and synchronous commit for speed; the benchmark keeps PostgreSQL's defaults, as a school's
 * server has them. Returns the URL of its `postgres` database and stop(), which removes it all.
 */
export async function startPostgres(bin, { durable = false } = {}) {
  // PostgreSQL refuses to run as root: then the cluster belongs to Debian's postgres user.
  const asRoot = process.getuid?.() === 0;
  const run = (command, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);
  const dir = mkdtempSync(path.join(tmpdir(), 'klantreis-pg-'));
  if (asRoot)
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
      Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
    );
  const data = path.join(dir, 'data');
  execFileSync(...run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']), {
    stdio: 'ignore',
  });
  const port = await freePort();
  const fast = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100${fast}`;
  execFileSync(...run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']), {
    stdio: 'ignore',
  });
  const stop = () => {
    try {
      execFileSync(...run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']), { stdio: 'ignore' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (let i = 0; ; i++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => {});
      if (i > 100) {
        stop();
        throw new Error(`PostgreSQL did not start: ${String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { url, stop };
}
