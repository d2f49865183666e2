import 'server-only';
import type { NextResponse } from 'next/server';
import type { z } from 'zod';
import { firstError } from '../assignments/input';
import type { Assignment } from '../db/assignments.server';
import type { Participant } from '../db/participation.server';
import { MAP_LIMITS } from '../studio/map';
import { clientIp, fail, readLimited, sameOrigin } from './request.server';
import { assignmentForStudent, codeMissMessage } from './student.server';

// A student's request with a map (autosave, hand-in). As the other student routes (same origin, the
// code look-up counted against guessing, 403 without the cookie), but the body may hold a map:
// up to MAP_LIMITS.bytes, counted while it streams. Oversized or bad input is a 400 in Dutch.

export const TOO_BIG = `Deze kaart is te groot om op te slaan (hoogstens ${MAP_LIMITS.bytes / 1000} kB). Maak hem kleiner; wat je eerder opsloeg, blijft bewaard.`;

/** Reads and validates a map request's JSON body, or gives the 400/403 answer to send instead. */
export async function readMapBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: NextResponse }> {
  if (!sameOrigin(request)) return { ok: false, response: fail(403, 'Dit verzoek komt niet van deze site en is geweigerd.') };
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (!(declared <= MAP_LIMITS.bytes)) return { ok: false, response: fail(400, TOO_BIG) };
  const text = await readLimited(request, MAP_LIMITS.bytes);
  if (text === null) return { ok: false, response: fail(400, TOO_BIG) };
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

/** A student's map request: the body, and the student and assignment behind the cookie. */
export async function mapRequest<S extends z.ZodType>(
  request: Request,
  params: Promise<{ code: string }>,
  schema: S,
): Promise<
  { ok: true; data: z.output<S>; assignment: Assignment; participant: Participant } | { ok: false; response: NextResponse }
> {
  const body = await readMapBody(request, schema);
  if (!body.ok) return body;
  const { lookup, participant } = await assignmentForStudent((await params).code, clientIp(request.headers));
  if (!lookup.ok) return { ok: false, response: fail(lookup.reason === 'limited' ? 429 : 404, codeMissMessage(lookup)) };
  if (!participant) return { ok: false, response: fail(403, 'Je doet nog niet mee aan deze opdracht. Vul eerst je naam in.') };
  return { ok: true, data: body.data, assignment: lookup.assignment, participant };
}
