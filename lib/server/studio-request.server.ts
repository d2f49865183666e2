import 'server-only';
import type { NextResponse } from 'next/server';
import type { z } from 'zod';
import type { Assignment } from '../db/assignments.server';
import type { Participant } from '../db/participation.server';
import { MAP_LIMITS } from '../studio/map';
import { clientIp, fail, readJson } from './request.server';
import { assignmentForStudent, codeMissMessage } from './student.server';

// A student's request with a map (autosave, hand-in). As the other student routes (same origin, the
// code look-up counted against guessing, 403 without the cookie), but the body may hold a map:
// up to MAP_LIMITS.bytes, counted while it streams. Oversized or bad input is a 400 in Dutch.

export const TOO_BIG = `Deze kaart is te groot om op te slaan (hoogstens ${MAP_LIMITS.bytes / 1000} kB). Maak hem kleiner; wat je eerder opsloeg, blijft bewaard.`;

/** A student's map request: the body, and the student and assignment behind the cookie. */
export async function mapRequest<S extends z.ZodType>(
  request: Request,
  params: Promise<{ code: string }>,
  schema: S,
): Promise<
  { ok: true; data: z.output<S>; assignment: Assignment; participant: Participant } | { ok: false; response: NextResponse }
> {
  // Oversized is a 400 here, as every bad map: the student keeps the map and what was saved before.
  const body = await readJson(request, schema, MAP_LIMITS.bytes, { status: 400, message: TOO_BIG });
  if (!body.ok) return body;
  const { lookup, participant } = await assignmentForStudent((await params).code, clientIp(request.headers));
  if (!lookup.ok) return { ok: false, response: fail(lookup.reason === 'limited' ? 429 : 404, codeMissMessage(lookup)) };
  if (!participant) return { ok: false, response: fail(403, 'Je doet nog niet mee aan deze opdracht. Vul eerst je naam in.') };
  return { ok: true, data: body.data, assignment: lookup.assignment, participant };
}
