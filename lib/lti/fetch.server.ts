import 'server-only';
import { readLimited } from '../server/request.server';

// What Klantreis fetches from an LMS (its configuration, registration, access tokens, rosters):
// never following a redirect, within 10 s, and reading at most `maxBytes` of the answer.

/** An LMS answered with a status other than 2xx. */
export class LmsAnswerError extends Error {
  constructor(readonly status: number) {
    super(`answered ${status}`);
  }
}

/** JSON and the headers of an answer, with a time limit and at most `maxBytes` (reading stops there). */
export async function fetchJsonWithHeaders(
  url: string,
  init: RequestInit = {},
  maxBytes = 64 * 1024,
): Promise<{ json: unknown; headers: Headers }> {
  const response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(10_000) });
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new LmsAnswerError(response.status);
  }
  const text = await readLimited(response, maxBytes);
  if (text === null) throw new Error('answer too large');
  return { json: JSON.parse(text) as unknown, headers: response.headers };
}

/** JSON from an address, with a time limit and at most 64 kB. */
export const fetchJson = async (url: string, init: RequestInit = {}): Promise<unknown> =>
  (await fetchJsonWithHeaders(url, init)).json;
