import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createAssignment, listAssignments } from '@/lib/db/assignments.server';
import { mergeParticipants, participantByToken } from '@/lib/db/participation.server';
import { resultsStamp } from '@/lib/db/results.server';
import { classMaps, createMapAssignment, draftOf, handInsOf } from '@/lib/db/studio.server';
import { signUp } from '@/lib/db/teachers.server';
import type { MapSettings } from '@/lib/assignments/map-assignment';
import { join } from '@/lib/server/participation.server';
import { gradeMap, handInMap, saveMap } from '@/lib/server/studio-assignment.server';
import { databaseKinds, useFreshDatabase } from '../../support/databases';
import { settings, studioMap } from '../../support/studio-map';

// A map assignment on PGlite and PostgreSQL: autosave, hand-in as a snapshot, grading on the server.
// Lean on purpose: one assignment per test, few queries.

const T0 = new Date('2026-11-24T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

let counter = 0;

describe.each(databaseKinds)('map assignments on %s', (kind) => {
  const database = useFreshDatabase(kind);

  async function setUp(overrides: Partial<MapSettings> = {}) {
    const db = database.db;
    const made = await signUp(db, {
      name: 'Docent',
      email: `kaart-${counter++}-${Date.now()}@school.nl`,
      password: 'geheim-wachtwoord',
    });
    if (!made.ok) throw new Error(made.error);
    const assignment = await createMapAssignment(db, made.teacher.id, {
      title: 'Klantreis telefoon',
      opensAt: null,
      closesAt: minutes(60),
      settings: settings(overrides),
    });
    const joined = await join(db, assignment, { displayName: 'Sanne', studentNumber: null }, T0);
    if (!joined.ok) throw new Error(joined.error);
    const participant = (await participantByToken(db, assignment.id, joined.token))!;
    return { db, teacher: made.teacher, assignment, participant };
  }

  test('save, hand in, save again: the hand-in is a snapshot; the teacher grades it and the points come from the rubric', async () => {
    const { db, teacher, assignment, participant } = await setUp();
    expect(assignment.kind).toBe('kaart');
    expect(await saveMap(db, assignment, participant.id, studioMap({ notes: 3 }), minutes(1))).toEqual({ ok: true });
    const submissionId = randomUUID();
    const stamps = [await resultsStamp(db, teacher.id, assignment.id)];
    const first = await handInMap(
      db,
      assignment,
      participant,
      { submissionId, map: studioMap({ notes: 4 }), members: [] },
      minutes(2),
    );
    expect(first).toMatchObject({ ok: true, repeated: false, handIn: { members: ['Sanne'], points: null } });
    // A retry with the same id stores nothing new.
    const again = await handInMap(
      db,
      assignment,
      participant,
      { submissionId, map: studioMap({ notes: 9 }), members: [] },
      minutes(3),
    );
    expect(again).toMatchObject({ ok: true, repeated: true });
    // The open results page sees the hand-in (the stamp it polls changes) …
    stamps.push(await resultsStamp(db, teacher.id, assignment.id));
    // The teacher's list counts the student who handed in (once, however often).
    expect((await listAssignments(db, teacher.id)).find((row) => row.id === assignment.id)).toMatchObject({ students: 1 });
    // Working on after the hand-in changes the draft, never the snapshot.
    await saveMap(db, assignment, participant.id, studioMap({ notes: 7, title: 'Later' }), minutes(4));
    expect((await draftOf(db, participant.id))!.map.journey.notes).toHaveLength(7);
    const handIns = await handInsOf(db, participant.id);
    expect(handIns).toHaveLength(1);
    expect(handIns[0]!.map.journey.notes).toHaveLength(4);
    expect(handIns[0]!.map.title).toBe('Een telefoon online kopen');

    const handInId = handIns[0]!.id;
    // Unknown criterion, a level out of range, a missing criterion: refused, nothing stored.
    for (const levels of [
      { touchpoints: 2, loyaliteit: 1, extra: 0 },
      { touchpoints: 3, loyaliteit: 1 },
      { touchpoints: -1, loyaliteit: 1 },
      { touchpoints: 1.5, loyaliteit: 1 },
      { touchpoints: 2 },
    ]) {
      expect(await gradeMap(db, teacher.id, assignment, handInId, { levels, feedback: '' }, minutes(5))).toMatchObject({
        ok: false,
        status: 400,
      });
    }
    expect((await handInsOf(db, participant.id))[0]!.gradedAt).toBeNull();
    // Another teacher cannot grade it.
    expect(
      await gradeMap(
        db,
        teacher.id + 1000,
        assignment,
        handInId,
        { levels: { touchpoints: 2, loyaliteit: 1 }, feedback: '' },
        minutes(5),
      ),
    ).toMatchObject({
      ok: false,
      status: 404,
    });
    const graded = await gradeMap(
      db,
      teacher.id,
      assignment,
      handInId,
      { levels: { touchpoints: '2', loyaliteit: 1 }, feedback: 'Mooi werk.' },
      minutes(6),
    );
    expect(graded).toEqual({ ok: true, points: 7, maxPoints: 7 });
    // … and the grade (another tab of the teacher's).
    stamps.push(await resultsStamp(db, teacher.id, assignment.id));
    expect(new Set(stamps).size).toBe(3);
    const [row] = await classMaps(db, assignment.id);
    expect(row).toMatchObject({
      name: 'Sanne',
      handIns: 1,
      latest: { points: 7, maxPoints: 7, feedback: 'Mooi werk.', levels: { touchpoints: 2, loyaliteit: 1 } },
    });
  });

  test('bad input is refused with a Dutch 400 and what was saved stays; a quiz takes no map; closed takes nothing new', async () => {
    const { db, assignment, participant } = await setUp();
    await saveMap(db, assignment, participant.id, studioMap({ notes: 2 }), minutes(1));
    const tooMany = studioMap({ notes: 201, text: 'x' });
    const broken = { ...studioMap(), journey: { ...studioMap().journey, notes: [{ id: 'X', lane: 'nope' }] } };
    const withScore = { ...studioMap(), points: 10 };
    const big = studioMap({ notes: 200, text: 'é'.repeat(200) });
    for (const map of [tooMany, broken, withScore, big, null, 'kaart']) {
      const result = await saveMap(db, assignment, participant.id, map, minutes(2));
      expect(result).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/^De|^Deze/) });
    }
    expect((await draftOf(db, participant.id))!.map.journey.notes).toHaveLength(2);
    // Groups are off: names of others are refused.
    expect(
      await handInMap(
        db,
        assignment,
        participant,
        { submissionId: randomUUID(), map: studioMap(), members: ['Tim'] },
        minutes(3),
      ),
    ).toMatchObject({ ok: false, status: 400 });
    // After closing: refused as a quiz is.
    expect(
      await handInMap(db, assignment, participant, { submissionId: randomUUID(), map: studioMap(), members: [] }, minutes(61)),
    ).toMatchObject({ ok: false, reason: 'closed', status: 409 });
    expect(await handInsOf(db, participant.id)).toEqual([]);

    // A quiz assignment takes no map.
    const quiz = await createAssignment(db, assignment.teacherId, {
      title: 'Toets',
      exercises: [],
      selection: { mode: 'hand' },
      opensAt: null,
      closesAt: null,
      maxAttempts: 1,
      showAnswers: 'direct',
    });
    expect(quiz.kind).toBe('toets');
    expect(
      await handInMap(db, quiz, participant, { submissionId: randomUUID(), map: studioMap(), members: [] }, minutes(3)),
    ).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  test('merging two sign-ups keeps every hand-in (with its grade) and the newer draft', async () => {
    const { db, teacher, assignment, participant: first } = await setUp();
    const joined = await join(db, assignment, { displayName: 'Sanne', studentNumber: null }, minutes(1));
    if (!joined.ok) throw new Error(joined.error);
    const second = (await participantByToken(db, assignment.id, joined.token))!;
    const handIn = async (participant: typeof first, notes: number, at: Date) => {
      const result = await handInMap(
        db,
        assignment,
        participant,
        { submissionId: randomUUID(), map: studioMap({ notes }), members: [] },
        at,
      );
      if (!result.ok) throw new Error(result.error);
      return result.handIn;
    };
    const graded = await handIn(first, 2, minutes(2));
    await gradeMap(
      db,
      teacher.id,
      assignment,
      graded.id,
      { levels: { touchpoints: 1, loyaliteit: 0 }, feedback: 'Goed begin.' },
      minutes(3),
    );
    await handIn(second, 3, minutes(4));
    await saveMap(db, assignment, second.id, studioMap({ notes: 5 }), minutes(5));
    await saveMap(db, assignment, first.id, studioMap({ notes: 1 }), minutes(6));
    await handIn(second, 4, minutes(7));
    await saveMap(db, assignment, second.id, studioMap({ notes: 8 }), minutes(8));

    expect(await mergeParticipants(db, teacher.id, assignment.id, first.id, second.id)).toEqual({ ok: true });
    const kept = await handInsOf(db, first.id);
    expect(kept.map((row) => row.map.journey.notes.length)).toEqual([2, 3, 4]);
    expect(kept[0]).toMatchObject({ points: 2, feedback: 'Goed begin.' });
    // The newer draft (the second browser's, saved last) is the one to go on with.
    expect((await draftOf(db, first.id))!.map.journey.notes).toHaveLength(8);
    const [row] = await classMaps(db, assignment.id);
    expect(row).toMatchObject({ participantId: first.id, handIns: 3, latest: { id: kept[2]!.id } });
  });

  test('a group hand-in names every member; the database refuses an oversized map even past the server', async () => {
    const { db, assignment, participant } = await setUp({ groups: true });
    const handedIn = await handInMap(
      db,
      assignment,
      participant,
      { submissionId: randomUUID(), map: studioMap(), members: ['Tim', 'Aya'] },
      minutes(1),
    );
    expect(handedIn).toMatchObject({ ok: true, handIn: { members: ['Sanne', 'Tim', 'Aya'] } });
    const huge = { ...studioMap(), title: 'x'.repeat(250_000) };
    await expect(
      database.handle.query('INSERT INTO map_drafts (participant_id, map, saved_at) VALUES ($1, $2, now())', [
        participant.id,
        JSON.stringify(huge),
      ]),
    ).rejects.toThrow(/check/i);
  });
});
