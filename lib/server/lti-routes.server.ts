import 'server-only';
import { NextResponse } from 'next/server';
import { getCourse } from '../content/course.server';
import { assignmentOfTeacher, createAssignment } from '../db/assignments.server';
import { courseAssignment } from '../lti/course-content.server';
import { getDb, type Db } from '../db/client.server';
import {
  addToCourse,
  newTicket,
  platformById,
  renewParticipantToken,
  restoreRegistrationToken,
  takeDeepLink,
  takeRegistrationToken,
  takeTicket,
} from '../db/lti.server';
import { registerDynamically } from '../lti/dynamic-registration.server';
import { deepLinkResponse } from '../lti/deep-link.server';
import { createSession } from '../db/teachers.server';
import { enter, startLogin, verifyLaunch, type Entry, type LtiRefusal } from '../lti/launch.server';
import { autoPostPage, continuePage, fetchStatePage, messagePage, storeStatePage } from '../lti/page';
import { localAllowed } from '../lti/registration';
import { takeSlot, waitText } from '../db/limits.server';
import { clientIp, readLimited, requestCookies, sameOrigin, secureCookies, siteUrl } from './request.server';
import { route } from './route.server';
import { participantCookie, participantCookieOptions } from './student.server';
import { currentTeacher, DEEP_LINK_COOKIE, SESSION_COOKIE, sessionCookieOptions } from './teacher.server';
import { assignmentCapError, limits } from './volume-limits.server';

// The LTI 1.3 endpoints a school's LMS calls (lib/lti/launch.server.ts does the checking): the OIDC
// login initiation and the launch. Both are browser navigations from another site, so a refusal
// is a Dutch page with its status, and the log gets a code, never a name or user id.

/** The most a login or launch form may be: an id_token is a few kB. */
const MAX_FORM_BYTES = 32 * 1024;

/** The cookie that ties a login's state to this browser; one per login, so two tabs do not clash. */
const stateCookie = (state: string) => `klantreis_lti_${state.slice(0, 16)}`;

/**
 * An HTML answer of the LTI pages that set their own policy (next.config.mjs leaves them out):
 * by default as strict as the rest of the site, and no inline script.
 */
const html = (body: string, status = 200, headers: Record<string, string> = {}) => {
  const all: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    ...headers,
  };
  // An empty value leaves the header out (a page the LMS may frame has no X-Frame-Options).
  return new NextResponse(body, { status, headers: Object.fromEntries(Object.entries(all).filter(([, value]) => value !== '')) });
};

const refused = (where: string, refusal: Pick<LtiRefusal, 'status' | 'code' | 'error'>, frameable = false) => {
  console.error(`[klantreis] ${where} refused: ${refusal.code}`);
  return html(messagePage('Openen vanuit je LMS lukte niet', refusal.error), refusal.status, frameable ? framedHeaders() : {});
};

/** The parameters of a GET's query or of a POST's form (at most MAX_FORM_BYTES). */
async function formOf(request: Request): Promise<URLSearchParams | null> {
  if (request.method === 'GET') return new URL(request.url).searchParams;
  const text = await readLimited(request, MAX_FORM_BYTES);
  return text === null ? null : new URLSearchParams(text);
}

const TOO_LARGE = { status: 400 as const, code: 'too-large', error: 'Dit verzoek is te groot.' };

/**
 * The headers of a login or launch page the LMS shows in a frame: any https site may frame it
 * (Canvas frames from the school's own host, not its issuer's), and its one inline script runs.
 * These pages act only for the person's own launch, so being framed exposes nothing.
 */
const framedHeaders = () => ({
  'content-security-policy': `default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; form-action 'self' https:${localAllowed() ? ' http://localhost:*' : ''}; frame-ancestors https:${localAllowed() ? ' http://localhost:*' : ''}; base-uri 'none'`,
  'x-frame-options': '',
});

/** Whether the request is a page loading in a frame (Sec-Fetch-Dest; every current browser sends it). */
const inFrame = (request: Request) => request.headers.get('sec-fetch-dest') === 'iframe';

const STATE_COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'none', path: '/api/lti/launch' } as const;

/** GET or POST /api/lti/login: the platform starts a login; the browser goes on to its auth endpoint. */
export const ltiLogin = route('LTI login', async (request: Request) => {
  const params = await formOf(request);
  if (!params) return refused('LTI login', TOO_LARGE, inFrame(request));
  const db = await getDb();
  // Every login stores a state: an address that starts very many is slowed down.
  const slot = await takeSlot(db, `lti-login:${clientIp(request.headers)}`, limits().ltiLoginsPerAddress, new Date());
  if (!slot.ok)
    return refused(
      'LTI login',
      {
        status: 429,
        code: 'limited',
        error: `Vanaf dit netwerk wordt Klantreis net heel vaak geopend. Probeer het over ${waitText(slot.retryAfterSeconds)} opnieuw.`,
      },
      inFrame(request),
    );
  const login = await startLogin(db, params, siteUrl(request.headers, '/api/lti/launch'));
  if (!login.ok) return refused('LTI login', login, inFrame(request));
  // With the platform's storage (in a frame), a page keeps the state there first; else straight on.
  const response = login.storage
    ? html(
        storeStatePage({ origin: login.storage.origin, target: login.storage.target, state: login.state, next: login.redirect }),
        200,
        framedHeaders(),
      )
    : new NextResponse(null, { status: 302, headers: { location: login.redirect, 'cache-control': 'no-store' } });
  // The launch arrives as a form post from the LMS's site, which carries only SameSite=None cookies
  // (and none at all in a frame of a browser that blocks third-party cookies: then the storage counts).
  response.cookies.set(stateCookie(login.state), login.state, { ...STATE_COOKIE_OPTIONS, maxAge: 600 });
  return response;
});

/** Where an entry lands on our site. */
const targetOf = (entry: Entry & { ok: true }) =>
  entry.role === 'student'
    ? `/opdracht/${entry.code}`
    : entry.deepLinkId
      ? `/docent/lms/koppelen/${entry.deepLinkId}`
      : entry.assignmentId
        ? `/docent/opdrachten/${entry.assignmentId}`
        : '/docent';

/**
 * The answer that lets a student or teacher in on this browser: a 303 to `target` with their cookie
 * (a new session for a teacher), and the way back to a Deep Linking choice when that is where they go.
 */
async function letIn(
  request: Request,
  db: Db,
  target: string,
  who: { role: 'student'; code: string; token: string } | { role: 'teacher'; teacherId: number },
  now: Date,
): Promise<NextResponse> {
  const response = new NextResponse(null, {
    status: 303,
    headers: { location: siteUrl(request.headers, target), 'cache-control': 'no-store' },
  });
  const secure = secureCookies(request.headers);
  if (who.role === 'student') response.cookies.set(participantCookie(who.code), who.token, participantCookieOptions(secure));
  else {
    const session = await createSession(db, who.teacherId, now);
    response.cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(secure, session.expiresAt));
  }
  // On the way to a Deep Linking choice: remember it (an hour, teacher pages only) for the way back.
  const deepLink = /^\/docent\/lms\/koppelen\/([\w-]+)$/.exec(target)?.[1];
  if (deepLink)
    response.cookies.set(DEEP_LINK_COOKIE, deepLink, { httpOnly: true, sameSite: 'lax', secure, path: '/docent', maxAge: 3600 });
  return response;
}

/** POST /api/lti/launch: the platform's signed id_token; the teacher or student is let in. */
export const ltiLaunch = route('LTI launch', async (request: Request) => {
  const framed = inFrame(request);
  const form = await formOf(request);
  if (!form) return refused('LTI launch', TOO_LARGE, framed);
  const state = form.get('state');
  const idToken = form.get('id_token');
  const db = await getDb();
  const now = new Date();
  const verified = await verifyLaunch(
    db,
    { idToken, state },
    {
      cookie: state ? requestCookies(request.headers).get(stateCookie(state))?.value : undefined,
      // What the platform's storage gave back counts only from our own page (fetchStatePage).
      stored: sameOrigin(request.headers) ? (form.get('klantreis_stored_state') ?? undefined) : undefined,
    },
    now,
  );
  if (!verified.ok && verified.storage && state && idToken)
    return html(fetchStatePage({ ...verified.storage, state, idToken }), 200, framedHeaders());
  if (!verified.ok) return refused('LTI launch', verified, framed);
  const entry = await enter(db, verified.platform, verified.launch, now, limits().studentsPerAssignment);
  if (!entry.ok) return refused('LTI launch', entry, framed);
  const target = targetOf(entry);
  // In a frame Klantreis cannot keep a session (its pages refuse frames, and the browser may keep
  // its cookies from a frame): the person goes on in a window of their own, with a one-time ticket.
  if (framed) {
    const who = entry.role === 'student' ? { participantId: entry.participantId } : { teacherId: entry.teacherId };
    const ticket = await newTicket(db, who, target, now);
    return html(continuePage(siteUrl(request.headers, `/api/lti/doorgaan?ticket=${ticket}`)), 200, framedHeaders());
  }
  const response = await letIn(
    request,
    db,
    target,
    entry.role === 'student'
      ? { role: 'student', code: entry.code, token: entry.token }
      : { role: 'teacher', teacherId: entry.teacherId },
    now,
  );
  if (state) response.cookies.set(stateCookie(state), '', { ...STATE_COOKIE_OPTIONS, maxAge: 0 });
  return response;
});

/** GET /api/lti/doorgaan?ticket=…: a launch from a frame, continued in a window of its own. */
export const ltiContinue = route('LTI continue', async (request: Request) => {
  const ticket = new URL(request.url).searchParams.get('ticket') ?? '';
  const db = await getDb();
  const now = new Date();
  const taken = ticket.length <= 100 ? await takeTicket(db, ticket, now) : null;
  if (!taken)
    return refused('LTI continue', {
      status: 410,
      code: 'ticket',
      error: `Deze link is verlopen of al gebruikt. ${REOPEN_FROM_COURSE}`,
    });
  if (taken.participantId === null)
    return letIn(request, db, taken.target, { role: 'teacher', teacherId: taken.teacherId! }, now);
  const token = await renewParticipantToken(db, taken.participantId);
  const code = /^\/opdracht\/([A-Z0-9]+)$/.exec(taken.target)?.[1];
  if (!token || !code)
    return refused('LTI continue', {
      status: 410,
      code: 'ticket-student',
      error: `Je plek in deze opdracht bestaat niet meer. ${REOPEN_FROM_COURSE}`,
    });
  return letIn(request, db, taken.target, { role: 'student', code, token }, now);
});

const REOPEN_FROM_COURSE = 'Open Klantreis opnieuw vanuit je cursus in het LMS.';

/**
 * POST /api/lti/deep-link (a form on /docent/lms/koppelen/[id]): the teacher's choice, signed, and
 * form-posted by their browser to the LMS. Only from our own page, only by the teacher the request
 * was for, once.
 */
export const ltiDeepLinkChoice = route('LTI deep link', async (request: Request) => {
  if (!sameOrigin(request.headers))
    return refused('LTI deep link', {
      status: 403,
      code: 'origin',
      error: 'Dit formulier komt niet van deze site en is geweigerd.',
    });
  const form = await formOf(request);
  if (!form) return refused('LTI deep link', TOO_LARGE);
  const teacher = await currentTeacher();
  if (!teacher)
    return refused('LTI deep link', {
      status: 401,
      code: 'no-session',
      error: `Je bent niet meer ingelogd. ${REOPEN_DEEP_LINK}`,
    });
  const db = await getDb();
  const now = new Date();
  // The choice is checked before the request is used up: a wrong one can be made again.
  const choice = form.get('opdracht') ?? '';
  const chosenId = /^\d{1,9}$/.test(choice) ? Number(choice) : 0;
  const existing = chosenId > 0 ? await assignmentOfTeacher(db, teacher.id, chosenId) : null;
  const fromCourse = existing || choice === 'geen' ? null : courseAssignment(await getCourse(), choice);
  if (choice !== 'geen' && !existing && !fromCourse)
    return refused('LTI deep link', {
      status: 400,
      code: 'choice',
      error: `Kies een opdracht, een les of de Eindtoets. ${REOPEN_DEEP_LINK}`,
    });
  if (fromCourse) {
    const capped = await assignmentCapError(db, teacher.id, now);
    if (capped) return refused('LTI deep link', { status: 429, code: 'cap', error: capped });
  }
  const link = await takeDeepLink(db, teacher.id, form.get('koppeling') ?? '', now);
  if (!link)
    return refused('LTI deep link', {
      status: 410,
      code: 'deep-link',
      error: `Deze keuze is verlopen of al gemaakt. ${REOPEN_DEEP_LINK}`,
    });
  const platform = await platformById(db, link.platformId);
  if (!platform)
    return refused('LTI deep link', {
      status: 400,
      code: 'unknown-platform',
      error: 'Dit LMS is niet (meer) bij Klantreis aangemeld.',
    });
  // A lesson or the Eindtoets becomes an assignment of this teacher, made now.
  const assignment = existing ?? (fromCourse ? await createAssignment(db, teacher.id, fromCourse) : null);
  // Tied to the LMS course it is added to: that course's Instructors may manage it too.
  if (assignment && link.contextId) await addToCourse(db, assignment.id, link.platformId, link.contextId);
  const jwt = await deepLinkResponse(
    db,
    link,
    platform,
    assignment
      ? { title: assignment.title, code: assignment.code, launchUrl: siteUrl(request.headers, '/api/lti/launch') }
      : null,
    now,
  );
  // This one page posts a form to the LMS: its own policy allows that one address as a form target.
  const target = new URL(link.returnUrl).origin;
  return html(
    autoPostPage(
      link.returnUrl,
      { JWT: jwt },
      assignment ? 'Toegevoegd aan je cursus' : 'Niets toegevoegd',
      assignment ? `Klantreis stuurt "${assignment.title}" naar je LMS…` : 'Je gaat terug naar je LMS…',
    ),
    200,
    {
      'content-security-policy': `default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; form-action ${target}; frame-ancestors 'none'; base-uri 'none'`,
    },
  );
});

const REOPEN_DEEP_LINK = 'Kies in je LMS opnieuw voor Klantreis toevoegen.';

/**
 * GET /api/lti/register?t=…&openid_configuration=…&registration_token=…: LTI Dynamic Registration.
 * The LMS shows this page in a frame or a window of its admin page; when it is done the page tells
 * the LMS to close it (postMessage org.imsglobal.lti.close). The one-time token `t` is used up only
 * by a registration that worked.
 */
export const ltiRegister = route('LTI register', async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const token = params.get('t') ?? '';
  const db = await getDb();
  const now = new Date();
  const refusedPage = (status: 400 | 401 | 502, code: string, error: string) => {
    console.error(`[klantreis] LTI register refused: ${code}`);
    return html(messagePage('Aanmelden bij Klantreis lukte niet', error), status);
  };
  // Taken before the LMS is asked, so two requests with one address cannot both register; given
  // back when the registration fails, so the admin can try again.
  const expiresAt = token.length <= 100 ? await takeRegistrationToken(db, token, now) : null;
  if (!expiresAt)
    return refusedPage(
      401,
      'token',
      'Deze registratie-URL is verlopen of al gebruikt. Maak op /docent/beheer van Klantreis een nieuwe.',
    );
  const registered = await registerDynamically(
    db,
    { openidConfiguration: params.get('openid_configuration') ?? '', registrationToken: params.get('registration_token') },
    {
      login: siteUrl(request.headers, '/api/lti/login'),
      launch: siteUrl(request.headers, '/api/lti/launch'),
      jwks: siteUrl(request.headers, '/api/lti/jwks'),
    },
  ).catch(async (error: unknown) => {
    await restoreRegistrationToken(db, token, expiresAt);
    throw error;
  });
  if (!registered.ok) {
    await restoreRegistrationToken(db, token, expiresAt);
    return refusedPage(502, 'registration', registered.error);
  }
  const page = messagePage(
    'Klantreis is aangemeld',
    `Klantreis is aangemeld bij ${registered.platform.name}. Je kunt dit venster sluiten; het LMS toont Klantreis nu bij de externe tools.`,
  ).replace(
    '</main>',
    `<p><button type="button" id="sluiten">Sluiten</button></p>
<script>
function close() { (window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*'); }
document.getElementById('sluiten').addEventListener('click', close);
close();
</script>
</main>`,
  );
  // The LMS shows this page in a frame of its own admin page: that one site may frame it (the
  // policy's frame-ancestors; X-Frame-Options has no way to name it, so it is left off).
  return html(page, 200, {
    'x-frame-options': '',
    'content-security-policy': `default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; frame-ancestors ${registered.issuerOrigin}; base-uri 'none'; form-action 'none'`,
  });
});
