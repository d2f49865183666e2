// `npm test`: every check, in two rounds that overlap what can overlap.
//   1. typecheck and lint, side by side (each is single-threaded);
//   2. the unit and component tests beside the browser tests (which build the site first).
// The browser tests spend most of their time waiting on a page or the server, so on a two-core
// machine the unit tests fit in beside them: the whole suite takes about the time of the longest
// part instead of the sum. The browser tests' output streams as it comes; the others' output is
// printed whole when they end, so the two never interleave. The exit code is the first failure's.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Runs a command; `live` streams its output, otherwise it is kept and printed in one piece at the end. */
function run(label, command, args, { live = false } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    const chunks = [];
    if (!live) {
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
    }
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!live) process.stdout.write(`\n── ${label} ──\n${Buffer.concat(chunks).toString()}`);
      process.stdout.write(
        `\n── ${label}: ${code === 0 ? 'geslaagd' : `mislukt (${signal ?? `code ${code}`})`} in ${seconds} s ──\n`,
      );
      resolve(code ?? 1);
    });
  });
}

const firstFailure = (codes) => codes.find((code) => code !== 0) ?? 0;

const checks = await Promise.all([
  run('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']),
  run('lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']),
]);
if (firstFailure(checks) !== 0) process.exit(firstFailure(checks));

const tests = await Promise.all([
  run('unit and component tests (vitest)', bin('vitest'), ['run']),
  run('browser tests (tests/e2e/run.mjs)', process.execPath, [path.join(root, 'tests', 'e2e', 'run.mjs')], { live: true }),
]);
process.exit(firstFailure(tests));
