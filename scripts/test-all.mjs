// `npm test`: every check, in two lanes side by side.
//   lane 1: typecheck, lint, the unit and component tests, then browser tests;
//   lane 2: build the site, then browser tests.
// The browser test files form one queue, longest first. Lane 2 starts on it as soon as the build is
// done; lane 1 joins when its unit tests are done, on its own server over the same build (each server
// has its own throwaway database). Neither lane idles while the other still has files, so the suite
// takes about as long as its parts divided over the two lanes. The browser tests mostly wait on a
// page or the server, so on a two-core machine the unit tests fit in beside them. Every step and
// every browser test file prints its output whole when it ends, so lines never interleave. The exit
// code is the first failure's.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Runs a command; its output is kept and printed in one piece at the end. */
function run(label, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const output = Buffer.concat(chunks).toString();
      if (code !== 0) noteFailure(label, output);
      process.stdout.write(`\n── ${label} ──\n${output}`);
      process.stdout.write(
        `\n── ${label}: ${code === 0 ? 'geslaagd' : `mislukt (${signal ?? `code ${code}`})`} in ${seconds} s ──\n`,
      );
      resolve(code ?? 1);
    });
  });
}

/**
 * The browser test files, longest first (measured under load, in seconds), so that the last file a
 * lane takes is a short one. A file not listed (a new one) goes first: its length is not known.
 */
const E2E_SECONDS = {
  'assignments.e2e.ts': 110,
  'course.e2e.ts': 100,
  'progress.e2e.ts': 75,
  'exercises.e2e.ts': 65,
  'accessibility.e2e.ts': 35,
  'studio-assignment.e2e.ts': 35,
  'studio.e2e.ts': 30,
  'exam.e2e.ts': 30,
  'security.e2e.ts': 30,
  'lti.e2e.ts': 30,
  'summary.e2e.ts': 35,
  'print.e2e.ts': 18,
  'offline.e2e.ts': 15,
  'lesson-flow.e2e.ts': 30,
  'practice.e2e.ts': 28,
  'home.e2e.ts': 25,
  'scorm.e2e.ts': 25,
  'lms.e2e.ts': 20,
  'lesson.e2e.ts': 18,
  'toetsbank-secrecy.e2e.ts': 3,
};
const e2eDir = path.join(root, 'tests', 'e2e');
const queue = readdirSync(e2eDir)
  .filter((name) => name.endsWith('.e2e.ts'))
  .sort((a, b) => (E2E_SECONDS[b] ?? Infinity) - (E2E_SECONDS[a] ?? Infinity) || a.localeCompare(b))
  .map((name) => `tests/e2e/${name}`);
const e2eRunner = path.join(root, 'tests', 'e2e', 'run.mjs');

const firstFailure = (codes) => codes.find((code) => code !== 0) ?? 0;

/**
 * What failed, repeated at the very end: a CI log is often shown only by its tail, and a failure in
 * the first file of a lane would otherwise scroll out of it.
 */
const failures = [];
function noteFailure(label, output) {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const from = lines.findIndex((line) => /Failed Tests|FAIL |Error:/.test(line));
  failures.push({ label, lines: lines.slice(Math.max(0, from), Math.max(0, from) + 80) });
}

/** Runs browser test files from the shared queue on a server of this lane's own, until the queue is empty. */
function browserTests(lane) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [e2eRunner, '--queue'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, E2E_SKIP_BUILD: '1' },
    });
    // The runner's own output (the server's, on a failure) comes at the end, in one piece.
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('message', (message) => {
      if (message.file) {
        if (message.code !== 0) noteFailure(`${lane}: ${message.file}`, message.output);
        process.stdout.write(
          `\n── ${lane}: ${message.file}: ${message.code === 0 ? 'geslaagd' : `mislukt (code ${message.code})`} in ${message.seconds.toFixed(1)} s ──\n${message.output}`,
        );
      }
      if (message.next) child.send({ file: queue.shift() ?? null });
    });
    child.on('close', (code) => {
      const rest = Buffer.concat(chunks).toString().trim();
      if (rest) process.stdout.write(`\n── ${lane}: browser test runner ──\n${rest}\n`);
      process.stdout.write(
        `\n── ${lane}: browser tests done (${code === 0 ? 'geslaagd' : `mislukt, code ${code}`}) in ${((Date.now() - started) / 1000).toFixed(1)} s ──\n`,
      );
      resolve(code ?? 1);
    });
  });
}

/** Typecheck, lint and the unit tests, one after another, stopping at the first failure; then browser tests. */
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
  // The browser tests need the build lane 2 makes.
  if ((await built) !== 0) return 0;
  return queue.length > 0 ? browserTests('lane 1') : 0;
}

/** Lane 2: the build, then browser tests. */
async function lane2() {
  const buildCode = await run('build (tests/e2e/run.mjs --build-only)', process.execPath, [e2eRunner, '--build-only']);
  resolveBuilt(buildCode);
  if (buildCode !== 0) return buildCode;
  return browserTests('lane 2');
}

// The LMS export tests validate XML against XSDs with xmllint: installed here when missing, as the
// browser tests' runner does with Chromium.
execFileSync('bash', [path.join(root, 'scripts', 'ensure-xmllint.sh')], { stdio: 'inherit' });
// The SCORM player, once, before the lanes: the unit tests pack it and the build's downloads serve it.
execFileSync(process.execPath, [path.join(root, 'scripts', 'build-player.mjs')], { stdio: 'inherit' });
process.env.PLAYER_BUILT = '1';
// Lane 1 type-checks (tsc --noEmit) and the suite fails with it: lane 2's build need not do it again.
process.env.KLANTREIS_TYPECHECKED = '1';

let resolveBuilt;
const built = new Promise((resolve) => (resolveBuilt = resolve));
const started = Date.now();
const codes = await Promise.all([lane1(), lane2()]);
for (const { label, lines } of failures) {
  process.stdout.write(`\n── mislukt: ${label} ──\n${lines.join('\n')}\n`);
}
process.stdout.write(
  `\n── npm test: ${firstFailure(codes) === 0 ? 'geslaagd' : 'mislukt'} in ${((Date.now() - started) / 1000).toFixed(1)} s ──\n`,
);
process.exit(firstFailure(codes));
