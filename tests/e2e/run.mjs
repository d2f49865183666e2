// End-to-end tests: build the real site, serve it with scripts/server.mjs (as `npm start` does) on a free port, and run the
// browser tests against it in Debian's Chromium. E2E_SKIP_BUILD=1 reuses an existing build.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
// The site's embedded database lives in a throwaway folder for the run, never in ./data.
const dataDir = mkdtempSync(path.join(tmpdir(), 'klantreis-e2e-db-'));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_DIR: dataDir };
delete env.DATABASE_URL;

execFileSync('bash', [path.join(root, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
if (process.env.E2E_SKIP_BUILD !== '1') {
  const started = Date.now();
  execFileSync(process.execPath, [next, 'build'], { cwd: root, stdio: 'inherit', env });
  console.log(`next build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const port = await new Promise((resolve, reject) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
  probe.on('error', reject);
});
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs')], {
  cwd: root,
  env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverLog = '';
server.stdout.on('data', (chunk) => (serverLog += chunk));

async function waitForServer() {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server exited early:\n${serverLog}`);
    try {
      if ((await fetch(baseUrl)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer on ${baseUrl} within 30 s:\n${serverLog}`);
}

let status = 1;
try {
  await waitForServer();
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const run = spawn(process.execPath, [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
    cwd: root,
    env: { ...env, E2E_BASE_URL: baseUrl },
    stdio: 'inherit',
  });
  status = await new Promise((resolve) => run.on('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.on('exit', resolve)));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
