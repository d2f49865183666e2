import { randomUUID } from 'node:crypto';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatabaseHandle, Db } from '@/lib/db/client.server';
import { migrate } from '@/lib/db/migrate';
import * as schema from '@/lib/db/schema';
import {
  assignmentByCode,
  assignmentOfTeacher,
  createAssignment,
  deleteAssignment,
  listAssignments,
  setClosed,
  type NewAssignment,
} from '@/lib/db/assignments.server';
import { attemptsOf, participantByToken, participantForCode, removeParticipant } from '@/lib/db/participation.server';
import { join, saveAnswers, startAttempt, submit } from '@/lib/server/participation.server';
import { classRecords } from '@/lib/db/results.server';
import { DatabaseError } from '@/lib/db/errors';
import { participants } from '@/lib/db/schema';
import { takeSlot } from '@/lib/db/limits.server';
import {
  createSession,
  endAllSessions,
  endSession,
  LOGIN_LIMIT,
  logIn,
  signUp,
  teacherForSession,
} from '@/lib/db/teachers.server';
import type { Exercise } from '@/lib/scoring';
import { databaseKinds, freshDatabase } from '../../support/databases';
import { makeCategorize, makeMultipleChoice, makeTrueFalse } from '../scoring/factories';

const T0 = new Date('2026-11-24T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const exercises: Exercise[] = [makeMultipleChoice(), makeTrueFalse(), makeCategorize()];
const fullMarks = {
  mc: { optionIds: ['mail', 'kassa'] },
  tf: { value: false },
  cat: { placements: { dmu: 'b2b', offerte: 'b2b', snel: 'b2c', alleen: 'b2c' } },
};

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${counter++}`;

describe.each(databaseKinds)('database on %s', (kind) => {
  let handle: DatabaseHandle;
  let db: Db;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
    db = handle.db;
  }, 60_000);
  afterAll(() => handle?.close());

  async function makeTeacher() {
    const result = await signUp(db, { name: 'Docent', email: `docent-${unique()}@school.nl`, password: 'geheim-wachtwoord' });
    if (!result.ok) throw new Error(result.error);
    return result.teacher;
  }
  function newAssignment(overrides: Partial<NewAssignment> = {}): NewAssignment {
    return {
      title: 'Toets les 1',
      exercises,
      selection: { mode: 'hand' },
      opensAt: null,
      closesAt: minutes(60),
      maxAttempts: 1,
      showAnswers: 'direct',
      ...overrides,
    };
  }
  async function makeStudent(overrides: Partial<NewAssignment> = {}) {
    const teacher = await makeTeacher();
    const assignment = await createAssignment(db, teacher.id, newAssignment(overrides));
    const joined = await join(db, assignment, { displayName: 'Sanne', studentNumber: null }, T0);
    if (!joined.ok) throw new Error(joined.error);
    const participant = (await participantByToken(db, assignment.id, joined.token))!;
    return { teacher, assignment, participant, token: joined.token };
  }

  test('the migrations create exactly the tables and columns the Drizzle schema describes, and run once', async () => {
    const tables = Object.values(schema)
      .filter((value) => typeof value === 'object' && value !== null && Symbol.for('drizzle:IsDrizzleTable') in value)
      .map((table) => getTableConfig(table as Parameters<typeof getTableConfig>[0]));
    for (const table of tables) {
      const columns = await columnsOf(handle, table.name);
      expect(columns, table.name).toEqual(
        Object.fromEntries(table.columns.map((column) => [column.name, { notNull: column.notNull, type: column.getSQLType() }])),
      );
    }
    expect(tables.map((table) => table.name).sort()).toEqual([
      'answers',
      'assignments',
      'attempts',
      'known_addresses',
      'known_devices',
      'login_attempts',
      'lti_assignment_teachers',
      'lti_course_assignments',
      'lti_deep_links',
      'lti_keys',
      'lti_platforms',
      'lti_registration_tokens',
      'lti_rosters',
      'lti_score_posts',
      'lti_states',
      'lti_tickets',
      'lti_users',
      'map_drafts',
      'map_hand_ins',
      'participants',
      'rate_events',
      'sessions',
      'teachers',
    ]);
    expect(await migrate(handle.migrationTarget)).toEqual([]);
  });

  test('a teacher signs up once per address and logs in with the right password only', async () => {
    const email = `a-${unique()}@school.nl`;
    expect((await signUp(db, { name: 'A', email, password: 'een-goed-wachtwoord' })).ok).toBe(true);
    const twice = await signUp(db, { name: 'B', email, password: 'iets-anders-nog' });
    expect(twice).toEqual({ ok: false, error: expect.stringContaining('al een account') });
    expect(await logIn(db, { email, password: 'een-goed-wachtwoord', ip: '10.0.0.1', now: T0 })).toMatchObject({ ok: true });
    expect(await logIn(db, { email, password: 'fout', ip: '10.0.0.1', now: T0 })).toMatchObject({ ok: false, limited: false });
    expect(await logIn(db, { email: `niemand-${unique()}@school.nl`, password: 'x', ip: '10.0.0.1', now: T0 })).toMatchObject({
      ok: false,
      error: 'Het e-mailadres of het wachtwoord klopt niet.',
    });
  });

  test('40 parallel wrong logins for one account from one address: at most the limit reach the password check', async () => {
    const email = `race-${unique()}@school.nl`;
    await signUp(db, { name: 'R', email, password: 'een-goed-wachtwoord' });
    const tries = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        logIn(db, { email, password: i === 25 ? 'een-goed-wachtwoord' : `gok-${i}`, ip: '10.3.0.1', now: T0 }),
      ),
    );
    const checked = tries.filter((result) => !('limited' in result) || !result.limited);
    expect(checked.length).toBeLessThanOrEqual(LOGIN_LIMIT.perAccountAndIp);
    expect(checked.length).toBeGreaterThan(0);
    const [recorded] = await handle.query('SELECT count(*)::int AS n FROM login_attempts WHERE account = $1', [email]);
    expect(recorded!.n).toBe(checked.length);
    // The right password, right after the burst from the same address, is refused without a check.
    expect(await logIn(db, { email, password: 'een-goed-wachtwoord', ip: '10.3.0.1', now: T0 })).toMatchObject({ limited: true });
  });

  test('guesses from many addresses slow the account down, but never lock the teacher out', async () => {
    const email = `c-${unique()}@school.nl`;
    await signUp(db, { name: 'C', email, password: 'een-goed-wachtwoord' });
    // The teacher's own address: logged in from there before.
    expect(await logIn(db, { email, password: 'een-goed-wachtwoord', ip: '10.4.0.1', now: T0 })).toMatchObject({ ok: true });
    // An attacker with a new address for every guess, as fast as the delay lets them.
    let now = T0.getTime();
    let refused = 0;
    for (let i = 0; i < 40; i++) {
      now += 1000;
      const result = await logIn(db, { email, password: `gok-${i}`, ip: `10.5.${i}.1`, now: new Date(now) });
      if ('limited' in result && result.limited) refused++;
    }
    expect(refused).toBeGreaterThan(20);
    // The teacher at their own address gets in at once.
    expect(await logIn(db, { email, password: 'een-goed-wachtwoord', ip: '10.4.0.1', now: new Date(now) })).toMatchObject({
      ok: true,
    });
    // From a new address they wait at most a minute.
    const fresh = await logIn(db, { email, password: 'een-goed-wachtwoord', ip: '10.6.0.1', now: new Date(now) });
    expect(fresh).toMatchObject({ ok: false, limited: true, error: expect.stringMatching(/Wacht nog \d+ seconden/) });
    expect(
      await logIn(db, {
        email,
        password: 'een-goed-wachtwoord',
        ip: '10.6.0.1',
        now: new Date(now + LOGIN_LIMIT.maxDelaySeconds * 1000),
      }),
    ).toMatchObject({ ok: true });
  });

  test('guesses from the school address do not lock out the browser the teacher logged in with before', async () => {
    const email = `d-${unique()}@school.nl`;
    await signUp(db, { name: 'D', email, password: 'een-goed-wachtwoord' });
    const school = `10.7.${counter++}.1`;
    const first = await logIn(db, { email, password: 'een-goed-wachtwoord', ip: school, now: T0 });
    expect(first).toMatchObject({ ok: true, device: expect.any(String) });
    const device = (first as { device: string }).device;
    // A student at the same school address guesses accounts until the address is refused.
    for (let i = 0; i < LOGIN_LIMIT.perIp; i++) {
      await logIn(db, { email: `ander-${i}@school.nl`, password: `gok-${i}`, ip: school, now: minutes(1) });
    }
    expect(await logIn(db, { email, password: 'een-goed-wachtwoord', ip: school, now: minutes(2) })).toMatchObject({
      limited: true,
    });
    // The teacher's own browser still gets in, and keeps its token.
    expect(await logIn(db, { email, password: 'een-goed-wachtwoord', ip: school, now: minutes(2), device })).toMatchObject({
      ok: true,
      device: null,
    });
    // The cookie only counts for its own account, and a stolen one still has a limit of its own.
    expect(await logIn(db, { email: `ander-1@school.nl`, password: 'x', ip: school, now: minutes(2), device })).toMatchObject({
      limited: true,
    });
    for (let i = 0; i < LOGIN_LIMIT.perAccountAndIp; i++) {
      await logIn(db, { email, password: `gok-${i}`, ip: school, now: minutes(3), device });
    }
    expect(await logIn(db, { email, password: 'een-goed-wachtwoord', ip: school, now: minutes(3), device })).toMatchObject({
      limited: true,
    });
  });

  test('10 failures from one address lock that address out of the account for 15 minutes, not the teacher elsewhere', async () => {
    const email = `b-${unique()}@school.nl`;
    await signUp(db, { name: 'B', email, password: 'een-goed-wachtwoord' });
    await logIn(db, { email, password: 'een-goed-wachtwoord', ip: '10.1.9.9', now: T0 });
    await logIn(db, { email, password: 'een-goed-wachtwoord', ip: '10.1.0.1', now: T0 });
    for (let i = 0; i < LOGIN_LIMIT.perAccountAndIp; i++) {
      await logIn(db, { email, password: `gok-${i}`, ip: '10.1.0.1', now: minutes(i / 10) });
    }
    const locked = await logIn(db, { email, password: 'een-goed-wachtwoord', ip: '10.1.0.1', now: minutes(2) });
    expect(locked).toMatchObject({ ok: false, limited: true, error: expect.stringContaining('Wacht 15 minuten') });
    expect(await logIn(db, { email, password: 'een-goed-wachtwoord', ip: '10.1.9.9', now: minutes(2) })).toMatchObject({
      ok: true,
    });
    expect(await logIn(db, { email, password: 'een-goed-wachtwoord', ip: '10.1.0.1', now: minutes(17) })).toMatchObject({
      ok: true,
    });
  });

  test('one network address is limited across accounts', async () => {
    const ip = `10.9.${counter++}.1`;
    for (let i = 0; i < LOGIN_LIMIT.perIp; i++) {
      await logIn(db, { email: `gok-${unique()}@school.nl`, password: 'x', ip, now: T0 });
    }
    const teacher = await makeTeacher();
    expect(await logIn(db, { email: teacher.email, password: 'geheim-wachtwoord', ip, now: minutes(1) })).toMatchObject({
      limited: true,
    });
    expect(
      await logIn(db, { email: teacher.email, password: 'geheim-wachtwoord', ip: '10.8.0.1', now: minutes(1) }),
    ).toMatchObject({ ok: true });
  });

  test('a session finds its teacher until it expires or is ended', async () => {
    const teacher = await makeTeacher();
    const { token } = await createSession(db, teacher.id, T0);
    expect(await teacherForSession(db, token, minutes(60))).toEqual(teacher);
    expect(await teacherForSession(db, token + 'x', minutes(60))).toBeNull();
    expect(await teacherForSession(db, token, minutes(15 * 24 * 60))).toBeNull();
    await endSession(db, token);
    expect(await teacherForSession(db, token, minutes(1))).toBeNull();
  });

  test('log out on all devices ends every session of that teacher and no other', async () => {
    const teacher = await makeTeacher();
    const other = await makeTeacher();
    const sessions = [await createSession(db, teacher.id, T0), await createSession(db, teacher.id, T0)];
    const kept = await createSession(db, other.id, T0);
    expect(await endAllSessions(db, teacher.id)).toBe(2);
    for (const { token } of sessions) expect(await teacherForSession(db, token, minutes(1))).toBeNull();
    expect(await teacherForSession(db, kept.token, minutes(1))).toEqual(other);
  });

  test('a rate limit lets exactly its maximum through, also when the requests come all at once', async () => {
    const bucket = `test:${unique()}`;
    const limit = { max: 5, windowSeconds: 60 };
    const burst = await Promise.all(Array.from({ length: 30 }, () => takeSlot(db, bucket, limit, T0)));
    expect(burst.filter((result) => result.ok)).toHaveLength(5);
    expect(burst.find((result) => !result.ok)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(await takeSlot(db, bucket, limit, minutes(0.5))).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect((await takeSlot(db, bucket, limit, minutes(1.01))).ok).toBe(true);
  });

  test('an assignment takes at most its maximum of students, also when they join all at once', async () => {
    const teacher = await makeTeacher();
    const assignment = await createAssignment(db, teacher.id, newAssignment());
    const joins = await Promise.all(
      Array.from({ length: 12 }, (_, i) => join(db, assignment, { displayName: `Leerling ${i}`, studentNumber: null }, T0, 8)),
    );
    expect(joins.filter((result) => result.ok)).toHaveLength(8);
    expect(joins.find((result) => !result.ok)).toMatchObject({ status: 409, error: expect.stringContaining('vol') });
    expect(await classRecords(db, assignment.id)).toHaveLength(8);
  });

  test('a teacher removes one student with their answers; another teacher cannot', async () => {
    const { teacher, assignment, participant } = await makeStudent();
    await submit(db, assignment, exercises, participant.id, { submissionId: randomUUID(), responses: fullMarks }, minutes(1));
    const stranger = await makeTeacher();
    expect(await removeParticipant(db, stranger.id, assignment.id, participant.id)).toBe(false);
    expect(await classRecords(db, assignment.id)).toHaveLength(1);
    expect(await removeParticipant(db, teacher.id, assignment.id, participant.id)).toBe(true);
    expect(await classRecords(db, assignment.id)).toEqual([]);
    expect(await attemptsOf(db, participant.id)).toEqual([]);
  });

  test('a failed query names the query and its code, never the values (no names, no token hashes)', async () => {
    const error = await db
      .insert(participants)
      .values({ assignmentId: 2 ** 31 - 1, tokenHash: 'geheime-hash-123', displayName: 'Sanne de Vries' })
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).message).toBe('Database query "insert participants" failed (23503)');
    expect((error as Error).cause).toBeUndefined();
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toMatch(/Sanne|geheime-hash/);
  });

  test('a full disk during a hand-in is a 503-kind error, and nothing is half written', async () => {
    const { assignment, participant } = await makeStudent();
    await saveAnswers(db, assignment, participant.id, { tf: { value: true } }, minutes(1));
    // The disk fills up just as the scored answers are written, after the attempt was claimed.
    const name = `vol_${unique().replace(/\W/g, '_')}`;
    await handle.query(
      `CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'could not extend file' USING ERRCODE = 'disk_full'; END $$ LANGUAGE plpgsql`,
    );
    await handle.query(`CREATE TRIGGER ${name} BEFORE INSERT OR UPDATE ON answers FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    try {
      const failed = await submit(
        db,
        assignment,
        exercises,
        participant.id,
        { submissionId: randomUUID(), responses: fullMarks },
        minutes(2),
      ).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(failed).toBeInstanceOf(DatabaseError);
      expect((failed as DatabaseError).code).toBe('53100');
      expect((failed as DatabaseError).unavailable).toBe(true);
    } finally {
      await handle.query(`DROP TRIGGER ${name} ON answers`);
    }
    // The claim was rolled back with the rest: the attempt is still open, the saved answer unchanged.
    const [attempt] = await attemptsOf(db, participant.id);
    expect(attempt).toMatchObject({ submittedAt: null, points: null });
    expect(attempt!.answers.map((answer) => [answer.exerciseId, answer.response, answer.points])).toEqual([
      ['tf', { value: true }, null],
    ]);
    // Once there is room again, the same hand-in goes through.
    expect(
      await submit(db, assignment, exercises, participant.id, { submissionId: randomUUID(), responses: fullMarks }, minutes(3)),
    ).toMatchObject({ ok: true, repeated: false });
  });

  test('assignments get distinct join codes, and a clash draws again', async () => {
    const teacher = await makeTeacher();
    const first = await createAssignment(db, teacher.id, newAssignment());
    expect(first.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const codes = [
      first.code,
      first.code,
      'ZZZ' +
        unique()
          .slice(-3)
          .toUpperCase()
          .replace(/[^2-9A-HJKMNP-Z]/g, '9'),
    ];
    const second = await createAssignment(db, teacher.id, newAssignment(), () => codes.shift()!);
    expect(second.code).not.toBe(first.code);
    expect((await assignmentByCode(db, second.code))?.id).toBe(second.id);
  });

  test('a teacher sees, closes and reopens only their own assignments', async () => {
    const owner = await makeTeacher();
    const other = await makeTeacher();
    const assignment = await createAssignment(db, owner.id, newAssignment());
    expect((await listAssignments(db, owner.id)).map((row) => row.id)).toEqual([assignment.id]);
    expect(await listAssignments(db, other.id)).toEqual([]);
    expect(await assignmentOfTeacher(db, other.id, assignment.id)).toBeNull();
    expect(await setClosed(db, other.id, assignment.id, true, T0)).toBe(false);
    expect((await assignmentOfTeacher(db, owner.id, assignment.id))?.closesAt).toEqual(minutes(60));
    expect(await setClosed(db, owner.id, assignment.id, true, minutes(5))).toBe(true);
    expect((await assignmentOfTeacher(db, owner.id, assignment.id))?.closesAt).toEqual(minutes(5));
    await setClosed(db, owner.id, assignment.id, false, minutes(6));
    expect((await assignmentOfTeacher(db, owner.id, assignment.id))?.closesAt).toBeNull();
  });

  test('deleting an assignment removes its students, attempts and answers; another teacher cannot', async () => {
    const { teacher, assignment, participant } = await makeStudent();
    await submit(db, assignment, exercises, participant.id, { submissionId: randomUUID(), responses: fullMarks }, minutes(1));
    const stranger = await makeTeacher();
    expect(await deleteAssignment(db, stranger.id, assignment.id)).toBe(false);
    expect(await classRecords(db, assignment.id)).toHaveLength(1);
    expect(await deleteAssignment(db, teacher.id, assignment.id)).toBe(true);
    expect(await assignmentByCode(db, assignment.code)).toBeNull();
    expect(await classRecords(db, assignment.id)).toEqual([]);
    expect(await attemptsOf(db, participant.id)).toEqual([]);
    const left = await handle.query(
      'SELECT count(*)::int AS n FROM answers a JOIN attempts t ON t.id = a.attempt_id WHERE t.participant_id = $1',
      [participant.id],
    );
    expect(left[0]!.n).toBe(0);
  });

  test('a student cannot join before the opening time or after the closing time', async () => {
    const teacher = await makeTeacher();
    const later = await createAssignment(db, teacher.id, newAssignment({ opensAt: minutes(30) }));
    expect(await join(db, later, { displayName: 'Tim', studentNumber: null }, T0)).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringContaining('nog niet open'),
    });
    const over = await createAssignment(db, teacher.id, newAssignment({ closesAt: minutes(-1) }));
    expect(await join(db, over, { displayName: 'Tim', studentNumber: null }, T0)).toMatchObject({
      ok: false,
      error: expect.stringContaining('gesloten'),
    });
  });

  test("a student's token works only for the assignment it was given for", async () => {
    const { assignment, token, teacher } = await makeStudent();
    const other = await createAssignment(db, teacher.id, newAssignment());
    expect(await participantByToken(db, assignment.id, token)).not.toBeNull();
    expect(await participantByToken(db, other.id, token)).toBeNull();
  });

  test('saved answers are kept, replaced and cleared, and the server scores them at hand-in', async () => {
    const { assignment, participant } = await makeStudent();
    await saveAnswers(db, assignment, participant.id, { mc: { optionIds: ['mail'] }, tf: { value: true } }, minutes(1));
    await saveAnswers(db, assignment, participant.id, { tf: { value: false }, cat: null }, minutes(2));
    const [attempt] = await attemptsOf(db, participant.id);
    expect(Object.fromEntries(attempt!.answers.map((answer) => [answer.exerciseId, answer.response]))).toEqual({
      mc: { optionIds: ['mail'] },
      tf: { value: false },
    });
    const result = await submit(
      db,
      assignment,
      exercises,
      participant.id,
      { submissionId: randomUUID(), responses: {} },
      minutes(3),
    );
    expect(result).toMatchObject({ ok: true, repeated: false });
    if (!result.ok) return;
    // mc: one of two right options (0.5), tf right (1), cat unanswered (0).
    expect(result.attempt.points).toBeCloseTo(1.5);
    expect(result.attempt.maxPoints).toBe(3);
    expect(result.scores.cat?.points).toBe(0);
  });

  test('a hand-in that sends every answer replaces the saved ones; null clears one', async () => {
    const { assignment, participant } = await makeStudent();
    await saveAnswers(db, assignment, participant.id, { cat: fullMarks.cat, tf: { value: true } }, minutes(1));
    const result = await submit(
      db,
      assignment,
      exercises,
      participant.id,
      { submissionId: randomUUID(), responses: { mc: fullMarks.mc, tf: fullMarks.tf, cat: null } },
      minutes(2),
    );
    expect(result).toMatchObject({ ok: true, attempt: { points: 2, maxPoints: 3 } });
    const [attempt] = await attemptsOf(db, participant.id);
    expect(attempt!.answers.map((answer) => [answer.exerciseId, answer.correct]).sort()).toEqual([
      ['mc', true],
      ['tf', true],
    ]);
  });

  test('a student is found by code and cookie in one query, and only for that code', async () => {
    const { assignment, participant, token, teacher } = await makeStudent();
    const other = await createAssignment(db, teacher.id, newAssignment());
    expect(await participantForCode(db, assignment.code, token)).toMatchObject({
      assignment: { id: assignment.id },
      participant: { id: participant.id },
    });
    expect(await participantForCode(db, other.code, token)).toBeNull();
    expect(await participantForCode(db, assignment.code, 'x' + token)).toBeNull();
  });

  test('handing in twice with the same id stores one result; a new id after hand-in is refused', async () => {
    const { assignment, participant } = await makeStudent();
    const submissionId = randomUUID();
    const first = await submit(db, assignment, exercises, participant.id, { submissionId, responses: fullMarks }, minutes(4));
    const again = await submit(db, assignment, exercises, participant.id, { submissionId, responses: {} }, minutes(5));
    expect(first).toMatchObject({ ok: true, repeated: false, attempt: { points: 3 } });
    expect(again).toMatchObject({ ok: true, repeated: true, attempt: { points: 3 } });
    const other = await submit(
      db,
      assignment,
      exercises,
      participant.id,
      { submissionId: randomUUID(), responses: {} },
      minutes(5),
    );
    expect(other).toMatchObject({ ok: false, status: 409 });
    const attempts = await attemptsOf(db, participant.id);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.answers).toHaveLength(3);
  });

  test('the same hand-in sent five times at once is stored once', async () => {
    const { assignment, participant } = await makeStudent();
    const submissionId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        submit(db, assignment, exercises, participant.id, { submissionId, responses: fullMarks }, minutes(4)),
      ),
    );
    expect(results.every((result) => result.ok && result.attempt.points === 3)).toBe(true);
    expect(results.filter((result) => result.ok && !result.repeated)).toHaveLength(1);
    expect(await attemptsOf(db, participant.id)).toHaveLength(1);
  });

  test('after the closing time nothing is saved or handed in', async () => {
    const { assignment, participant } = await makeStudent();
    expect(await saveAnswers(db, assignment, participant.id, { tf: { value: true } }, minutes(61))).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(
      await submit(db, assignment, exercises, participant.id, { submissionId: randomUUID(), responses: fullMarks }, minutes(61)),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('gesloten'),
    });
    expect((await attemptsOf(db, participant.id))[0]).toMatchObject({ submittedAt: null, answers: [] });
  });

  test('a new attempt starts only while attempts are left, and the teacher sees every attempt', async () => {
    const { assignment, participant } = await makeStudent({ maxAttempts: 2 });
    await submit(
      db,
      assignment,
      exercises,
      participant.id,
      { submissionId: randomUUID(), responses: { tf: { value: true } } },
      minutes(1),
    );
    expect(await saveAnswers(db, assignment, participant.id, { tf: { value: false } }, minutes(2))).toMatchObject({ ok: false });
    expect(await startAttempt(db, assignment, participant.id, minutes(2))).toEqual({ ok: true });
    expect(await startAttempt(db, assignment, participant.id, minutes(2))).toEqual({ ok: true });
    await submit(db, assignment, exercises, participant.id, { submissionId: randomUUID(), responses: fullMarks }, minutes(3));
    expect(await startAttempt(db, assignment, participant.id, minutes(4))).toMatchObject({
      ok: false,
      error: expect.stringContaining('al je pogingen'),
    });
    const [record] = await classRecords(db, assignment.id);
    expect(record!.attempts.map((attempt) => [attempt.number, attempt.points])).toEqual([
      [1, 0],
      [2, 3],
    ]);
  });

  test("an assignment's results hold only its own students", async () => {
    const one = await makeStudent();
    const two = await makeStudent();
    expect((await classRecords(db, one.assignment.id)).map((record) => record.id)).toEqual([one.participant.id]);
    expect((await classRecords(db, two.assignment.id)).map((record) => record.id)).toEqual([two.participant.id]);
  });
});

async function columnsOf(handle: DatabaseHandle, table: string) {
  const rows = await handle.query(
    `SELECT column_name, is_nullable, data_type, udt_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
    [table],
  );
  const typeName: Record<string, string> = {
    int4: 'integer',
    text: 'text',
    jsonb: 'jsonb',
    timestamptz: 'timestamp with time zone',
    bool: 'boolean',
    float8: 'double precision',
    uuid: 'uuid',
  };
  return Object.fromEntries(
    rows.map((row) => [
      row.column_name,
      { notNull: row.is_nullable === 'NO', type: typeName[row.udt_name as string] ?? row.udt_name },
    ]),
  );
}
