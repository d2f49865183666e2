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
export const fail = (status: number, error: string) => NextResponse.json({ error }, { status });

/** The site's own origin: SITE_URL when set, else this request's Host (forwarding headers only arrive from a trusted proxy). */
export function siteOriginFor(headers: Headers): string | null {
  return expectedOrigin(Object.fromEntries(headers), gateConfig(process.env));
}

/** Whether a state-changing request comes from this site's own pages. */
export const sameOrigin = (request: Request): boolean =>
  sameOriginAs(request.headers.get('origin') ?? undefined, siteOriginFor(request.headers));

/**
 * Reads a body as text, counting bytes as they arrive and stopping at `max`: a chunked upload of
 * any size costs at most `max` bytes of memory. Returns null when the body is larger.
 */
export async function readLimited(request: Request, max: number): Promise<string | null> {
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

type Refusal = { ok: false; response: NextResponse };
/** What a body larger than allowed is answered with. */
type TooLarge = { status: number; message: string };

/**
 * Reads a JSON body from this site of at most `maxBytes` (declared and counted while it streams),
 * or gives the 403, too-large or 400 answer to send instead.
 */
export async function readJsonValue(
  request: Request,
  maxBytes = MAX_BODY_BYTES,
  tooLarge: TooLarge = { status: 413, message: 'Dit verzoek is te groot.' },
): Promise<{ ok: true; value: unknown } | Refusal> {
  if (!sameOrigin(request)) return { ok: false, response: fail(403, 'Dit verzoek komt niet van deze site en is geweigerd.') };
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (!(declared <= maxBytes)) return { ok: false, response: fail(tooLarge.status, tooLarge.message) };
  const text = await readLimited(request, maxBytes);
  if (text === null) return { ok: false, response: fail(tooLarge.status, tooLarge.message) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: fail(400, 'Dit verzoek is geen geldige JSON.') };
  }
}

/** Reads and validates a JSON body, or gives the 400/403/413 answer to send instead. */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
  tooLarge?: TooLarge,
): Promise<{ ok: true; data: z.output<S> } | Refusal> {
  const body = await readJsonValue(request, maxBytes, tooLarge);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return { ok: false, response: fail(400, firstError(parsed.error)) };
  return { ok: true, data: parsed.data };
}

/** What a request's cookies are read with: next/headers' cookies(), or requestCookies(request). */
export type CookieJar = { get(name: string): { value: string } | undefined };

/**
 * The cookies of a request, read from its Cookie header. A route that reads them here, not with
 * next/headers' cookies(), needs nothing of Next's request context: scripts/server.mjs can call it
 * directly (its fast lane for a class handing in at once).
 */
export function requestCookies(request: Request): CookieJar {
  const header = request.headers.get('cookie') ?? '';
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
export function clientIp(headers: Headers): string {
  if ((globalThis as { __klantreisGate?: boolean }).__klantreisGate)
    return (headers.get(CLIENT_HEADER) ?? 'onbekend').slice(0, 100);
  if (process.env.NODE_ENV === 'development')
    return (headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'onbekend').slice(0, 100);
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
