// Vitest global setup: a throwaway PostgreSQL server for the database tests, so that every query
// is proven on PGlite and on the real thing. TEST_DATABASE_URL points at an existing server instead.
// Without the server programs the tests run on PGlite alone, except in CI, where that is an error.
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgres } from '../../scripts/throwaway-postgres.mjs';

declare module 'vitest' {
  // Vitest's provide/inject types are declared by augmenting this interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

let stop: (() => void) | undefined;

export async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('postgresUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const bin = findPostgresBin();
  if (!bin) {
    if (process.env.CI) throw new Error('CI runs the database tests on PostgreSQL too: install it (scripts/ensure-postgres.sh).');
    console.warn('PostgreSQL not found: the database tests run on PGlite only. Install postgresql to test both.');
    project.provide('postgresUrl', null);
    return;
  }
  const server = await startPostgres(bin);
  stop = server.stop;
  const url = server.url;
  project.provide('postgresUrl', url);
}

export function teardown() {
  stop?.();
}
