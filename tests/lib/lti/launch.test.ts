import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { assignmentOfTeacher, createAssignment, deleteAssignment, listAssignments } from '@/lib/db/assignments.server';
import type { DatabaseHandle, Db } from '@/lib/db/client.server';
import { registerPlatform, type Platform } from '@/lib/db/lti.server';
import { participantForCode } from '@/lib/db/participation.server';
import { assignments, ltiKeys, ltiScorePosts, participants } from '@/lib/db/schema';
import { signUp } from '@/lib/db/teachers.server';
import { KEY_DAYS, publicJwks, rotateKeys, signingKey } from '@/lib/lti/keys.server';
import { enter, startLogin, verifyLaunch } from '@/lib/lti/launch.server';
import { sendDueScores, sendScoresSoon, stopScoreSender } from '@/lib/lti/scores.server';
import { notStartedFromLms } from '@/lib/lti/roster.server';
import { deepLinkResponse } from '@/lib/lti/deep-link.server';
import {
  addToCourse,
  deletePlatform,
  newRegistrationToken,
  newTicket,
  renewParticipantToken,
  takeTicket,
  restoreRegistrationToken,
  takeDeepLink,
  takeRegistrationToken,
} from '@/lib/db/lti.server';
import { setClosed } from '@/lib/db/assignments.server';
import { createMapAssignment, handInsOf } from '@/lib/db/studio.server';
import { startAttempt, submit } from '@/lib/server/participation.server';
import { gradeMap, handInMap } from '@/lib/server/studio-assignment.server';
import { settings, studioMap } from '../../support/studio-map';
import type { Exercise } from '@/lib/scoring';
import { freshDatabase } from '../../support/databases';
import { startMockLms, type MockLink, type MockLms, type MockUser } from '../../support/mock-lms';
import { makeMultipleChoice, makeTrueFalse } from '../scoring/factories';

// The LTI 1.3 launch and score path against a mock LMS platform (tests/support/mock-lms.ts) on
// localhost: login initiation, the platform's signed id_token, every check on it, the student or
// teacher on our side, and the score in the platform's gradebook.

const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';
const exercises: Exercise[] = [makeMultipleChoice(), makeTrueFalse()];
const fullMarks = { mc: { optionIds: ['mail', 'kassa'] }, tf: { value: false } };

let handle: DatabaseHandle;
let db: Db;
let toolJwks: Server;
let lms: MockLms;
let platform: Platform;
let code: string;
let teacherId: number;
const LAUNCH = 'http://127.0.0.1:3999/api/lti/launch';

beforeAll(async () => {
  handle = await freshDatabase('pglite');
  db = handle.db;
  // Our JWKS, served as /api/lti/jwks would, for the platform's token endpoint.
  toolJwks = createServer((_request, response) => {
    void publicJwks(db).then((jwks) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)));
  });
  await new Promise<void>((resolve) => toolJwks.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(toolJwks.address() as AddressInfo).port}/jwks`;
  lms = await startMockLms({ toolLoginUrl: 'http://127.0.0.1:3999/api/lti/login', toolLaunchUrl: LAUNCH, toolJwksUrl: jwksUrl });
  platform = await register(lms, 'Moodle (test)');
  const teacher = await signUp(db, { name: 'Docent', email: 'lti-docent@school.nl', password: 'geheim-wachtwoord' });
  if (!teacher.ok) throw new Error(teacher.error);
  teacherId = teacher.teacher.id;
  code = (await newQuiz('Toets B2B', teacherId, 2)).code;
}, 60_000);
afterAll(async () => {
  await stopScoreSender();
  await lms?.close();
  toolJwks?.close();
  await handle?.close();
});
beforeEach(async () => {
  // A hand-in through the server's code asks the background sender for a round 200 ms later; a test
  // that sends by hand must not have the last test's round post beside it.
  await stopScoreSender();
  lms.scores.length = 0;
  lms.rejectedScores.length = 0;
  lms.scoreStatus = 200;
});

const student = (n: number): MockUser => ({ sub: `moodle-user-${n}`, name: `Student ${n}`, roles: [LEARNER] });
const link = (): MockLink => ({
  id: 'link-1',
  title: 'Toets B2B',
  custom: { opdracht: code },
  lineItem: `${lms.url}/lineitems/7/lineitem`,
});

/** Steps 1 and 2 of a launch as a browser makes them: our login (from `loginUrl`), the platform's auth page, and its form. */
async function platformForm(loginUrl: string) {
  const login = await startLogin(db, new URL(loginUrl).searchParams, LAUNCH);
  if (!login.ok) throw new Error(login.error);
  const page = await (await fetch(login.redirect)).text();
  const field = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`)
      .exec(page)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return { idToken: field('id_token'), state: field('state') };
}

/** A whole launch from `loginUrl`: the form posted back with this browser's state cookie, then entry. */
async function launchFrom(loginUrl: string) {
  const form = await platformForm(loginUrl);
  const verified = await verifyLaunch(db, form, { cookie: form.state });
  if (!verified.ok) return verified;
  return enter(db, verified.platform, verified.launch, new Date(), 1000);
}

/** A whole launch of `user` through the test's LMS. */
const launch = (user: MockUser, to: MockLink = link()) => launchFrom(lms.loginUrl(user, to));

/** A student's launch that must work: their participant on our side. */
async function launchedStudent(loginUrl: string, assignmentCode = code) {
  const entry = await launchFrom(loginUrl);
  if (!entry.ok || entry.role !== 'student') throw new Error('launch failed');
  return { entry, found: (await participantForCode(db, assignmentCode, entry.token))! };
}

/** Hands in the open attempt of a student found by their cookie, with these answers. */
const handInAs = (
  found: NonNullable<Awaited<ReturnType<typeof participantForCode>>>,
  responses: Record<string, unknown> = fullMarks,
) =>
  submit(
    db,
    found.assignment,
    exercises,
    found.participant.id,
    { submissionId: randomUUID(), responses: responses as never },
    new Date(),
  );

/** Registers a mock LMS as the admin would. */
async function register(mock: MockLms, name: string): Promise<Platform> {
  const registered = await registerPlatform(db, {
    name,
    issuer: mock.issuer,
    clientId: mock.clientId,
    deploymentIds: [mock.deploymentId],
    authUrl: mock.authUrl,
    tokenUrl: mock.tokenUrl,
    jwksUrl: mock.jwksUrl,
  });
  if (!registered.ok) throw new Error('not registered');
  return registered.platform;
}

/** A quiz of the two test exercises for `owner` (the test's teacher by default). */
const newQuiz = (title: string, owner = teacherId, maxAttempts = 1) =>
  createAssignment(db, owner, {
    title,
    exercises,
    selection: { mode: 'hand' },
    opensAt: null,
    closesAt: null,
    maxAttempts,
    showAnswers: 'direct',
  });

/** A login of ours (state and nonce stored) with a token the test signs itself. */
async function forgedLaunch(claims: (nonce: string) => Record<string, unknown>, options?: Parameters<MockLms['signIdToken']>[1]) {
  const login = await startLogin(db, new URL(lms.loginUrl(student(1), link())).searchParams, LAUNCH);
  if (!login.ok) throw new Error(login.error);
  const redirect = new URL(login.redirect);
  const state = redirect.searchParams.get('state')!;
  const idToken = await lms.signIdToken(claims(redirect.searchParams.get('nonce')!), options);
  return verifyLaunch(db, { idToken, state }, { cookie: state });
}

describe('LTI 1.3 launch', () => {
  test('a student launched from the LMS is in the assignment without a code, under their LMS user id and name', async () => {
    const entry = await launch(student(1));
    expect(entry).toMatchObject({ ok: true, role: 'student', code });
    if (!entry.ok || entry.role !== 'student') return;
    const found = await participantForCode(db, code, entry.token);
    expect(found?.participant).toMatchObject({
      displayName: 'Student 1',
      ltiPlatformId: platform.id,
      ltiSub: 'moodle-user-1',
      ltiLineItem: `${lms.url}/lineitems/7/lineitem`,
    });
  });

  test('a second launch of the same student is the same participant, with a new cookie token', async () => {
    const first = await launch(student(2));
    const second = await launch(student(2));
    if (!first.ok || first.role !== 'student' || !second.ok || second.role !== 'student') throw new Error('launch failed');
    expect(second.token).not.toBe(first.token);
    const rows = await db.select().from(participants).where(eq(participants.ltiSub, 'moodle-user-2'));
    expect(rows).toHaveLength(1);
    expect(await participantForCode(db, code, second.token)).not.toBeNull();
  });

  test('an Instructor gets a teacher account of their own (the same one on every launch), never an admin', async () => {
    const teacher: MockUser = { sub: 'moodle-teacher-9', name: 'Mevrouw Jansen', roles: [INSTRUCTOR] };
    const first = await launch(teacher);
    const again = await launch(teacher);
    expect(first).toMatchObject({ ok: true, role: 'teacher', assignmentId: null });
    expect(again).toMatchObject({ ok: true, role: 'teacher' });
    if (first.ok && first.role === 'teacher' && again.ok && again.role === 'teacher') {
      expect(again.teacherId).toBe(first.teacherId);
      expect(first.teacherId).not.toBe(teacherId);
    }
  });

  test('a link without an assignment tells the student to ask their teacher', async () => {
    expect(await launch(student(3), { id: 'link-2' })).toMatchObject({ ok: false, status: 404, code: 'no-assignment' });
  });

  test('a login from a platform that is not registered is refused', async () => {
    const params = new URL(lms.loginUrl(student(1), link())).searchParams;
    params.set('iss', 'https://onbekend-lms.example');
    expect(await startLogin(db, params, LAUNCH)).toMatchObject({ ok: false, code: 'unknown-platform' });
  });

  test('a token signed with a key the platform does not publish is refused', async () => {
    expect(await forgedLaunch((nonce) => lms.launchClaims(student(1), link(), nonce), { foreignKey: true })).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  test('a tampered token (its signature no longer matches) is refused', async () => {
    const form = await platformForm(lms.loginUrl(student(1), link()));
    const [header, payload, signature] = form.idToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    claims.sub = 'iemand-anders';
    const tampered = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    expect(await verifyLaunch(db, { idToken: tampered, state: form.state }, { cookie: form.state })).toMatchObject({
      ok: false,
      code: 'signature',
    });
  });

  test('an expired token is refused', async () => {
    expect(
      await forgedLaunch((nonce) => lms.launchClaims(student(1), link(), nonce), {
        expiresInSeconds: -120,
        issuedAtOffsetSeconds: -600,
      }),
    ).toMatchObject({ ok: false, code: 'expired' });
  });

  test('a token issued in the future (beyond a minute of clock skew) is refused', async () => {
    expect(
      await forgedLaunch((nonce) => lms.launchClaims(student(1), link(), nonce), {
        issuedAtOffsetSeconds: 600,
        expiresInSeconds: 900,
      }),
    ).toMatchObject({ ok: false });
  });

  test('a token for another tool (wrong aud) is refused', async () => {
    expect(
      await forgedLaunch((nonce) => ({
        ...lms.launchClaims(student(1), link(), nonce),
        aud: 'een-andere-tool',
        azp: 'een-andere-tool',
      })),
    ).toMatchObject({ ok: false, code: 'claim-aud' });
  });

  test('a token with another nonce than this login sent is refused', async () => {
    expect(await forgedLaunch(() => lms.launchClaims(student(1), link(), 'een-andere-nonce'))).toMatchObject({
      ok: false,
      code: 'nonce',
    });
  });

  test('an unknown deployment is refused', async () => {
    expect(
      await forgedLaunch((nonce) => ({
        ...lms.launchClaims(student(1), link(), nonce),
        'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'dep-onbekend',
      })),
    ).toMatchObject({ ok: false, code: 'deployment' });
  });

  test('a replayed launch (the same form again) is refused: the state and its nonce are used once', async () => {
    const form = await platformForm(lms.loginUrl(student(4), link()));
    expect(await verifyLaunch(db, form, { cookie: form.state })).toMatchObject({ ok: true });
    expect(await verifyLaunch(db, form, { cookie: form.state })).toMatchObject({ ok: false, code: 'state' });
  });

  test('a launch posted without this browser’s state cookie is refused (login CSRF)', async () => {
    const form = await platformForm(lms.loginUrl(student(5), link()));
    expect(await verifyLaunch(db, form, {})).toMatchObject({ ok: false, code: 'state-cookie' });
    // The refusal did not use the state up: the right browser can still finish.
    expect(await verifyLaunch(db, form, { cookie: form.state })).toMatchObject({ ok: true });
  });

  test('in a frame without cookies, the platform’s storage ties the state to the browser: asked once, then taken from our own page', async () => {
    const params = new URL(lms.loginUrl(student(7), link())).searchParams;
    params.set('lti_storage_target', '_parent');
    const login = await startLogin(db, params, LAUNCH);
    if (!login.ok) throw new Error(login.error);
    expect(login.storage).toEqual({ target: '_parent', origin: new URL(lms.authUrl).origin });
    const page = await (await fetch(login.redirect)).text();
    const form = {
      idToken: new RegExp('name="id_token" value="([^"]*)"').exec(page)![1]!,
      state: new URL(login.redirect).searchParams.get('state')!,
    };
    // No cookie: the route is told to read the state back from the platform's storage first.
    expect(await verifyLaunch(db, form, {})).toMatchObject({
      ok: false,
      code: 'state-storage',
      storage: { target: '_parent', origin: new URL(lms.authUrl).origin },
    });
    // What the storage gave back must be this state; anything else is refused, with no second round.
    expect(await verifyLaunch(db, form, { stored: '' })).toMatchObject({ ok: false, code: 'state-cookie' });
    expect(await verifyLaunch(db, form, { stored: 'een-andere-state' })).toMatchObject({ ok: false, code: 'state-cookie' });
    expect(await verifyLaunch(db, form, { stored: form.state })).toMatchObject({ ok: true });
  });

  test('a launch in a frame continues in a window of its own with a ticket that works once', async () => {
    const entry = await launch(student(8));
    if (!entry.ok || entry.role !== 'student') throw new Error('launch failed');
    const ticket = await newTicket(db, { participantId: entry.participantId }, `/opdracht/${code}`, new Date());
    expect(await takeTicket(db, ticket, new Date())).toMatchObject({
      participantId: entry.participantId,
      target: `/opdracht/${code}`,
    });
    expect(await takeTicket(db, ticket, new Date())).toBeNull();
    const late = await newTicket(
      db,
      { participantId: entry.participantId },
      `/opdracht/${code}`,
      new Date(Date.now() - 6 * 60_000),
    );
    expect(await takeTicket(db, late, new Date())).toBeNull();
    const token = (await renewParticipantToken(db, entry.participantId))!;
    expect(await participantForCode(db, code, token)).not.toBeNull();
    expect(await participantForCode(db, code, entry.token)).toBeNull();
  });

  test('after the platform rotates its key, launches signed with the new key are accepted (the JWKS is fetched again)', async () => {
    expect(await launch(student(6))).toMatchObject({ ok: true });
    const fetched = lms.jwksRequests;
    await lms.rotateKey();
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the key set's one-second cooldown
    expect(await launch(student(6))).toMatchObject({ ok: true });
    expect(lms.jwksRequests).toBe(fetched + 1);
  });
});

describe('LTI Deep Linking', () => {
  const instructor: MockUser = { sub: 'moodle-teacher-dl', name: 'Meneer de Boer', roles: [INSTRUCTOR] };

  /** A teacher's Deep Linking launch through the mock, up to the waiting request on our side. */
  async function deepLinkLaunch() {
    const entry = await launchFrom(lms.deepLinkUrl(instructor));
    if (!entry.ok || entry.role !== 'teacher' || !entry.deepLinkId) throw new Error('no deep link');
    return { entry, deepLinkId: entry.deepLinkId };
  }

  const post = (jwt: string) =>
    fetch(lms.deepLinkReturnUrl, { method: 'POST', body: new URLSearchParams({ JWT: jwt }) }).then((response) => response.status);

  test('the signed answer names the assignment with a line item, and the LMS takes it; the request is used once', async () => {
    const { entry, deepLinkId } = await deepLinkLaunch();
    if (entry.role !== 'teacher') return;
    const link = (await takeDeepLink(db, entry.teacherId, deepLinkId, new Date()))!;
    expect(await takeDeepLink(db, entry.teacherId, deepLinkId, new Date())).toBeNull();
    const jwt = await deepLinkResponse(db, link, platform, { title: 'Toets B2B', code, launchUrl: LAUNCH });
    expect(await post(jwt)).toBe(200);
    expect(lms.lineItems.at(-1)).toMatchObject({ label: 'Toets B2B', scoreMaximum: 100, custom: { opdracht: code } });
  });

  test('an assignment added to a course is managed by every Instructor of that course, and by no one elsewhere', async () => {
    const { entry, deepLinkId } = await deepLinkLaunch();
    if (entry.role !== 'teacher') return;
    const request = (await takeDeepLink(db, entry.teacherId, deepLinkId, new Date()))!;
    expect(request.contextId).toBe(lms.contextId);
    const own = await newQuiz('Toets van de cursus', entry.teacherId);
    await addToCourse(db, own.id, request.platformId, request.contextId!);
    const courseLink = { ...link(), id: 'link-cursus', custom: { opdracht: own.code } };
    const colleague = await launch({ sub: 'moodle-teacher-collega', name: 'Mevrouw Yilmaz', roles: [INSTRUCTOR] }, courseLink);
    if (!colleague.ok || colleague.role !== 'teacher') throw new Error('launch failed');
    expect(colleague.assignmentId).toBe(own.id);
    expect(await assignmentOfTeacher(db, colleague.teacherId, own.id)).not.toBeNull();
    expect((await listAssignments(db, colleague.teacherId)).map((row) => row.id)).toContain(own.id);
    expect(await setClosed(db, colleague.teacherId, own.id, true, new Date())).toBe(true);
    // Deleting stays with the one who made it.
    expect(await deleteAssignment(db, colleague.teacherId, own.id)).toBe(false);
    // An Instructor of another course who links the same code gets nothing.
    const verified = await forgedLaunch((nonce) => ({
      ...lms.launchClaims({ sub: 'docent-van-elders', name: 'Meneer Vos', roles: [INSTRUCTOR] }, courseLink, nonce),
      'https://purl.imsglobal.org/spec/lti/claim/context': { id: 'een-andere-cursus' },
    }));
    if (!verified.ok) throw new Error(verified.error);
    const stranger = await enter(db, verified.platform, verified.launch, new Date(), 1000);
    if (!stranger.ok || stranger.role !== 'teacher') throw new Error('launch failed');
    expect(stranger.assignmentId).toBeNull();
    expect(await assignmentOfTeacher(db, stranger.teacherId, own.id)).toBeNull();
  });

  test('another teacher cannot use the request; a tampered answer is refused by the LMS', async () => {
    const { entry, deepLinkId } = await deepLinkLaunch();
    if (entry.role !== 'teacher') return;
    expect(await takeDeepLink(db, teacherId, deepLinkId, new Date())).toBeNull();
    const link = (await takeDeepLink(db, entry.teacherId, deepLinkId, new Date()))!;
    const jwt = await deepLinkResponse(db, link, platform, { title: 'Toets B2B', code, launchUrl: LAUNCH });
    const [header, payload, signature] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    claims['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'][0].url = 'https://aanvaller.example/launch';
    const before = lms.rejectedDeepLinks.length;
    expect(await post([header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.'))).toBe(400);
    expect(lms.rejectedDeepLinks.length).toBe(before + 1);
  });
});

describe('LTI 1.3 scores (Assignment and Grade Services)', () => {
  const startAttemptFor = async (participantId: number) => {
    const [assignment] = await db.select().from(assignments).where(eq(assignments.code, code));
    expect(await startAttempt(db, assignment!, participantId, new Date())).toEqual({ ok: true });
  };

  async function handIn(n: number, responses: Record<string, unknown> = fullMarks) {
    const { found } = await launchedStudent(lms.loginUrl(student(n), link()));
    const result = await handInAs(found, responses);
    if (!result.ok) throw new Error(result.error);
    return found.participant;
  }

  test('a hand-in queues the score with it, and the platform receives it once with the right content type and fields', async () => {
    const participant = await handIn(10);
    expect(await db.select().from(ltiScorePosts).where(eq(ltiScorePosts.participantId, participant.id))).toHaveLength(1);
    expect(await sendDueScores(db)).toEqual({ sent: 1, failed: 0 });
    expect(lms.scores).toHaveLength(1);
    const [score] = lms.scores;
    expect(score!.lineItem).toBe(`${lms.url}/lineitems/7/lineitem`);
    expect(score!.contentType).toBe('application/vnd.ims.lis.v1.score+json');
    expect(score!.body).toMatchObject({
      userId: 'moodle-user-10',
      scoreGiven: 2,
      scoreMaximum: 2,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
    });
    expect(await sendDueScores(db)).toEqual({ sent: 0, failed: 0 });
    expect(lms.scores).toHaveLength(1);
  });

  test('a post that fails twice is retried with a growing wait, then sent once; 204 counts as well', async () => {
    lms.scoreStatus = 204;
    await handIn(11, { mc: { optionIds: ['mail'] }, tf: { value: false } });
    lms.failScores(2);
    const t0 = Date.now();
    expect(await sendDueScores(db, new Date(t0))).toEqual({ sent: 0, failed: 1 });
    expect(await sendDueScores(db, new Date(t0 + 5_000))).toEqual({ sent: 0, failed: 0 }); // not due yet
    expect(await sendDueScores(db, new Date(t0 + 11_000))).toEqual({ sent: 0, failed: 1 });
    expect(await sendDueScores(db, new Date(t0 + 32_000))).toEqual({ sent: 1, failed: 0 });
    expect(lms.rejectedScores).toHaveLength(2);
    expect(lms.scores.map((score) => score.body.userId)).toEqual(['moodle-user-11']);
    expect(lms.scores[0]!.body.scoreGiven).toBeLessThan(2);
  });

  test('the access token is asked for once and used for many posts', async () => {
    const before = lms.tokensIssued;
    await handIn(12);
    await handIn(13);
    await sendDueScores(db);
    expect(lms.scores).toHaveLength(2);
    expect(lms.tokensIssued - before).toBeLessThanOrEqual(1);
  });

  test('after our key rotates, the platform still takes our signed assertions (the JWKS shows the new and the previous key)', async () => {
    const before = (await publicJwks(db)).keys.map((key) => key.kid);
    const kid = await rotateKeys(db);
    const after = (await publicJwks(db)).keys.map((key) => key.kid);
    expect(after).toEqual([kid, before[0]]);
    // A new token is needed: the cached one is forgotten when a test asks the platform to refuse it.
    await handIn(14);
    lms.scoreStatus = 200;
    expect(await sendDueScores(db)).toEqual({ sent: 1, failed: 0 });
  });

  test('a map from the LMS: the LMS hears PendingManual at hand-in, and the grade once the teacher gives it', async () => {
    const map = await createMapAssignment(db, teacherId, {
      title: 'Klantreiskaart',
      opensAt: null,
      closesAt: null,
      settings: settings(),
    });
    const {
      found: { participant },
    } = await launchedStudent(
      lms.loginUrl(student(20), { ...link(), id: 'link-kaart', custom: { opdracht: map.code } }),
      map.code,
    );
    const handedIn = await handInMap(
      db,
      map,
      participant,
      { submissionId: randomUUID(), map: studioMap(), members: [] },
      new Date(),
    );
    expect(handedIn).toMatchObject({ ok: true });
    await sendDueScores(db);
    expect(lms.scores.map((score) => score.body)).toEqual([
      expect.objectContaining({ userId: 'moodle-user-20', activityProgress: 'Submitted', gradingProgress: 'PendingManual' }),
    ]);
    expect(lms.scores[0]!.body).not.toHaveProperty('scoreGiven');
    const [handIn] = await handInsOf(db, participant.id);
    const graded = await gradeMap(
      db,
      teacherId,
      map,
      handIn!.id,
      { levels: { touchpoints: 2, loyaliteit: 1 }, feedback: 'Goed' },
      new Date(),
    );
    if (!graded.ok) throw new Error(graded.error);
    await sendDueScores(db);
    expect(lms.scores).toHaveLength(2);
    expect(lms.scores[1]!.body).toMatchObject({
      userId: 'moodle-user-20',
      scoreGiven: graded.points,
      scoreMaximum: graded.maxPoints,
      gradingProgress: 'FullyGraded',
    });
  });

  test('the background sender posts a hand-in once hand-ins are quiet; stopped, it posts nothing more', async () => {
    const participant = await handIn(31);
    sendScoresSoon(async () => db);
    await expect.poll(() => lms.scores.length, { timeout: 5_000 }).toBe(1);
    expect(lms.scores[0]!.body).toMatchObject({ userId: 'moodle-user-31', scoreGiven: 2 });
    const rows = await db.select().from(ltiScorePosts).where(eq(ltiScorePosts.participantId, participant.id));
    expect(rows.every((row) => row.sentAt !== null)).toBe(true);

    await handIn(32);
    sendScoresSoon(async () => db);
    await stopScoreSender();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(lms.scores).toHaveLength(1);
    expect(await sendDueScores(db)).toEqual({ sent: 1, failed: 0 });
  });

  test('two hand-ins waiting for the LMS become one post, with the best result', async () => {
    const { found } = await launchedStudent(lms.loginUrl(student(30), link()));
    expect(await handInAs(found)).toMatchObject({ ok: true });
    await startAttemptFor(found.participant.id);
    expect(await handInAs(found, { mc: { optionIds: [] }, tf: { value: true } })).toMatchObject({ ok: true });
    expect(await db.select().from(ltiScorePosts).where(eq(ltiScorePosts.participantId, found.participant.id))).toHaveLength(2);
    expect(await sendDueScores(db)).toEqual({ sent: 1, failed: 0 });
    expect(lms.scores.map((score) => score.body)).toEqual([expect.objectContaining({ userId: 'moodle-user-30', scoreGiven: 2 })]);
    const rows = await db.select().from(ltiScorePosts).where(eq(ltiScorePosts.participantId, found.participant.id));
    expect(rows.every((row) => row.sentAt !== null)).toBe(true);
  });

  test('300 students who came in from the LMS hand in at once: every score is posted exactly once', async () => {
    // They open it 20 at a time, as a class does (300 connections at once to the mock LMS were
    // reset now and then on a loaded machine); then all hand in at the same moment.
    const launched: NonNullable<Awaited<ReturnType<typeof participantForCode>>>[] = [];
    for (let first = 0; first < 300; first += 20)
      launched.push(
        ...(await Promise.all(
          Array.from(
            { length: 20 },
            async (_, i) => (await launchedStudent(lms.loginUrl(student(1000 + first + i), link()))).found,
          ),
        )),
      );
    await Promise.all(launched.map((found) => handInAs(found)));
    const round = await sendDueScores(db);
    expect(round).toEqual({ sent: 300, failed: 0 });
    const users = lms.scores.map((score) => score.body.userId);
    expect(new Set(users).size).toBe(300);
    expect(users).toHaveLength(300);
  }, 120_000);
});

describe('the admin’s platforms, registration addresses and keys', () => {
  test('removing a platform drops the scores it has not received and queues no more; the students keep their results', async () => {
    const other = await startMockLms({
      toolLoginUrl: 'http://127.0.0.1:3999/api/lti/login',
      toolLaunchUrl: LAUNCH,
      toolJwksUrl: lms.jwksUrl,
      clientId: 'ander-lms',
    });
    try {
      const registeredOther = await register(other, 'Ander LMS');
      const { found } = await launchedStudent(
        other.loginUrl(student(40), { ...link(), lineItem: `${other.url}/lineitems/1/lineitem` }),
      );
      await handInAs(found);
      expect(await db.select().from(ltiScorePosts).where(eq(ltiScorePosts.participantId, found.participant.id))).toHaveLength(1);
      expect(await deletePlatform(db, registeredOther.id)).toBe(true);
      expect(await db.select().from(ltiScorePosts).where(eq(ltiScorePosts.participantId, found.participant.id))).toHaveLength(0);
      const [kept] = await db.select().from(participants).where(eq(participants.id, found.participant.id));
      expect(kept).toMatchObject({ ltiPlatformId: null, ltiLineItem: null, displayName: 'Student 40' });
    } finally {
      await other.close();
    }
  });

  test('a registration address is taken once; given back after a failed registration, it works again', async () => {
    const token = await newRegistrationToken(db, new Date());
    const expires = await takeRegistrationToken(db, token, new Date());
    expect(expires).toBeInstanceOf(Date);
    expect(await takeRegistrationToken(db, token, new Date())).toBeNull();
    await restoreRegistrationToken(db, token, expires!);
    expect(await takeRegistrationToken(db, token, new Date())).toEqual(expires);
  });

  test('a key older than 90 days gives way to a new one on its next use; the old one stays published as the previous', async () => {
    const old = await rotateKeys(db, new Date(), 1);
    await db.update(ltiKeys).set({ createdAt: new Date(Date.now() - (KEY_DAYS + 1) * 24 * 3600_000) });
    const { kid } = await signingKey(db);
    expect(kid).not.toBe(old);
    expect((await publicJwks(db)).keys.map((key) => key.kid)).toEqual([kid, old]);
    // A young key keeps signing.
    expect((await signingKey(db, Date.now() + 120_000)).kid).toBe(kid);
  });

  test('withdrawing the keys leaves only the new one published', async () => {
    await rotateKeys(db);
    expect((await publicJwks(db)).keys).toHaveLength(2);
    const kid = await rotateKeys(db, new Date(), 1);
    expect((await publicJwks(db)).keys.map((key) => key.kid)).toEqual([kid]);
  });

  test('a closed assignment takes no new student from the LMS, but one who joined before comes back to their result', async () => {
    const closing = await newQuiz('Gesloten toets');
    const to = { ...link(), id: 'link-gesloten', custom: { opdracht: closing.code } };
    expect(await launch(student(50), to)).toMatchObject({ ok: true, role: 'student' });
    expect(await setClosed(db, teacherId, closing.id, true, new Date())).toBe(true);
    expect(await launch(student(51), to)).toMatchObject({ ok: false, status: 409, code: 'closed' });
    expect(await launch(student(50), to)).toMatchObject({ ok: true, role: 'student' });
  });
});

describe('Names and Role Provisioning: who in the LMS course has not started', () => {
  const member = (n: number, extra: Record<string, unknown> = {}) => ({
    user_id: `moodle-user-${n}`,
    name: `Student ${n}`,
    roles: [LEARNER],
    ...extra,
  });

  async function assignmentLaunchedBy(n: number) {
    const made = await newQuiz(`Toets ${n}`);
    expect(await launch(student(n), { ...link(), id: `link-nrps-${n}`, custom: { opdracht: made.code } })).toMatchObject({
      ok: true,
    });
    return made;
  }

  test('the course’s active learners who have not opened the assignment, by name; teachers and inactive students are left out', async () => {
    lms.members.length = 0;
    lms.members.push(
      member(60),
      member(61, { name: 'Eva Jansen' }),
      member(62, { name: undefined, given_name: 'Daan', family_name: 'de Wit' }),
      member(63, { status: 'Inactive' }),
      { user_id: 'moodle-teacher-1', name: 'Mevrouw Jansen', roles: [INSTRUCTOR] },
    );
    const made = await assignmentLaunchedBy(60);
    expect(await notStartedFromLms(db, made.id)).toEqual({ names: ['Daan de Wit', 'Eva Jansen'], unreadable: 0 });
  });

  test('an assignment never launched from an LMS has no such list; a roster that cannot be read is counted, not an error', async () => {
    const plain = await newQuiz('Zonder LMS');
    expect(await notStartedFromLms(db, plain.id)).toBeNull();
    const made = await assignmentLaunchedBy(64);
    lms.failMemberships(1);
    expect(await notStartedFromLms(db, made.id)).toEqual({ names: [], unreadable: 1 });
    // Kept a minute: the next view does not ask the LMS again.
    const asked = lms.membershipRequests;
    await notStartedFromLms(db, made.id);
    expect(lms.membershipRequests).toBe(asked);
  });
});
