// End-to-end tests: build the real site, serve it with scripts/server.mjs (as `npm start` does) on a
// free port, and run the browser tests against it in Debian's Chromium. E2E_SKIP_BUILD=1 reuses an existing build;
// `--build-only` builds and stops; `--queue` takes test files one by one from its parent (see
// runQueue). Other arguments are passed to Vitest (e.g. test files).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../scripts/spawn-server.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
// The site's embedded database lives in a throwaway folder for the run, never in ./data.
const dataDir = mkdtempSync(path.join(tmpdir(), 'klantreis-e2e-db-'));
// ADMIN_EMAIL: the account lti.e2e.ts signs up with is the site's admin, whichever test file signs up first.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_DIR: dataDir,
  DATABASE_URL: '',
  ADMIN_EMAIL: 'beheer@klantreis.test',
  // lti.e2e.ts runs a mock LMS on localhost; a production server refuses local LMS addresses otherwise.
  LTI_ALLOW_LOCAL: '1',
};

execFileSync('bash', [path.join(root, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
if (process.env.E2E_SKIP_BUILD !== '1') {
  const started = Date.now();
  // The SCORM player (its files go into the teachers' package downloads; scorm.e2e.ts runs it), unless
  // the caller built it already (npm test does, once, before its lanes start).
  if (process.env.PLAYER_BUILT !== '1') {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-player.mjs')], { cwd: root, stdio: 'inherit', env });
  }
  execFileSync(process.execPath, [next, 'build'], { cwd: root, stdio: 'inherit', env });
  console.log(`next build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
// `--build-only`: what npm test's lane 2 runs first, so that both lanes can then test the same build.
if (process.argv.includes('--build-only')) {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}

const server = await startServer({ env });
const baseUrl = server.url;

const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
/** Runs Vitest on `args` against this server; `capture` keeps the output and returns it instead of printing it. */
function runVitest(args, capture = false) {
  const child = spawn(process.execPath, [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...args], {
    cwd: root,
    env: { ...env, E2E_BASE_URL: baseUrl, ...(capture ? { FORCE_COLOR: '1' } : {}) },
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  const chunks = [];
  if (capture) {
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
  }
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString() })),
  );
}

/**
 * `--queue` (scripts/test-all.mjs, over an IPC channel): ask the parent for a test file, run it, send
 * back its exit code and output, until the parent has no more. Two lanes share one queue this way,
 * so neither waits while the other still has files.
 */
async function runQueue() {
  let status = 0;
  for (;;) {
    const file = await new Promise((resolve) => {
      process.once('message', (message) => resolve(message.file ?? null));
      process.send({ next: true });
    });
    if (!file) return status;
    const started = Date.now();
    const { code, output } = await runVitest([file], true);
    process.send({ file, code, output, seconds: (Date.now() - started) / 1000 });
    if (code !== 0) status = code;
  }
}

let status = 1;
try {
  await server.ready();
  status = process.argv.includes('--queue') ? await runQueue() : (await runVitest(process.argv.slice(2))).code;
} catch (error) {
  console.error(error);
} finally {
  await server.stop();
  if (status !== 0) console.error(`The server's output:\n${server.output()}`);
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
