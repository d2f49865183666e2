import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { firstError } from '../assignments/input';

// The JSON endpoints students call. Every request is checked here before any query runs: the
// origin (no other site may post for a student), the size, the JSON, and the shape.

/** The largest request body accepted: 40 answers fit many times over. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A Dutch error as JSON with its status; `error` is what the page shows. */
export const fail = (status: number, error: string) => NextResponse.json({ error }, { status });

/** Whether a state-changing request comes from this site's own pages. */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Reads and validates a JSON body, or gives the 400/403/413 answer to send instead. */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: NextResponse }> {
  if (!sameOrigin(request)) return { ok: false, response: fail(403, 'Dit verzoek komt niet van deze site en is geweigerd.') };
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return { ok: false, response: fail(413, 'Dit verzoek is te groot.') };
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, response: fail(413, 'Dit verzoek is te groot.') };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: fail(400, 'Dit verzoek is geen geldige JSON.') };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, response: fail(400, firstError(parsed.error)) };
  return { ok: true, data: parsed.data };
}

/** The client's address as the server saw it (first hop of X-Forwarded-For), for rate limits. */
export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim().slice(0, 100) || headers.get('x-real-ip') || 'onbekend';
}

/** Whether cookies should carry Secure: on HTTPS, and never on plain http (it would drop them). */
export const secureCookies = (headers: Headers) => headers.get('x-forwarded-proto') === 'https';
