// `npm run bench:opdrachten`: N simulated students take one assignment of 10 exercises at the same
// moment against the server (scripts/server.mjs) on the embedded database (PGlite), for N = 30 and 300 (or the
// numbers given as arguments). Each student joins, saves their answers once and hands in; one in
// ten sends the hand-in twice (a retry). Prints requests per second and p50/p95 latency per step,
// then checks the stored rows against what was sent: nothing lost, nothing twice.
// `--postgres`: the same against two server processes on one PostgreSQL (a throwaway server from
// Debian's postgresql package, with its default durable settings). Each student works on one of
// the two; a second press of the hand-in goes to the other one, as behind a load balancer.
// `--lti`: the students come from an LMS (LTI 1.3, a mock platform on localhost, tests/support/mock-lms.ts):
// each launches instead of joining with the code, and after the bell the bench waits until the LMS has
// every score, and counts them: each posted once.
// BENCH_NODE_ARGS passes flags to the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof";
// KLANTREIS_FAST_LANE=0 measures without the server's fast lane (scripts/server.mjs).
import { execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { transformSync } from 'esbuild';
import pg from 'pg';
import { parse } from 'yaml';
import { freePort, startServer } from './spawn-server.mjs';
import { findPostgresBin, startPostgres } from './throwaway-postgres.mjs';

const root = path.resolve(import.meta.dirname, '..');
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const postgres = process.argv.includes('--postgres');
const lti = process.argv.includes('--lti');
if (lti && postgres) throw new Error('--lti runs on PGlite only (one process: the mock LMS knows one launch URL).');
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

/** A server on this database: `{ DATABASE_DIR }` (PGlite) or `{ DATABASE_URL }` (PostgreSQL). */
async function startBenchServer(database, port) {
  const server = await startServer({
    port,
    nodeArgs: (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    env: {
      DATABASE_DIR: '',
      DATABASE_URL: '',
      ...database,
      // The whole class joins from one address here, as a school behind one NAT address might.
      JOIN_LIMIT_PER_ADDRESS: '100000',
      JOIN_LIMIT_PER_ASSIGNMENT: '100000',
      // 300 students and the warm-up student: one more than an assignment takes by default.
      MAX_STUDENTS_PER_ASSIGNMENT: '100000',
      // --lti: the mock LMS runs on localhost.
      LTI_ALLOW_LOCAL: '1',
    },
  });
  await server.ready();
  return { base: server.url, stop: server.stop };
}

/** Plain SQL on the benchmark's database, for seeding and for counting what was stored. */
async function withDatabase(database, work) {
  if (database.DATABASE_DIR) {
    const db = new PGlite(database.DATABASE_DIR);
    try {
      return await work(async (sql, params) => (await db.query(sql, params)).rows);
    } finally {
      await db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.DATABASE_URL });
  await client.connect();
  try {
    return await work(async (sql, params) => (await client.query(sql, params)).rows);
  } finally {
    await client.end();
  }
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

/**
 * The mock LMS of the tests (TypeScript), compiled with esbuild next to node_modules so that its
 * imports (jose) resolve.
 */
async function loadMockLms() {
  const source = path.join(root, 'tests', 'support', 'mock-lms.ts');
  const out = path.join(root, 'node_modules', '.cache', 'klantreis-bench', 'mock-lms.mjs');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, transformSync(readFileSync(source, 'utf8'), { loader: 'ts', format: 'esm' }).code);
  return import(pathToFileURL(out).href);
}

const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const ltiLink = (lms) => ({ id: 'bench-link', custom: { opdracht: CODE }, lineItem: `${lms.url}/lineitems/1/lineitem` });

/**
 * A student opens the assignment from the LMS, as a browser does: our login (state cookie), the
 * platform's auth page with its form, and the launch. Returns the participant cookie.
 */
async function launchFromLms(base, lms, number) {
  const user = { sub: `lms-${number}`, name: `Leerling ${number}`, roles: [LEARNER] };
  const login = await fetch(lms.loginUrl(user, ltiLink(lms)), { redirect: 'manual' });
  if (login.status !== 302) throw new Error(`login ${login.status} ${await login.text()}`);
  const page = await (await fetch(login.headers.get('location'))).text();
  const field = (name) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)[1].replace(/&amp;/g, '&');
  const launched = await fetch(`${base}/api/lti/launch`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: login.headers.get('set-cookie').split(';')[0], 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ id_token: field('id_token'), state: field('state') }),
  });
  if (launched.status !== 303) throw new Error(`launch ${launched.status} ${await launched.text()}`);
  return launched.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('klantreis_opdracht_'))
    .split(';')[0];
}

/** Before the bell: a student joins (or launches from the LMS) and works, their answers saved as they go. Returns their hand-in. */
async function arrive(base, secret, number, steps, lms = null) {
  const headers = { 'content-type': 'application/json', origin: base };
  let cookie;
  if (lms) {
    const started = performance.now();
    cookie = await launchFromLms(base, lms, number);
    steps.join.push(performance.now() - started);
  } else {
    const joined = await timed(steps.join, () =>
      fetch(`${base}/api/opdracht/${CODE}/deelnemen`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ displayName: `Leerling ${number}`, studentNumber: String(100000 + number) }),
      }),
    );
    cookie = joined.headers.get('set-cookie').split(';')[0];
  }
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
    /** Hands in at `target`: this student's own server unless another is given. */
    send: (target = base) =>
      fetch(`${target}/api/opdracht/${CODE}/inleveren`, {
        method: 'POST',
        headers: { ...headers, cookie, origin: target },
        body,
      }),
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

async function seed(query) {
  const [teacher] = await query(
    "INSERT INTO teachers (email, name, password_hash) VALUES ('bench@school.nl', 'Bench', 'scrypt$1$1$1$x$x') RETURNING id",
  );
  const [assignment] = await query(
    `INSERT INTO assignments (teacher_id, code, title, exercise_ids, selection, max_attempts, show_answers)
     VALUES ($1, $2, 'Benchmark', $3, '{"mode":"hand"}', 1, 'direct') RETURNING secret`,
    [teacher.id, CODE, JSON.stringify(exercises.map((exercise) => exercise.id))],
  );
  return assignment.secret;
}

const registerLms = (query, lms) =>
  query(
    `INSERT INTO lti_platforms (name, issuer, client_id, deployment_ids, auth_url, token_url, jwks_url)
     VALUES ('Bench LMS', $1, $2, $3, $4, $5, $6)`,
    [lms.issuer, lms.clientId, JSON.stringify([lms.deploymentId]), lms.authUrl, lms.tokenUrl, lms.jwksUrl],
  );

async function stored(query) {
  const one = async (sql) => Number(Object.values((await query(sql))[0])[0]);
  return {
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
}

/**
 * Creates the database for one run and starts its servers: one on PGlite (seeded while it is
 * stopped, since one process owns the folder), or two on one PostgreSQL database.
 */
async function setUp(n, cluster) {
  if (!cluster) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'klantreis-bench-db-'));
    const database = { DATABASE_DIR: dataDir };
    await (await startBenchServer(database)).stop(); // creates and migrates the database
    const secret = await withDatabase(database, seed);
    // With --lti: the mock LMS knows the server's address before it starts, and is registered.
    const port = lti ? await freePort() : undefined;
    const lms = lti
      ? await (
          await loadMockLms()
        ).startMockLms({
          toolLoginUrl: `http://127.0.0.1:${port}/api/lti/login`,
          toolLaunchUrl: `http://127.0.0.1:${port}/api/lti/launch`,
          toolJwksUrl: `http://127.0.0.1:${port}/api/lti/jwks`,
        })
      : null;
    if (lms) await withDatabase(database, (query) => registerLms(query, lms));
    return {
      database,
      secret,
      lms,
      servers: [await startBenchServer(database, port)],
      remove: async () => {
        await lms?.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `klantreis_bench_${n}`;
  await withDatabase({ DATABASE_URL: cluster.url }, (query) => query(`CREATE DATABASE ${name}`));
  const database = { DATABASE_URL: cluster.url.replace(/\/postgres$/, `/${name}`) };
  const first = await startBenchServer(database); // migrates
  const secret = await withDatabase(database, seed);
  return { database, secret, servers: [first, await startBenchServer(database)], remove: () => {} };
}

const ms = (value) => `${value.toFixed(0)} ms`;
console.log(
  `Assignment of ${exercises.length} exercises. Each student joins and saves their answers (${ARRIVALS} at a time), then all hand in at the same moment; 1 in 10 sends the hand-in twice.\n`,
);
const cluster = postgres ? await startCluster() : null;
try {
  for (const n of classes) await run(n, cluster);
} finally {
  cluster?.stop();
}

async function startCluster() {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error("--postgres needs PostgreSQL's server programs: apt-get install postgresql (scripts/ensure-postgres.sh).");
  return startPostgres(bin, { durable: true });
}

async function run(n, cluster) {
  const { database, secret, servers, remove, lms = null } = await setUp(n, cluster);
  try {
    // One student per server first, so the routes are loaded and the course is read: a class arrives
    // at a server that is already running. That first student's times are shown, and not counted.
    const warm = { join: [], save: [], submit: [] };
    for (const server of servers) await timed(warm.submit, (await arrive(server.base, secret, 0, warm, lms)).send);
    if (lms) {
      await scoresIn(lms, 1, 10_000);
      lms.scores.length = 0;
    }
    console.log(
      `${n} students on ${servers.length === 1 ? 'one process, PGlite' : `${servers.length} processes, one PostgreSQL`}${lms ? ', launched from an LMS (LTI 1.3)' : ''}; the first request after start (not counted): ${lms ? 'launch' : 'join'} ${ms(warm.join[0])}, save ${ms(warm.save[0])}, submit ${ms(warm.submit[0])}`,
    );
    const steps = { join: [], save: [], submit: [] };
    const serverOf = (number) => servers[number % servers.length].base;
    const arrivals = await pool(
      Array.from({ length: n }, (_, i) => i + 1),
      ARRIVALS,
      (number) => arrive(serverOf(number), secret, number, steps, lms),
    );
    // The bell: everyone hands in at once, and one in ten presses twice (the second press reaching
    // the other process, when there are two).
    const sends = arrivals.flatMap((student) =>
      student.number % 10 === 0
        ? [() => student.send(), () => student.send(serverOf(student.number + 1))]
        : [() => student.send()],
    );
    const started = performance.now();
    const cpu = process.cpuUsage();
    const outcomes = await Promise.allSettled(sends.map((send) => timed(steps.submit, send)));
    const seconds = (performance.now() - started) / 1000;
    const clientCpu = process.cpuUsage(cpu);
    const clientMs = (clientCpu.user + clientCpu.system) / 1000;
    // From an LMS: wait until it has every score (or a minute), then count them.
    const posted = lms ? await scoresIn(lms, n, 60_000) : null;
    const lmsSeconds = (performance.now() - started) / 1000;
    await Promise.all(servers.map((server) => server.stop()));
    const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
    const line = (name, values) =>
      `  ${name.padEnd(8)} n=${String(values.length).padStart(4)}  p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  max ${ms(Math.max(...values))}`;
    console.log(line(lms ? 'launch' : 'join', steps.join) + `   (${ARRIVALS} at a time${lms ? '; login, the LMS, launch' : ''})`);
    console.log(line('save', steps.save) + `   (${ARRIVALS} at a time)`);
    console.log(
      line('hand-in', steps.submit) +
        `   (all at once: ${sends.length} requests in ${seconds.toFixed(2)} s = ${(sends.length / seconds).toFixed(0)} requests/s; this script used ${clientMs.toFixed(0)} ms CPU)`,
    );
    const rows = await withDatabase(database, stored);
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
    let scoresOk = true;
    if (lms) {
      const users = new Set(lms.scores.map((score) => score.body.userId));
      scoresOk = users.size === n && lms.scores.length === n;
      console.log(
        `  LMS gradebook: ${lms.scores.length} scores for ${users.size} students (expected ${n}), all in ${lmsSeconds.toFixed(2)} s after the bell; ${lms.tokensIssued} access token(s), ${lms.rejectedScores.length} refused → ${scoresOk ? 'each score posted once' : 'MISMATCH'}`,
      );
      if (posted.length) console.log(line('to LMS', posted) + '   (from the answer to the last hand-in to the score at the LMS)');
    }
    if (failed.length) console.log(`  ${failed.length} students failed, e.g. ${failed[0].reason}`);
    if (!ok || !scoresOk) process.exitCode = 1;
    console.log();
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await remove();
  }
}

/** Waits until the LMS holds `n` scores or `withinMs` passed; returns when each arrived (ms after the call). */
async function scoresIn(lms, n, withinMs) {
  const started = performance.now();
  const arrived = [];
  while (lms.scores.length < n && performance.now() - started < withinMs) {
    while (arrived.length < lms.scores.length) arrived.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  while (arrived.length < lms.scores.length) arrived.push(performance.now() - started);
  return arrived;
}
