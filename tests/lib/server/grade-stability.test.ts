import { randomUUID } from 'node:crypto';
import { csvQuestions } from '@/lib/server/labels.server';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { toDutchCsv } from '@/lib/assignments/csv';
import { reviewOf } from '@/lib/assignments/grade';
import { countedAnswers, resultRows, summarize } from '@/lib/assignments/report';
import { questionStats } from '@/lib/assignments/results';
import { assignmentByCode, createAssignment, type Assignment } from '@/lib/db/assignments.server';
import { attemptsOf, participantByToken } from '@/lib/db/participation.server';
import { classRecords } from '@/lib/db/results.server';
import { signUp } from '@/lib/db/teachers.server';
import { score, solve, type Exercise } from '@/lib/scoring';
import { describeResponse } from '@/lib/scoring/schema';
import { join, submit } from '@/lib/server/participation.server';
import { exercisesOf, questionsOf } from '@/lib/server/student.server';
import { databaseKinds, useFreshDatabase } from '../../support/databases';
import { makeCategorize, makeMultipleChoice, makeTrueFalse } from '../scoring/factories';

// A grade a student was given never changes silently: after a hand-in, an author edits the bank
// (another key, other points, other texts). The grade, the student's review, the teacher's
// drill-down, the item analysis and the CSV stay exactly what they were at hand-in.

const bank = new Map<string, Exercise>();
const current: { db?: Awaited<ReturnType<typeof useFreshDatabase>>['db'] } = {};

vi.mock('@/lib/content/toetsbank.server', () => ({
  exercisesByIds: async (ids: readonly string[]) => ids.flatMap((id) => bank.get(id) ?? []),
}));
vi.mock('@/lib/db/client.server', async (original) => ({
  ...(await original<typeof import('@/lib/db/client.server')>()),
  getDb: async () => current.db!,
}));

const T0 = new Date('2026-11-24T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const original = [makeMultipleChoice(), makeTrueFalse(), makeCategorize()];
// One of two right options (0.5), the statement right (1), two of four placed right (0.5): 2 of 3.
const given = {
  mc: { optionIds: ['mail'] },
  tf: { value: false },
  cat: { placements: { dmu: 'b2b', offerte: 'b2c', snel: 'b2c', alleen: 'b2b' } },
};

/** The bank after an author's edit: another key, other points and other words for every exercise. */
function editBank() {
  const options = makeMultipleChoice().options.map((option) => ({ ...option, correct: option.id === 'mail' }));
  bank.set('mc', makeMultipleChoice({ options, points: 4 }));
  bank.set('tf', makeTrueFalse({ answer: true, statement: 'De klantreis begint bij de kassa.' }));
  bank.set('cat', makeCategorize({ points: 2, items: makeCategorize().items.map((item) => ({ ...item, category: 'b2b' })) }));
}

describe.each(databaseKinds)('a grade stays what it was after the bank is edited (%s)', (kind) => {
  const database = useFreshDatabase(kind);
  beforeEach(() => {
    current.db = database.db;
    bank.clear();
    for (const exercise of original) bank.set(exercise.id, exercise);
  });

  /** Everything a student and a teacher see of an assignment's results, read the way the pages read it. */
  async function views(assignmentCode: string) {
    const assignment = (await assignmentByCode(database.db, assignmentCode))!;
    const exercises = await exercisesOf(assignment);
    const records = await classRecords(database.db, assignment.id);
    const summaries = records.map(summarize);
    const attempt = records[0]!.attempts[0]!;
    return {
      grade: [attempt.points, attempt.maxPoints],
      review: reviewOf(questionsOf(assignment, exercises), attempt.answers),
      drillDown: exercises.map((exercise) => {
        const answer = attempt.answers.find((candidate) => candidate.exerciseId === exercise.id);
        return [describeResponse(exercise, answer?.response), answer?.points, describeResponse(exercise, solve(exercise))];
      }),
      stats: questionStats(exercises, countedAnswers(summaries)),
      csv: toDutchCsv(resultRows(csvQuestions(assignment.exerciseIds, exercises), summaries, (date) => date.toISOString())),
    };
  }

  async function handIn(assignment: Assignment) {
    const joined = await join(database.db, assignment, { displayName: 'Sanne', studentNumber: '123' }, T0);
    if (!joined.ok) throw new Error(joined.error);
    const participant = (await participantByToken(database.db, assignment.id, joined.token))!;
    const submissionId = randomUUID();
    const result = await submit(
      database.db,
      assignment,
      await exercisesOf(assignment),
      participant.id,
      { submissionId, responses: given },
      minutes(5),
    );
    expect(result).toMatchObject({ ok: true, attempt: { points: 2, maxPoints: 3 } });
    return { participant, submissionId };
  }

  async function makeAssignment() {
    const teacher = await signUp(database.db, {
      name: 'Docent',
      email: `d-${randomUUID()}@school.nl`,
      password: 'geheim-wachtwoord',
    });
    if (!teacher.ok) throw new Error(teacher.error);
    return createAssignment(database.db, teacher.teacher.id, {
      title: 'Toets',
      exercises: [...bank.values()],
      selection: { mode: 'hand' },
      opensAt: null,
      closesAt: minutes(60),
      maxAttempts: 1,
      showAnswers: 'direct',
    });
  }

  test('grade, review, drill-down, item analysis and CSV are the same before and after the edit', async () => {
    const assignment = await makeAssignment();
    const { participant, submissionId } = await handIn(assignment);
    const before = await views(assignment.code);
    expect(before.grade).toEqual([2, 3]);
    expect(before.review.map((question) => question.score.points)).toEqual([0.5, 1, 0.5]);

    editBank();
    // The edit matters: the same answers against the edited bank would score otherwise.
    expect(
      original.map((exercise) => score(bank.get(exercise.id)!, given[exercise.id as keyof typeof given]).points),
    ).not.toEqual([0.5, 1, 0.5]);

    const after = await views(assignment.code);
    expect(after).toEqual(before);
    // Sending the same hand-in again returns the stored result, not a new grade.
    const again = await submit(
      database.db,
      assignment,
      await exercisesOf(assignment),
      participant.id,
      { submissionId, responses: given },
      minutes(6),
    );
    expect(again).toMatchObject({ ok: true, repeated: true, attempt: { points: 2 } });
    if (again.ok) expect(Object.values(again.scores).map((one) => one.points)).toEqual([0.5, 1, 0.5]);
  });

  test('an assignment made before snapshots keeps the exercises it first read, not a later edit', async () => {
    const assignment = await makeAssignment();
    await database.db.execute(sql`UPDATE assignments SET exercises = NULL WHERE id = ${assignment.id}`);
    const legacy = (await assignmentByCode(database.db, assignment.code))!;
    expect(legacy.exercises).toBeNull();
    await handIn(legacy);
    const before = await views(assignment.code);
    editBank();
    expect(await views(assignment.code)).toEqual(before);
    expect((await assignmentByCode(database.db, assignment.code))!.exercises).toEqual(original);
  });

  test('the answers stored at hand-in hold what each part earned', async () => {
    const assignment = await makeAssignment();
    const { participant } = await handIn(assignment);
    const [attempt] = await attemptsOf(database.db, participant.id);
    const mc = attempt!.answers.find((answer) => answer.exerciseId === 'mc')!;
    expect(mc.parts).toEqual([
      expect.objectContaining({ id: 'mail', correct: true }),
      expect.objectContaining({ id: 'kassa', correct: false, missed: true }),
    ]);
  });
});
