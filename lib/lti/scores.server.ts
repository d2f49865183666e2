import 'server-only';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Db } from '../db/client.server';
import { markScoreFailed, markScoresSent, platformById, takeDueScores, type DueScore } from '../db/lti.server';
import { AGS_SCORE_SCOPE, retryDelaySeconds, SCORE_CONTENT_TYPE, scoreBody } from './claims';
import { fetchJson } from './fetch.server';
import { ALG, signingKey } from './keys.server';

// Sends the scores of students who came in from an LMS to its gradebook (LTI Assignment and Grade
// Services 2.0). A hand-in writes a row to lti_score_posts in the same statement that stores it
// (lib/db/participation.server.ts), so no score is lost; this module sends the rows that are due:
// right after a hand-in, and every half minute for retries. A failed post (network, 4xx, 5xx) is
// tried again later with a growing wait; any 2xx counts (Moodle answers 200 where the spec says 204).
// Each row is leased while it is sent, so two processes on one PostgreSQL never send it both.

/** What one round of sending did. */
export type SendRound = { sent: number; failed: number };

// Access tokens per platform and scope (client credentials with a signed JWT assertion), until shortly
// before they expire.
const tokens = new Map<string, { token: string; expiresAt: number }>();

/** An access token for `scope` at this platform (AGS scores, or the NRPS roster). */
export async function accessToken(db: Db, platformId: number, now: number, scope = AGS_SCORE_SCOPE): Promise<string> {
  const cacheKey = `${platformId} ${scope}`;
  const kept = tokens.get(cacheKey);
  if (kept && kept.expiresAt > now) return kept.token;
  const platform = await platformById(db, platformId);
  if (!platform) throw new Error('platform removed');
  const { kid, key } = await signingKey(db);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: ALG, kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenUrl)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + 300)
    .setJti(randomUUID())
    .sign(key);
  const body = (await fetchJson(platform.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope,
    }),
  }).catch((error: unknown) => {
    throw new Error(`token endpoint: ${error instanceof Error ? error.message : 'failed'}`);
  })) as { access_token?: unknown; expires_in?: unknown };
  if (typeof body.access_token !== 'string') throw new Error('token endpoint gave no access_token');
  const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600;
  // A minute early, so a token never expires on its way.
  tokens.set(cacheKey, { token: body.access_token, expiresAt: now + Math.max(0, seconds - 60) * 1000 });
  return body.access_token;
}

/** Drops a platform's tokens (it refused one: the next call asks anew). */
export function forgetToken(platformId: number, scope = AGS_SCORE_SCOPE): void {
  tokens.delete(`${platformId} ${scope}`);
}

/** The scores endpoint of a line item: its URL with /scores appended to the path (query kept). */
function scoresUrl(lineItem: string): string {
  const url = new URL(lineItem);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.href;
}

async function post(db: Db, score: DueScore, now: number): Promise<void> {
  const token = await accessToken(db, score.platformId, now);
  const response = await fetch(scoresUrl(score.lineItem), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': SCORE_CONTENT_TYPE },
    body: JSON.stringify(
      scoreBody({
        userId: score.sub,
        points: score.points ?? 0,
        maxPoints: score.maxPoints ?? 1,
        // The result as it is now, so the time of now: an LMS keeps the score with the newest timestamp.
        timestamp: new Date(),
        pendingManual: score.points === null,
      }),
    ),
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel().catch(() => {});
  // A token the platform no longer takes is dropped, so the retry asks for a new one.
  if (response.status === 401) forgetToken(score.platformId);
  if (!response.ok) throw new Error(`scores endpoint answered ${response.status}`);
}

/**
 * Sends the scores that are due, a batch at a time, until none are left; failures wait for their
 * retry. `at` gives the time (tests move it on); by default each batch takes the time anew, so a
 * long round never works on leases that ran out.
 */
export async function sendDueScores(db: Db, at?: Date): Promise<SendRound> {
  const round: SendRound = { sent: 0, failed: 0 };
  for (;;) {
    const now = at ?? new Date();
    const { scores: due, nothing } = await takeDueScores(db, now, 50);
    await markScoresSent(db, nothing, now);
    if (due.length === 0 && nothing.length === 0) return round;
    const results = await Promise.allSettled(due.map((score) => post(db, score, now.getTime())));
    const sent = due.filter((_, index) => results[index]!.status === 'fulfilled').flatMap((score) => score.ids);
    await markScoresSent(db, sent, new Date());
    round.sent += results.filter((result) => result.status === 'fulfilled').length;
    for (const [index, result] of results.entries()) {
      if (result.status === 'fulfilled') continue;
      const score = due[index]!;
      round.failed++;
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      // The log says which rows and why, never whose score.
      console.error(`[klantreis] LTI score ${score.ids.join(',')} (try ${score.tries}) not sent: ${reason}`);
      await markScoreFailed(db, score.ids, new Date(now.getTime() + retryDelaySeconds(score.tries) * 1000), reason);
    }
  }
}

// One sender per process. A hand-in asks for a round, which starts once hand-ins have been quiet for
// QUIET_MS (at most MAX_WAIT_MS after the first ask): while a class hands in at the bell, sending
// scores would take the server's time from the hand-ins themselves (measured with 300 students from an
// LMS: hand-in p95 1.15 s when every hand-in started a round at once). A round asked for while one
// runs follows it.
const QUIET_MS = 200;
const MAX_WAIT_MS = 2000;

type Sender = {
  running: boolean;
  current?: Promise<void>;
  again: boolean;
  first?: number;
  last?: number;
  wake?: ReturnType<typeof setTimeout>;
  timer?: ReturnType<typeof setInterval>;
};
const sender = globalThis as typeof globalThis & { __klantreisScores?: Sender };
const senderState = () => (sender.__klantreisScores ??= { running: false, again: false });

function round(getDb: () => Promise<Db>, state: Sender): Promise<void> {
  if (state.running) {
    state.again = true;
    return state.current!;
  }
  state.running = true;
  state.current = rounds(getDb, state);
  return state.current;
}

async function rounds(getDb: () => Promise<Db>, state: Sender) {
  try {
    do {
      state.again = false;
      await sendDueScores(await getDb());
    } while (state.again);
  } catch (error) {
    console.error(`[klantreis] LTI scores: ${error instanceof Error ? error.name : 'error'} while sending`);
  } finally {
    state.running = false;
    state.current = undefined;
  }
}

/** Asks for a round of sending soon (after a hand-in of a student from an LMS); never throws. */
export function sendScoresSoon(getDb: () => Promise<Db>, now = Date.now()): void {
  const state = senderState();
  state.first ??= now;
  state.last = now;
  if (state.wake) return;
  const wake = () => {
    const at = Date.now();
    const wait = Math.min(state.last! + QUIET_MS, state.first! + MAX_WAIT_MS) - at;
    if (wait > 0) {
      state.wake = setTimeout(wake, wait);
      return;
    }
    state.wake = undefined;
    state.first = undefined;
    void round(getDb, state);
  };
  state.wake = setTimeout(wake, QUIET_MS);
}

/** Retries what is due every `seconds` (started with the server); the timer does not keep the process alive. */
export function startScoreRetries(getDb: () => Promise<Db>, seconds = 30): void {
  const state = senderState();
  if (state.timer) return;
  state.timer = setInterval(() => void round(getDb, state), seconds * 1000);
  state.timer.unref();
  void round(getDb, state);
}

/**
 * Stops this process's sender: no round is started any more (a hand-in asks again), and a round under
 * way is waited for. For shutting down, and for tests that send by hand and must not race it.
 */
export async function stopScoreSender(): Promise<void> {
  const state = senderState();
  clearTimeout(state.wake);
  clearInterval(state.timer);
  state.wake = state.timer = undefined;
  state.first = state.last = undefined;
  state.again = false;
  await state.current;
}
