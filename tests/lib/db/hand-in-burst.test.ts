import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAssignment, type Assignment } from '@/lib/db/assignments.server';
import type { DatabaseHandle, Db } from '@/lib/db/client.server';
import { attemptsOf, claimHandIn, participantByToken } from '@/lib/db/participation.server';
import { signUp } from '@/lib/db/teachers.server';
import { join, saveAnswers, startAttempt, submit } from '@/lib/server/participation.server';
import type { Exercise } from '@/lib/scoring';
import { databaseKinds, freshDatabase, useFreshDatabase } from '../../support/databases';
import { makeMultipleChoice, makeTrueFalse } from '../scoring/factories';

// A whole class hands in at the bell: the hand-ins that arrive together are written together (one
// transaction per batch). Each student must still get exactly their own grade, once.

const T0 = new Date('2026-11-24T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const exercises: Exercise[] = [makeMultipleChoice(), makeTrueFalse()];
const right = { mc: { optionIds: ['mail', 'kassa'] }, tf: { value: false } };
const wrong = { mc: { optionIds: ['fabriek'] }, tf: { value: true } };

let teachers = 0;
async function classOf(db: Db, size: number, overrides: { maxAttempts?: number } = {}) {
  const signedUp = await signUp(db, {
    name: 'Docent',
    email: `docent-${teachers++}@school.nl`,
    password: 'geheim-wachtwoord',
  });
  if (!signedUp.ok) throw new Error(signedUp.error);
  const assignment = (await createAssignment(db, signedUp.teacher.id, {
    title: 'Toets',
    exercises,
    selection: { mode: 'hand' },
    opensAt: null,
    closesAt: minutes(60),
    maxAttempts: overrides.maxAttempts ?? 1,
    showAnswers: 'direct',
  })) as Assignment;
  const students: number[] = [];
  for (let i = 0; i < size; i++) {
    const joined = await join(db, assignment, { displayName: `Leerling ${i}`, studentNumber: null }, T0);
    if (!joined.ok) throw new Error(joined.error);
    students.push((await participantByToken(db, assignment.id, joined.token))!.id);
  }
  return { assignment, students };
}

describe.each(databaseKinds)('hand-ins at once on %s', (kind) => {
  const fresh = useFreshDatabase(kind);

  test('60 students at once, 1 in 5 pressing twice: each hands in once, with their own grade', async () => {
    const { assignment, students } = await classOf(fresh.db, 60);
    // Every third student only saved their answers before the bell and sends none with the hand-in.
    for (const [i, id] of students.entries())
      if (i % 3 === 0) await saveAnswers(fresh.db, assignment, id, i % 2 ? right : wrong, minutes(1));
    const sends = students.flatMap((id, i) => {
      const input = { submissionId: randomUUID(), responses: i % 3 === 0 ? {} : i % 2 ? right : wrong };
      const send = () => submit(fresh.db, assignment, exercises, id, input, minutes(2));
      return i % 5 === 0
        ? [
            { i, id, send },
            { i, id, send },
          ]
        : [{ i, id, send }];
    });
    const results = await Promise.all(sends.map(async (entry) => ({ ...entry, result: await entry.send() })));
    for (const { i, id, result } of results) {
      const points = i % 2 ? 2 : 0;
      expect(result, `student ${i}`).toMatchObject({ ok: true, attempt: { points, maxPoints: 2 } });
      const firsts = results.filter((other) => other.id === id && other.result.ok && !other.result.repeated);
      expect(firsts, `student ${i}`).toHaveLength(1);
      const stored = await attemptsOf(fresh.db, id);
      expect(stored, `student ${i}`).toHaveLength(1);
      expect(stored[0]).toMatchObject({ points, maxPoints: 2, submittedAt: minutes(2) });
      expect(stored[0]!.answers.map((answer) => answer.exerciseId).sort()).toEqual(['mc', 'tf']);
    }
  });

  test('a grade that fails for one student fails only that hand-in; the others in its batch are stored', async () => {
    const { students } = await classOf(fresh.db, 5);
    const broken = students[2]!;
    const outcomes = await Promise.allSettled(
      students.map((id) =>
        claimHandIn(
          fresh.db,
          id,
          { submissionId: randomUUID(), needsSaved: false },
          () => {
            if (id === broken) throw new Error('scoring bug');
            return { answers: [], scores: {}, points: 1, maxPoints: 2 };
          },
          minutes(2),
        ),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((await attemptsOf(fresh.db, broken))[0]).toMatchObject({ submittedAt: null });
    expect((await attemptsOf(fresh.db, students[3]!))[0]).toMatchObject({ points: 1, submittedAt: minutes(2) });
  });

  test('a hand-in sent again after the next attempt started returns the first result and leaves the new attempt open', async () => {
    const { assignment, students } = await classOf(fresh.db, 1, { maxAttempts: 2 });
    const id = students[0]!;
    const first = { submissionId: randomUUID(), responses: right };
    expect(await submit(fresh.db, assignment, exercises, id, first, minutes(2))).toMatchObject({ ok: true, repeated: false });
    expect(await startAttempt(fresh.db, assignment, id, minutes(3))).toEqual({ ok: true });
    expect(await submit(fresh.db, assignment, exercises, id, { ...first, responses: wrong }, minutes(4))).toMatchObject({
      ok: true,
      repeated: true,
      attempt: { number: 1, points: 2 },
    });
    expect((await attemptsOf(fresh.db, id)).map((attempt) => [attempt.number, attempt.submittedAt])).toEqual([
      [1, minutes(2)],
      [2, null],
    ]);
    // After the closing time the retry still gets its stored result; a new hand-in is refused.
    expect(await submit(fresh.db, assignment, exercises, id, first, minutes(61))).toMatchObject({ ok: true, repeated: true });
    expect(
      await submit(fresh.db, assignment, exercises, id, { submissionId: randomUUID(), responses: right }, minutes(61)),
    ).toMatchObject({ ok: false, reason: 'closed' });
  });
});

// Only where a PostgreSQL runs (PGlite is one process by design).
describe.each(databaseKinds.filter((kind) => kind === 'postgres'))('two server processes on %s', (kind) => {
  let handle: DatabaseHandle & { openAgain?: () => Promise<DatabaseHandle> };
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  }, 60_000);
  afterAll(() => handle?.close());

  test('two server processes on one PostgreSQL, each getting half the class and some of the same retries: each stored once', async () => {
    const db = handle.db;
    const other = await handle.openAgain!();
    try {
      const { assignment, students } = await classOf(db, 80);
      // Each student's hand-in goes to one process; one in four also sends it to the other one.
      const sends = students.flatMap((id, i) => {
        const input = { submissionId: randomUUID(), responses: i % 2 ? right : wrong };
        const on = (database: Db) => () => submit(database, assignment, exercises, id, input, minutes(2));
        const [mine, theirs] = i % 2 ? [db, other.db] : [other.db, db];
        return i % 4 === 0 ? [on(mine), on(theirs)] : [on(mine)];
      });
      const results = await Promise.all(sends.map((send) => send()));
      expect(results.every((result) => result.ok)).toBe(true);
      expect(results.filter((result) => result.ok && !result.repeated)).toHaveLength(students.length);
      for (const [i, id] of students.entries()) {
        const stored = await attemptsOf(db, id);
        expect(stored.map((attempt) => attempt.points)).toEqual([i % 2 ? 2 : 0]);
      }
    } finally {
      await other.close();
    }
  }, 60_000);
});
