import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createAssignment, type NewAssignment } from '@/lib/db/assignments.server';
import { attemptsOf, mergeParticipants, participantByToken } from '@/lib/db/participation.server';
import { classRecords, resultsStamp } from '@/lib/db/results.server';
import { signUp } from '@/lib/db/teachers.server';
import { join, saveAnswers, startAttempt, submit } from '@/lib/server/participation.server';
import { summarize } from '@/lib/assignments/report';
import type { Exercise, ExerciseResponse } from '@/lib/scoring';
import { databaseKinds, useFreshDatabase } from '../../support/databases';
import { makeMultipleChoice, makeTrueFalse } from '../scoring/factories';

// A student who joined twice (a second browser) is merged by the teacher into one participant. The
// attack tests come first: only the owner, only two students of the same assignment, never one into
// itself, and two merges at once leave one consistent student.

const T0 = new Date('2026-11-24T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const exercises: Exercise[] = [makeMultipleChoice(), makeTrueFalse()];
const right = { mc: { optionIds: ['mail', 'kassa'] }, tf: { value: false } };
const wrong = { tf: { value: true } };
let counter = 0;

describe.each(databaseKinds)('merging two joins of one student on %s', (kind) => {
  const database = useFreshDatabase(kind);

  async function makeTeacher() {
    const result = await signUp(database.db, {
      name: 'Docent',
      email: `merge-${Date.now().toString(36)}-${counter++}@school.nl`,
      password: 'geheim-wachtwoord',
    });
    if (!result.ok) throw new Error(result.error);
    return result.teacher;
  }
  async function makeAssignment(teacherId: number, overrides: Partial<NewAssignment> = {}) {
    return createAssignment(database.db, teacherId, {
      title: 'Toets',
      exercises,
      selection: { mode: 'hand' },
      opensAt: null,
      closesAt: null,
      maxAttempts: 3,
      showAnswers: 'direct',
      ...overrides,
    });
  }
  async function joinAs(assignment: Awaited<ReturnType<typeof makeAssignment>>, name: string, at: Date) {
    const joined = await join(database.db, assignment, { displayName: name, studentNumber: null }, at);
    if (!joined.ok) throw new Error(joined.error);
    return (await participantByToken(database.db, assignment.id, joined.token))!;
  }
  async function handIn(
    assignment: Awaited<ReturnType<typeof makeAssignment>>,
    participantId: number,
    responses: Record<string, ExerciseResponse | null>,
    at: Date,
  ) {
    const result = await submit(database.db, assignment, exercises, participantId, { submissionId: randomUUID(), responses }, at);
    if (!result.ok) throw new Error(result.error);
  }
  /** A class with Sem twice: first browser handed in a wrong attempt, the second a right one. */
  async function semTwice() {
    const teacher = await makeTeacher();
    const assignment = await makeAssignment(teacher.id);
    const first = await joinAs(assignment, 'Sem B.', minutes(0));
    await handIn(assignment, first.id, wrong, minutes(5));
    const second = await joinAs(assignment, 'Sem B.', minutes(10));
    await handIn(assignment, second.id, right, minutes(15));
    return { teacher, assignment, first, second };
  }

  test('another teacher cannot merge (or learn about) the students of an assignment', async () => {
    const { assignment, first, second } = await semTwice();
    const stranger = await makeTeacher();
    expect(await mergeParticipants(database.db, stranger.id, assignment.id, first.id, second.id)).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await classRecords(database.db, assignment.id)).toHaveLength(2);
  });

  test('a student cannot be merged into itself', async () => {
    const { teacher, assignment, first } = await semTwice();
    expect(await mergeParticipants(database.db, teacher.id, assignment.id, first.id, first.id)).toEqual({
      ok: false,
      reason: 'same',
    });
    expect(await attemptsOf(database.db, first.id)).toHaveLength(1);
  });

  test('students of two assignments cannot be merged, even of the same teacher', async () => {
    const { teacher, assignment, first } = await semTwice();
    const other = await makeAssignment(teacher.id);
    const elsewhere = await joinAs(other, 'Sem B.', minutes(1));
    expect(await mergeParticipants(database.db, teacher.id, assignment.id, first.id, elsewhere.id)).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await mergeParticipants(database.db, teacher.id, other.id, elsewhere.id, first.id)).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await classRecords(database.db, assignment.id)).toHaveLength(2);
    expect(await classRecords(database.db, other.id)).toHaveLength(1);
  });

  test('a merge keeps one student with every handed-in attempt, in the order made; the best counts', async () => {
    const { teacher, assignment, first, second } = await semTwice();
    expect(await mergeParticipants(database.db, teacher.id, assignment.id, first.id, second.id)).toEqual({ ok: true });
    const records = await classRecords(database.db, assignment.id);
    expect(records.map((record) => record.id)).toEqual([first.id]);
    const attempts = records[0]!.attempts;
    expect(attempts.map((attempt) => [attempt.number, attempt.submittedAt])).toEqual([
      [1, minutes(5)],
      [2, minutes(15)],
    ]);
    expect(attempts[1]!.answers.map((answer) => answer.exerciseId).sort()).toEqual(['mc', 'tf']);
    const summary = summarize(records[0]!);
    expect(summary.submitted).toBe(2);
    expect(summary.counting?.number).toBe(2);
    expect(summary.counting?.points).toBe(summary.counting?.maxPoints);
  });

  test('of two open attempts the kept student keeps theirs; the other one goes with its saved answers', async () => {
    const teacher = await makeTeacher();
    const assignment = await makeAssignment(teacher.id);
    const first = await joinAs(assignment, 'Noor', minutes(0));
    await handIn(assignment, first.id, wrong, minutes(2));
    await startAttempt(database.db, assignment, first.id, minutes(3));
    const second = await joinAs(assignment, 'Noor', minutes(4));
    await saveAnswers(database.db, assignment, second.id, { tf: { value: false } }, minutes(5));
    expect(await mergeParticipants(database.db, teacher.id, assignment.id, first.id, second.id)).toEqual({ ok: true });
    const attempts = await attemptsOf(database.db, first.id);
    expect(attempts.map((attempt) => [attempt.number, attempt.startedAt, attempt.submittedAt])).toEqual([
      [1, minutes(0), minutes(2)],
      [2, minutes(3), null],
    ]);
  });

  test('an open attempt of the merged student moves when the kept one has none open', async () => {
    const teacher = await makeTeacher();
    const assignment = await makeAssignment(teacher.id);
    const first = await joinAs(assignment, 'Ali', minutes(0));
    await handIn(assignment, first.id, wrong, minutes(2));
    const second = await joinAs(assignment, 'Ali', minutes(4));
    await saveAnswers(database.db, assignment, second.id, { tf: { value: false } }, minutes(5));
    expect(await mergeParticipants(database.db, teacher.id, assignment.id, first.id, second.id)).toEqual({ ok: true });
    const attempts = await attemptsOf(database.db, first.id);
    expect(attempts.map((attempt) => [attempt.number, attempt.submittedAt])).toEqual([
      [1, minutes(2)],
      [2, null],
    ]);
    expect(attempts[1]!.answers.map((answer) => answer.exerciseId)).toEqual(['tf']);
  });

  test('two merges at once (each into the other) leave exactly one student with both attempts', async () => {
    const { teacher, assignment, first, second } = await semTwice();
    const results = await Promise.all([
      mergeParticipants(database.db, teacher.id, assignment.id, first.id, second.id),
      mergeParticipants(database.db, teacher.id, assignment.id, second.id, first.id),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'not-found' }]);
    const records = await classRecords(database.db, assignment.id);
    expect(records).toHaveLength(1);
    expect(records[0]!.attempts.map((attempt) => attempt.number)).toEqual([1, 2]);
  });
});

describe.each(databaseKinds)('the stamp a results page polls, on %s', (kind) => {
  const database = useFreshDatabase(kind);

  test('it changes when a student joins, hands in or is merged, and is null for another teacher', async () => {
    const make = async (name: string) => {
      const made = await signUp(database.db, {
        name,
        email: `stamp-${name}-${counter++}@school.nl`,
        password: 'geheim-wachtwoord',
      });
      if (!made.ok) throw new Error(made.error);
      return made.teacher;
    };
    const [teacher, stranger] = [await make('Bakker'), await make('Jansen')];
    const assignment = await createAssignment(database.db, teacher.id, {
      title: 'Toets',
      exercises,
      selection: { mode: 'hand' },
      opensAt: null,
      closesAt: null,
      maxAttempts: 2,
      showAnswers: 'direct',
    });
    const stamps = [await resultsStamp(database.db, teacher.id, assignment.id)];
    expect(await resultsStamp(database.db, stranger.id, assignment.id)).toBeNull();
    const join1 = await join(database.db, assignment, { displayName: 'Sem', studentNumber: null }, minutes(0));
    const first = (await participantByToken(database.db, assignment.id, (join1 as { token: string }).token))!;
    stamps.push(await resultsStamp(database.db, teacher.id, assignment.id));
    await submit(database.db, assignment, exercises, first.id, { submissionId: randomUUID(), responses: right }, minutes(1));
    stamps.push(await resultsStamp(database.db, teacher.id, assignment.id));
    const join2 = await join(database.db, assignment, { displayName: 'Sem', studentNumber: null }, minutes(2));
    const second = (await participantByToken(database.db, assignment.id, (join2 as { token: string }).token))!;
    stamps.push(await resultsStamp(database.db, teacher.id, assignment.id));
    await mergeParticipants(database.db, teacher.id, assignment.id, first.id, second.id);
    stamps.push(await resultsStamp(database.db, teacher.id, assignment.id));
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(await resultsStamp(database.db, teacher.id, assignment.id)).toBe(stamps.at(-1));
  });
});
