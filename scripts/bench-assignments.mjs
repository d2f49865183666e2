// `npm run bench:opdrachten`: N simulated students take one assignment of 10 exercises at the same
// moment against the server (scripts/server.mjs) on the embedded database (PGlite), for N = 30 and 300 (or the
// numbers given as arguments). Each student joins, saves their answers once and hands in; one in
// ten sends the hand-in twice (a retry). Prints requests per second and p50/p95 latency per step,
// then checks the stored rows against what was sent: nothing lost, nothing twice.
// BENCH_NODE_ARGS passes flags to the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
import { execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { parse } from 'yaml';
import { startServer } from './spawn-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const classes = sizes.length ? sizes : [30, 300];
const CODE = 'B3NCH7';
// Students joining and saving at the same time, before the burst of hand-ins.
const ARRIVALS = 20;

if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  execFileSync(process.execPath, [next, 'build'], { cwd: root, stdio: 'inherit' });
}

// Ten closed exercises from the bank, with answers a student might give (about two in three right).
const bank = readdirSync(path.join(root, 'content', 'exercises'))
  .filter((name) => name.endsWith('.yaml'))
  .flatMap((name) => parse(readFileSync(path.join(root, 'content', 'exercises', name), 'utf8')));
const exercises = bank
  .filter((exercise) => ['single-choice', 'true-false', 'multiple-choice'].includes(exercise.type))
  .slice(0, 10);
/**
 * A student's answer to question `index` as their page sends it: the page knows question i as
 * "v{i+1}" and each option by a keyed hash (lib/assignments/questions.ts), never by its bank id.
 */
function answer(exercise, index, student, secret) {
  const right = student % 3 !== 0;
  if (exercise.type === 'true-false') return { value: right ? exercise.answer : !exercise.answer };
  const key = (optionId) => createHmac('sha256', secret).update(`${index}\u0000${optionId}`).digest('base64url').slice(0, 12);
  const good = exercise.options.filter((option) => option.correct).map((option) => key(option.id));
  const bad = exercise.options.filter((option) => !option.correct).map((option) => key(option.id));
  if (exercise.type === 'single-choice') return { optionId: right ? good[0] : bad[0] };
  return { optionIds: right ? good : [bad[0]] };
}
const answersOf = (student, secret) =>
  Object.fromEntries(exercises.map((exercise, index) => [`v${index + 1}`, answer(exercise, index, student, secret)]));

async function startBenchServer(dataDir) {
  const server = await startServer({
    nodeArgs: (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    env: {
      DATABASE_DIR: dataDir,
      DATABASE_URL: '',
      // The whole class joins from one address here, as a school behind one NAT address might.
      JOIN_LIMIT_PER_ADDRESS: '100000',
      JOIN_LIMIT_PER_ASSIGNMENT: '100000',
      // 300 students and the warm-up student: one more than an assignment takes by default.
      MAX_STUDENTS_PER_ASSIGNMENT: '100000',
    },
  });
  await server.ready();
  return { base: server.url, stop: server.stop };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function timed(step, work) {
  const started = performance.now();
  const response = await work();
  step.push(performance.now() - started);
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response;
}

/** Before the bell: a student joins and works, their answers saved as they go. Returns their hand-in. */
async function arrive(base, secret, number, steps) {
  const headers = { 'content-type': 'application/json', origin: base };
  const joined = await timed(steps.join, () =>
    fetch(`${base}/api/opdracht/${CODE}/deelnemen`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ displayName: `Leerling ${number}`, studentNumber: String(100000 + number) }),
    }),
  );
  const cookie = joined.headers.get('set-cookie').split(';')[0];
  const answers = answersOf(number, secret);
  await timed(steps.save, () =>
    fetch(`${base}/api/opdracht/${CODE}/antwoorden`, {
      method: 'PUT',
      headers: { ...headers, cookie },
      body: JSON.stringify({ answers }),
    }),
  );
  const body = JSON.stringify({ submissionId: randomUUID(), answers });
  return {
    number,
    send: () => fetch(`${base}/api/opdracht/${CODE}/inleveren`, { method: 'POST', headers: { ...headers, cookie }, body }),
  };
}

/** Runs `work` over `items`, `limit` at a time (students do not all type the code in the same millisecond). */
async function pool(items, limit, work) {
  const queue = [...items];
  const results = [];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (queue.length) {
        const item = queue.shift();
        results.push(await work(item));
      }
    }),
  );
  return results;
}

async function seed(dataDir) {
  const db = new PGlite(dataDir);
  const { rows } = await db.query(
    "INSERT INTO teachers (email, name, password_hash) VALUES ('bench@school.nl', 'Bench', 'scrypt$1$1$1$x$x') RETURNING id",
  );
  const assignment = await db.query(
    `INSERT INTO assignments (teacher_id, code, title, exercise_ids, selection, max_attempts, show_answers)
     VALUES ($1, $2, 'Benchmark', $3, '{"mode":"hand"}', 1, 'direct') RETURNING secret`,
    [rows[0].id, CODE, JSON.stringify(exercises.map((exercise) => exercise.id))],
  );
  await db.close();
  return assignment.rows[0].secret;
}

async function stored(dataDir) {
  const db = new PGlite(dataDir);
  const one = async (sql) => Number(Object.values((await db.query(sql)).rows[0])[0]);
  const result = {
    participants: await one("SELECT count(*) FROM participants WHERE display_name <> 'Leerling 0'"),
    attempts: await one(
      "SELECT count(*) FROM attempts a JOIN participants p ON p.id = a.participant_id WHERE display_name <> 'Leerling 0'",
    ),
    submitted: await one(
      "SELECT count(*) FROM attempts a JOIN participants p ON p.id = a.participant_id WHERE display_name <> 'Leerling 0' AND submitted_at IS NOT NULL",
    ),
    distinctSubmissions: await one(
      "SELECT count(DISTINCT submission_id) FROM attempts a JOIN participants p ON p.id = a.participant_id WHERE display_name <> 'Leerling 0'",
    ),
    answers: await one(
      "SELECT count(*) FROM answers s JOIN attempts a ON a.id = s.attempt_id JOIN participants p ON p.id = a.participant_id WHERE display_name <> 'Leerling 0' AND s.points IS NOT NULL",
    ),
    points: await one(
      "SELECT coalesce(sum(points), 0) FROM attempts a JOIN participants p ON p.id = a.participant_id WHERE display_name <> 'Leerling 0'",
    ),
  };
  await db.close();
  return result;
}

const ms = (value) => `${value.toFixed(0)} ms`;
console.log(
  `Assignment of ${exercises.length} exercises. Each student joins and saves their answers (${ARRIVALS} at a time), then all hand in at the same moment; 1 in 10 sends the hand-in twice.\n`,
);
for (const n of classes) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'klantreis-bench-db-'));
  try {
    let server = await startBenchServer(dataDir); // creates and migrates the database
    await server.stop();
    const secret = await seed(dataDir);
    server = await startBenchServer(dataDir);
    // One student first, so the routes are loaded and the course is read: a class arrives at a
    // server that is already running. That first student's times are shown, and not counted.
    const warm = { join: [], save: [], submit: [] };
    await timed(warm.submit, (await arrive(server.base, secret, 0, warm)).send);
    console.log(
      `${n} students; the first request after start (not counted): join ${ms(warm.join[0])}, save ${ms(warm.save[0])}, submit ${ms(warm.submit[0])}`,
    );
    const steps = { join: [], save: [], submit: [] };
    const arrivals = await pool(
      Array.from({ length: n }, (_, i) => i + 1),
      ARRIVALS,
      (number) => arrive(server.base, secret, number, steps),
    );
    // The bell: everyone hands in at once, and one in ten presses twice.
    const sends = arrivals.flatMap((student) => (student.number % 10 === 0 ? [student.send, student.send] : [student.send]));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const outcomes = await Promise.allSettled(sends.map((send) => timed(steps.submit, send)));
    const seconds = (performance.now() - started) / 1000;
    const clientCpu = process.cpuUsage(cpu);
    const clientMs = (clientCpu.user + clientCpu.system) / 1000;
    await server.stop();
    const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
    const line = (name, values) =>
      `  ${name.padEnd(8)} n=${String(values.length).padStart(4)}  p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  max ${ms(Math.max(...values))}`;
    console.log(line('join', steps.join) + `   (${ARRIVALS} at a time)`);
    console.log(line('save', steps.save) + `   (${ARRIVALS} at a time)`);
    console.log(
      line('hand-in', steps.submit) +
        `   (all at once: ${sends.length} requests in ${seconds.toFixed(2)} s = ${(sends.length / seconds).toFixed(0)} requests/s; this script used ${clientMs.toFixed(0)} ms CPU)`,
    );
    const rows = await stored(dataDir);
    const expectedPoints = Array.from({ length: n }, (_, i) => i + 1).reduce(
      (sum, number) => sum + (number % 3 !== 0 ? exercises.reduce((total, exercise) => total + (exercise.points ?? 1), 0) : 0),
      0,
    );
    const ok =
      failed.length === 0 &&
      rows.participants === n &&
      rows.attempts === n &&
      rows.submitted === n &&
      rows.distinctSubmissions === n &&
      rows.answers === n * exercises.length &&
      Math.abs(rows.points - expectedPoints) < 1e-6;
    console.log(
      `  stored: ${rows.participants} students, ${rows.submitted} hand-ins (${rows.distinctSubmissions} distinct), ${rows.answers} scored answers, ${rows.points} points (expected ${expectedPoints}) → ${ok ? 'nothing lost, nothing twice' : 'MISMATCH'}`,
    );
    if (failed.length) console.log(`  ${failed.length} students failed, e.g. ${failed[0].reason}`);
    if (!ok) process.exitCode = 1;
    console.log();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
