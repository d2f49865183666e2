// `npm test`: every check, in two lanes side by side.
//   lane 1: typecheck, lint, the unit and component tests, then the browser tests of LANE_1_E2E;
//   lane 2: build the site, then the other browser tests.
// The browser tests spend most of their time waiting on a page or the server, so on a two-core
// machine lane 1 fits in beside them. Lane 1 ends its unit tests well before lane 2 ends its browser
// tests, so it then takes a share of them, on its own server over the same build (each run has its
// own throwaway database): the suite takes about as long as the longer lane, not the sum of all
// parts. The browser tests' output of lane 2 streams as it comes; each step of lane 1 prints its
// output whole when it ends, so lines never interleave. The exit code is the first failure's.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Runs a command; `live` streams its output, otherwise it is kept and printed in one piece at the end. */
function run(label, command, args, { live = false, env = {} } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
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

/**
 * The browser test files lane 1 runs once its unit tests are done (about a quarter of the browser
 * tests' time; the files are independent, each starts from its own pages and accounts).
 */
const LANE_1_E2E = ['accessibility.e2e.ts', 'course.e2e.ts', 'toetsbank-secrecy.e2e.ts'];
const e2eDir = path.join(root, 'tests', 'e2e');
const e2eFiles = readdirSync(e2eDir).filter((name) => name.endsWith('.e2e.ts'));
const e2eRunner = path.join(root, 'tests', 'e2e', 'run.mjs');
const e2eArgs = (names) => [e2eRunner, ...names.map((name) => `tests/e2e/${name}`)];
const lane1Files = e2eFiles.filter((name) => LANE_1_E2E.includes(name));
const lane2Files = e2eFiles.filter((name) => !LANE_1_E2E.includes(name));

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
  // The second share of the browser tests needs the build lane 2 makes.
  if ((await built) !== 0) return 0;
  return run(`browser tests (${lane1Files.join(', ')})`, process.execPath, e2eArgs(lane1Files), {
    env: { E2E_SKIP_BUILD: '1' },
  });
}

/** Lane 2: the build, then the browser tests of every other file. */
async function lane2() {
  const buildCode = await run('build (tests/e2e/run.mjs --build-only)', process.execPath, [e2eRunner, '--build-only'], {
    live: true,
  });
  resolveBuilt(buildCode);
  if (buildCode !== 0) return buildCode;
  return run('browser tests (the other files)', process.execPath, e2eArgs(lane2Files), {
    live: true,
    env: { E2E_SKIP_BUILD: '1' },
  });
}

let resolveBuilt;
const built = new Promise((resolve) => (resolveBuilt = resolve));
const codes = await Promise.all([lane1(), lane2()]);
process.exit(firstFailure(codes));
