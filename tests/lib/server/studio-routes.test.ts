import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { createAssignment } from '@/lib/db/assignments.server';
import { draftOf, handInsOf } from '@/lib/db/studio.server';
import { createMapAssignment } from '@/lib/db/studio.server';
import { participantByToken } from '@/lib/db/participation.server';
import { signUp } from '@/lib/db/teachers.server';
import { join } from '@/lib/server/participation.server';
import { MAP_LIMITS } from '@/lib/studio/map';
import { PUT as save } from '@/app/api/opdracht/[code]/kaart/route';
import { POST as handIn } from '@/app/api/opdracht/[code]/kaart/inleveren/route';
import { useFreshDatabase } from '../../support/databases';
import { settings, studioMap } from '../../support/studio-map';

// The attacks on the map routes, through the real route handlers (PGlite only: the database layer
// has its own tests on both). Every hostile request gets a Dutch 400 and leaves the saved map alone.

const current: { db?: ReturnType<typeof useFreshDatabase>['db']; token?: string } = {};
vi.mock('@/lib/db/client.server', async (original) => ({
  ...(await original<typeof import('@/lib/db/client.server')>()),
  getDb: async () => current.db!,
}));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => (current.token ? { value: current.token } : undefined) }),
  headers: async () => new Headers(),
}));

const send = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://klantreis.nl/api/opdracht/x/kaart', {
    method: 'PUT',
    headers: { origin: 'http://klantreis.nl', host: 'klantreis.nl', 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
const at = (code: string) => ({ params: Promise.resolve({ code }) });

async function expectRefused(response: Response, status = 400) {
  expect(response.status).toBe(status);
  const { error } = (await response.json()) as { error: string };
  expect(error).toMatch(/^[A-Z]/);
  return error;
}

describe('the map routes (PGlite)', () => {
  const database = useFreshDatabase('pglite');
  const codes = { map: '', quiz: '' };
  let participantId = 0;
  let quizToken = '';

  beforeAll(async () => {
    current.db = database.db;
    const db = database.db;
    const made = await signUp(db, { name: 'Docent', email: `routes-${Date.now()}@school.nl`, password: 'geheim-wachtwoord' });
    if (!made.ok) throw new Error(made.error);
    const assignment = await createMapAssignment(db, made.teacher.id, {
      title: 'Kaart',
      opensAt: null,
      closesAt: null,
      settings: settings(),
    });
    const joined = await join(db, assignment, { displayName: 'Sanne', studentNumber: null }, new Date());
    if (!joined.ok) throw new Error(joined.error);
    current.token = joined.token;
    participantId = (await participantByToken(db, assignment.id, joined.token))!.id;
    codes.map = assignment.code;
    const quiz = await createAssignment(db, made.teacher.id, {
      title: 'Toets',
      exercises: [],
      selection: { mode: 'hand' },
      opensAt: null,
      closesAt: null,
      maxAttempts: 1,
      showAnswers: 'direct',
    });
    const quizJoin = await join(db, quiz, { displayName: 'Sanne', studentNumber: null }, new Date());
    if (!quizJoin.ok) throw new Error(quizJoin.error);
    quizToken = quizJoin.token;
    codes.quiz = quiz.code;
  }, 60_000);

  test('a save is stored; then every attack gets a Dutch 400 and the saved map stays', async () => {
    expect((await save(send(JSON.stringify({ map: studioMap({ notes: 3 }) })), at(codes.map))).status).toBe(200);

    // Oversized body, declared and streamed without a length.
    const huge = JSON.stringify({ map: { ...studioMap(), title: 'x'.repeat(MAP_LIMITS.bytes) } });
    expect(await expectRefused(await save(send(huge), at(codes.map)))).toMatch(/te groot/);
    const stream = new Blob([huge]).stream();
    expect(await expectRefused(await save(send(stream), at(codes.map)))).toMatch(/te groot/);
    // A map with 10 000 notes.
    expect(
      await expectRefused(await save(send(JSON.stringify({ map: studioMap({ notes: 10_000, text: 'a' }) })), at(codes.map))),
    ).toMatch(/te groot/);
    // Just under the byte limit but over the note limit, and a map of the wrong shape.
    expect(
      await expectRefused(await save(send(JSON.stringify({ map: studioMap({ notes: 250, text: 'a' }) })), at(codes.map))),
    ).toMatch(/te veel notities/);
    await expectRefused(await save(send(JSON.stringify({ map: { ...studioMap(), format: 99 } })), at(codes.map)));
    await expectRefused(await save(send('{"map":'), at(codes.map)));
    // Another site.
    await expectRefused(
      await save(send(JSON.stringify({ map: studioMap() }), { origin: 'https://evil.example' }), at(codes.map)),
      403,
    );

    expect((await draftOf(database.db, participantId))!.map.journey.notes).toHaveLength(3);
  });

  test('a hand-in is harmless to repeat; a score sent along is never taken; a quiz takes no map', async () => {
    const submissionId = randomUUID();
    const body = JSON.stringify({ submissionId, map: studioMap({ notes: 5 }) });
    const first = await handIn(send(body), at(codes.map));
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ ok: true, repeated: false });
    expect(await (await handIn(send(body), at(codes.map))).json()).toMatchObject({ ok: true, repeated: true });

    // A score in the request or in the map is refused; no grade exists.
    await expectRefused(
      await handIn(send(JSON.stringify({ submissionId: randomUUID(), map: studioMap(), points: 10 })), at(codes.map)),
    );
    await expectRefused(
      await handIn(
        send(JSON.stringify({ submissionId: randomUUID(), map: { ...studioMap(), points: 10, grade: 'A' } })),
        at(codes.map),
      ),
    );
    const handIns = await handInsOf(database.db, participantId);
    expect(handIns).toHaveLength(1);
    expect(handIns[0]).toMatchObject({ points: null, levels: null, gradedAt: null });

    current.token = quizToken;
    try {
      expect(
        await expectRefused(await handIn(send(JSON.stringify({ submissionId: randomUUID(), map: studioMap() })), at(codes.quiz))),
      ).toMatch(/geen klantreiskaart/);
    } finally {
      current.token = undefined;
    }
    // Without the cookie: not a student of this assignment.
    await expectRefused(await handIn(send(body), at(codes.map)), 403);
  });
});
