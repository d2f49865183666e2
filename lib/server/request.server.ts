import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { firstError } from '../assignments/input';
import { CLIENT_HEADER, expectedOrigin, gateConfig, sameOriginAs } from '../http/gate';

// The JSON endpoints students call. Every request is checked here before any query runs: the
// origin (no other site may post for a student), the size, the JSON, and the shape.

/** The largest request body accepted: 40 answers fit many times over. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A Dutch error as JSON with its status; `error` is what the page shows. */
export const fail = (status: number, error: string) => replyResponse(failReply(status, error));

/** A request's headers by lowercase name, as Node gives them (IncomingMessage.headers). */
export type HeaderRecord = Readonly<Record<string, string | string[] | undefined>>;

// Duck-typed: next/headers' headers() is a Headers of Next's own; a record's values are never functions.
const isHeaders = (headers: Headers | HeaderRecord): headers is Headers => typeof headers.get === 'function';

/** One header of a Web request's Headers or of Node's record (repeated values joined). */
export function headerOf(headers: Headers | HeaderRecord, name: string): string | undefined {
  if (isHeaders(headers)) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * What a student's JSON route reads of a request: its headers, and its body as text of at most
 * `max` bytes (null when it is larger; reading stops there). Next's route handlers make one from
 * their Request (apiRequest); scripts/server.mjs makes one from Node's request, with no Web Request,
 * stream or Response in between (its fast lane for a class handing in at once).
 */
export type ApiRequest = { headers: HeaderRecord; text(max: number): Promise<string | null> };

/** What such a route answers: a status, a JSON body, and any headers of its own. */
export type ApiReply = { status: number; json: unknown; headers?: Record<string, string> };

/** A Dutch error as a reply; `error` is what the page shows. */
export const failReply = (status: number, error: string): ApiReply => ({ status, json: { error } });

/** A Web Request as an ApiRequest. */
export const apiRequest = (request: Request): ApiRequest => ({
  headers: Object.fromEntries(request.headers),
  text: (max) => readLimited(request, max),
});

/** A reply as the Response a Next route handler returns. */
export const replyResponse = (reply: ApiReply) => NextResponse.json(reply.json, { status: reply.status, headers: reply.headers });

/** The site's own origin: SITE_URL when set, else this request's Host (forwarding headers only arrive from a trusted proxy). */
export function siteOriginFor(headers: Headers | HeaderRecord): string | null {
  return expectedOrigin(isHeaders(headers) ? Object.fromEntries(headers) : headers, gateConfig(process.env));
}

/** Whether a state-changing request comes from this site's own pages. */
export const sameOrigin = (headers: Headers | HeaderRecord): boolean =>
  sameOriginAs(headerOf(headers, 'origin'), siteOriginFor(headers));

/**
 * Reads a body (of a request, or of a response from another server) as text, counting bytes as they
 * arrive and stopping at `max`: a chunked upload of any size costs at most `max` bytes of memory.
 * Returns null when the body is larger.
 */
export async function readLimited(request: { body: ReadableStream<Uint8Array> | null }, max: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What a body larger than allowed is answered with. */
type TooLarge = { status: number; message: string };

/**
 * Reads a JSON body from this site of at most `maxBytes` (declared and counted while it streams),
 * or gives the 403, too-large or 400 reply to send instead.
 */
export async function readApiJsonValue(
  request: ApiRequest,
  maxBytes = MAX_BODY_BYTES,
  tooLarge: TooLarge = { status: 413, message: 'Dit verzoek is te groot.' },
): Promise<{ ok: true; value: unknown } | { ok: false; reply: ApiReply }> {
  if (!sameOrigin(request.headers))
    return { ok: false, reply: failReply(403, 'Dit verzoek komt niet van deze site en is geweigerd.') };
  const declared = Number(headerOf(request.headers, 'content-length') ?? 0);
  if (!(declared <= maxBytes)) return { ok: false, reply: failReply(tooLarge.status, tooLarge.message) };
  const text = await request.text(maxBytes);
  if (text === null) return { ok: false, reply: failReply(tooLarge.status, tooLarge.message) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reply: failReply(400, 'Dit verzoek is geen geldige JSON.') };
  }
}

/** Reads and validates a JSON body, or gives the 400/403/413 reply to send instead. */
export async function readApiJson<S extends z.ZodType>(
  request: ApiRequest,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
  tooLarge?: TooLarge,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; reply: ApiReply }> {
  const body = await readApiJsonValue(request, maxBytes, tooLarge);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return { ok: false, reply: failReply(400, firstError(parsed.error)) };
  return { ok: true, data: parsed.data };
}

type Refusal = { ok: false; response: NextResponse };
const asResponse = <T extends { ok: true }>(result: T | { ok: false; reply: ApiReply }): T | Refusal =>
  result.ok ? result : { ok: false, response: replyResponse(result.reply) };

/** readApiJsonValue for a Web Request: the refusal as a Response. */
export async function readJsonValue(
  request: Request,
  maxBytes = MAX_BODY_BYTES,
  tooLarge?: TooLarge,
): Promise<{ ok: true; value: unknown } | Refusal> {
  return asResponse(await readApiJsonValue(apiRequest(request), maxBytes, tooLarge));
}

/** readApiJson for a Web Request: the refusal as a Response. */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
  tooLarge?: TooLarge,
): Promise<{ ok: true; data: z.output<S> } | Refusal> {
  return asResponse(await readApiJson(apiRequest(request), schema, maxBytes, tooLarge));
}

/** What a request's cookies are read with: next/headers' cookies(), or requestCookies(request). */
export type CookieJar = { get(name: string): { value: string } | undefined };

/**
 * The cookies of a request, read from its Cookie header. A route that reads them here, not with
 * next/headers' cookies(), needs nothing of Next's request context: scripts/server.mjs can call it
 * directly (its fast lane for a class handing in at once).
 */
export function requestCookies(headers: Headers | HeaderRecord): CookieJar {
  const header = headerOf(headers, 'cookie') ?? '';
  return {
    get(name) {
      for (const pair of header.split(';')) {
        const at = pair.indexOf('=');
        if (at < 0 || pair.slice(0, at).trim() !== name) continue;
        const raw = pair.slice(at + 1).trim();
        try {
          return { value: decodeURIComponent(raw) };
        } catch {
          return { value: raw };
        }
      }
      return undefined;
    },
  };
}

/**
 * The client's address, for rate limits: what scripts/server.mjs read from the socket (or from as
 * many proxies as TRUST_PROXY_HOPS trusts), which it marks by setting a flag in this process. Under
 * `next dev` Next's own X-Forwarded-For is used. Under a plain `next start`, which would let any
 * client choose its address, every request counts as one address: limits hold, if too strictly.
 */
export function clientIp(headers: Headers | HeaderRecord): string {
  if ((globalThis as { __klantreisGate?: boolean }).__klantreisGate)
    return (headerOf(headers, CLIENT_HEADER) ?? 'onbekend').slice(0, 100);
  if (process.env.NODE_ENV === 'development')
    return (headerOf(headers, 'x-forwarded-for')?.split(',')[0]?.trim() ?? 'onbekend').slice(0, 100);
  warnOnce();
  return 'onbekend';
}

let warned = false;
function warnOnce() {
  if (warned) return;
  warned = true;
  console.error(
    '[klantreis] Gestart zonder scripts/server.mjs: start met `npm start`, anders telt elke bezoeker als hetzelfde adres.',
  );
}

/** Whether cookies should carry Secure: on HTTPS, and never on plain http (it would drop them). */
export const secureCookies = (headers: Headers) => siteOriginFor(headers)?.startsWith('https:') ?? false;

/** The public address of a path on this site, for links and QR codes. */
export const siteUrl = (headers: Headers, pathname: string) =>
  new URL(pathname, siteOriginFor(headers) ?? 'http://localhost:3000').href;
