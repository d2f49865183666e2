import 'server-only';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { normalizeCode } from '../assignments/code';
import { assignmentByCode } from '../db/assignments.server';
import type { Db } from '../db/client.server';
import {
  joinFromLms,
  platformById,
  peekState,
  platformFor,
  joinCourseTeachers,
  rememberRoster,
  saveDeepLink,
  saveState,
  takeState,
  teacherForLmsUser,
  type Platform,
} from '../db/lti.server';
import { newToken } from '../db/tokens';
import { notOpen, refusal } from '../server/participation.server';
import { readLaunch, type Launch, type Refused } from './claims';

// LTI 1.3 launch (IMS Security Framework 1.0, OIDC third-party initiated login):
// 1. the platform sends the browser to /api/lti/login; startLogin remembers a state and a nonce in
//    the database and sends the browser on to the platform's auth endpoint, with the state also in a
//    cookie of this browser;
// 2. the platform form-posts a signed id_token and the state to /api/lti/launch; verifyLaunch checks
//    the cookie against the state, takes the state (once), checks the token's signature against the
//    platform's JWKS, its issuer, audience, times and nonce, and then the LTI claims;
// 3. enter() makes the teacher or the student on our side.
// Every refusal has a Dutch message for the person and a code for the log (no personal data).

/** How long a login may take between the two steps. */
const STATE_MINUTES = 10;
/** Clock difference allowed between the platform and us. */
const SKEW_SECONDS = 60;

export type LtiRefusal = Refused & { status: 400 | 401 | 403 | 404 | 409 | 410 | 429 | 502 };
const refuse = (status: LtiRefusal['status'], code: string, error: string): LtiRefusal => ({ ok: false, status, code, error });

const REOPEN = 'Open Klantreis opnieuw vanuit je cursus in het LMS.';

const param = (value: string | null | undefined, max = 2000) => (value && value.length <= max ? value : null);

/** Step 1: where to send the browser (the platform's auth endpoint), and the state for its cookie. */
export async function startLogin(
  db: Db,
  params: URLSearchParams,
  launchUrl: string,
  now = new Date(),
): Promise<{ ok: true; redirect: string; state: string; storage: { target: string; origin: string } | null } | LtiRefusal> {
  const issuer = param(params.get('iss'), 500);
  const loginHint = param(params.get('login_hint'));
  if (!issuer || !loginHint || !param(params.get('target_link_uri')))
    return refuse(400, 'login-params', `Deze inlog mist gegevens (iss, login_hint of target_link_uri). ${REOPEN}`);
  const platform = await platformFor(db, issuer, param(params.get('client_id'), 500));
  if (!platform)
    return refuse(
      400,
      'unknown-platform',
      'Dit LMS is niet bij Klantreis aangemeld. Vraag de beheerder van Klantreis om het te registreren op /docent/beheer.',
    );
  const deployment = params.get('lti_deployment_id');
  if (deployment && !platform.deploymentIds.includes(deployment))
    return refuse(
      400,
      'deployment',
      'Deze koppeling (deployment) is niet bij Klantreis aangemeld. Vraag de beheerder om hem toe te voegen.',
    );
  const state = newToken();
  const nonce = newToken();
  // The platform's client-side storage, when it offers one: a frame name such as _parent.
  const target = param(params.get('lti_storage_target'), 200);
  const storageTarget = target && /^[\w.-]+$/.test(target) ? target : null;
  await saveState(
    db,
    { state, nonce, platformId: platform.id, expiresAt: new Date(now.getTime() + STATE_MINUTES * 60_000), storageTarget },
    now,
  );
  const auth = new URL(platform.authUrl);
  const query = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.clientId,
    redirect_uri: launchUrl,
    login_hint: loginHint,
    state,
    nonce,
  };
  for (const [name, value] of Object.entries(query)) auth.searchParams.set(name, value);
  const messageHint = param(params.get('lti_message_hint'));
  if (messageHint) auth.searchParams.set('lti_message_hint', messageHint);
  // The platform's messages come from the origin of its auth endpoint (LTI client-side postMessages).
  return { ok: true, redirect: auth.href, state, storage: storageTarget ? { target: storageTarget, origin: auth.origin } : null };
}

// A platform's keys, fetched when first needed and again when a token names a key id not in them
// (the platform rotated), at most once a second.
const keySets = new Map<number, { url: string; keys: JWTVerifyGetKey }>();
function keysOf(platform: Platform): JWTVerifyGetKey {
  let kept = keySets.get(platform.id);
  if (!kept || kept.url !== platform.jwksUrl) {
    kept = {
      url: platform.jwksUrl,
      keys: createRemoteJWKSet(new URL(platform.jwksUrl), {
        cooldownDuration: 1000,
        cacheMaxAge: 10 * 60_000,
        timeoutDuration: 5000,
      }),
    };
    keySets.set(platform.id, kept);
  }
  return kept.keys;
}

/** Why jose refused a token, as a code for the log and a message for the person. */
function tokenRefusal(error: unknown): LtiRefusal {
  const check = 'Klantreis kon deze inlog van je LMS niet controleren.';
  if (error instanceof errors.JWTExpired) return refuse(401, 'expired', `Deze inlog is verlopen. ${REOPEN}`);
  if (error instanceof errors.JWTClaimValidationFailed)
    return refuse(401, `claim-${error.claim}`, `${check} (${error.claim} klopt niet.) ${REOPEN}`);
  if (error instanceof errors.JWKSNoMatchingKey)
    return refuse(401, 'unknown-key', `${check} Het LMS tekende met een onbekende sleutel.`);
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return refuse(401, 'signature', `${check} De handtekening klopt niet.`);
  if (error instanceof errors.JOSEError) return refuse(401, `token-${error.code}`, `${check} ${REOPEN}`);
  // Anything else: the platform's JWKS could not be fetched.
  return refuse(
    502,
    'jwks-unreachable',
    `${check} De sleutels van je LMS waren niet bereikbaar. Probeer het over een minuut opnieuw.`,
  );
}

/**
 * Step 2: the launch's form (id_token, state), checked in full, with what ties the state to this
 * browser: its state cookie, or, in a frame without cookies, the value the platform's storage gave
 * back to our own page (`stored`; the route takes it only from a form of this site).
 */
export async function verifyLaunch(
  db: Db,
  form: { idToken: string | null; state: string | null },
  binding: { cookie?: string; stored?: string },
  now = new Date(),
): Promise<{ ok: true; platform: Platform; launch: Launch } | (LtiRefusal & { storage?: { target: string; origin: string } })> {
  if (!form.idToken || !form.state || form.state.length > 100)
    return refuse(400, 'launch-params', `Deze inlog mist gegevens (id_token of state). ${REOPEN}`);
  // The state must come back to the browser that started the login: a launch sent from elsewhere
  // (login CSRF) has neither the cookie nor the value in this browser's platform storage.
  if (binding.cookie !== form.state && binding.stored !== form.state) {
    const pending = binding.stored === undefined ? await peekState(db, form.state, now) : null;
    const platform = pending?.storageTarget ? await platformById(db, pending.platformId) : null;
    if (pending?.storageTarget && platform)
      return {
        ...refuse(401, 'state-storage', 'Klantreis haalt je inlog op bij je LMS.'),
        storage: { target: pending.storageTarget, origin: new URL(platform.authUrl).origin },
      };
    return refuse(
      401,
      'state-cookie',
      `Je browser gaf de inlog niet terug aan Klantreis. Sta cookies toe voor Klantreis, of kies in je LMS "openen in een nieuw venster". ${REOPEN}`,
    );
  }
  const taken = await takeState(db, form.state, now);
  if (!taken) return refuse(401, 'state', `Deze inlog is verlopen of al gebruikt. ${REOPEN}`);
  const platform = await platformById(db, taken.platformId);
  if (!platform) return refuse(400, 'unknown-platform', 'Dit LMS is niet (meer) bij Klantreis aangemeld.');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(form.idToken, keysOf(platform), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'ES256'],
      clockTolerance: SKEW_SECONDS,
      requiredClaims: ['iat', 'exp', 'sub', 'nonce'],
      currentDate: now,
    }));
  } catch (error) {
    return tokenRefusal(error);
  }
  if (typeof payload.iat !== 'number' || payload.iat > now.getTime() / 1000 + SKEW_SECONDS)
    return refuse(401, 'claim-iat', `Klantreis kon deze inlog van je LMS niet controleren (iat ligt in de toekomst). ${REOPEN}`);
  if (payload.nonce !== taken.nonce)
    return refuse(401, 'nonce', `Deze inlog is al gebruikt of hoort bij een andere inlog. ${REOPEN}`);
  const read = readLaunch(payload, platform);
  if (!read.ok) return { ...read, status: 400 };
  return { ok: true, platform, launch: read.launch };
}

export type Entry =
  | { ok: true; role: 'student'; code: string; token: string; participantId: number }
  | { ok: true; role: 'teacher'; teacherId: number; assignmentId: number | null; deepLinkId?: string };

/** How long a teacher has to choose what to add (Deep Linking). */
const DEEP_LINK_MINUTES = 60;

/**
 * Step 3: a teacher gets their account (made on their first launch) and lands on the assignment the
 * link points at when it is theirs, or, adding content (Deep Linking), on the choice of what to add;
 * a student joins the assignment under their LMS user id.
 */
export async function enter(
  db: Db,
  platform: Platform,
  launch: Launch,
  now: Date,
  maxStudents: number,
): Promise<Entry | LtiRefusal> {
  const code = launch.assignmentCode ? normalizeCode(launch.assignmentCode) : null;
  const assignment = code ? await assignmentByCode(db, code) : null;
  // The course's roster, for the teacher's list of students who have not started (NRPS).
  if (assignment && launch.membershipsUrl) await rememberRoster(db, assignment.id, platform.id, launch.membershipsUrl);
  if (launch.role === 'teacher') {
    const teacherId = await teacherForLmsUser(db, platform.id, launch.sub, launch.name);
    if (launch.deepLink) {
      const deepLinkId = await saveDeepLink(
        db,
        {
          teacherId,
          platformId: platform.id,
          deploymentId: launch.deploymentId,
          returnUrl: launch.deepLink.returnUrl,
          data: launch.deepLink.data,
          expiresAt: new Date(now.getTime() + DEEP_LINK_MINUTES * 60_000),
          contextId: launch.contextId,
        },
        now,
      );
      return { ok: true, role: 'teacher', teacherId, assignmentId: null, deepLinkId };
    }
    // An Instructor of the course the assignment was added to is one of its teachers too.
    const teaches =
      assignment !== null &&
      (assignment.teacherId === teacherId ||
        (launch.contextId !== null && (await joinCourseTeachers(db, assignment.id, platform.id, launch.contextId, teacherId))));
    return { ok: true, role: 'teacher', teacherId, assignmentId: teaches ? assignment.id : null };
  }
  if (!code)
    return refuse(
      404,
      'no-assignment',
      'Deze activiteit wijst nog niet naar een opdracht van Klantreis. Vraag je docent om haar opnieuw toe te voegen.',
    );
  if (!assignment)
    return refuse(404, 'unknown-assignment', 'De opdracht van deze activiteit bestaat niet meer. Vraag je docent om een nieuwe.');
  // The same refusals, with the same messages, as a student who joins with the code.
  const closed = notOpen(assignment, now);
  const joined = await joinFromLms(
    db,
    assignment.id,
    { platformId: platform.id, sub: launch.sub, name: launch.name, lineItem: launch.lineItem },
    now,
    maxStudents,
    closed === null,
  );
  if (!joined.ok) {
    const refused = joined.reason === 'closed' && closed ? closed : refusal('full', maxStudents);
    return refuse(refused.status, refused.reason, refused.error);
  }
  return { ok: true, role: 'student', code: assignment.code, token: joined.token, participantId: joined.participantId };
}
