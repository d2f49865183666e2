// `npm test`: every check, in two lanes side by side.
//   lane 1: typecheck, lint, then the unit and component tests (each step only if the last passed);
//   lane 2: the browser tests, which build the site first.
// The browser tests spend most of their time waiting on a page or the server, so on a two-core
// machine lane 1 fits in beside them: the suite takes about as long as the browser tests instead of
// the sum of all parts. The browser tests' output streams as it comes; each step of lane 1 prints
// its output whole when it ends, so lines never interleave. The exit code is the first failure's.
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

/** Typecheck, lint and the unit tests, one after another, stopping at the first failure. */
async function lane1() {
  const steps = [
    ['typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']],
    ['lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']],
    ['unit and component tests (vitest)', bin('vitest'), ['run']],
  ];
  for (const [label, command, args] of steps) {
    const code = await run(label, command, args);
    if (code !== 0) return code;
  }
  return 0;
}

const codes = await Promise.all([
  lane1(),
  run('browser tests (tests/e2e/run.mjs)', process.execPath, [path.join(root, 'tests', 'e2e', 'run.mjs')], { live: true }),
]);
process.exit(firstFailure(codes));
