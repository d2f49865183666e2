import { cookies, headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { JoinSchema } from '@/lib/assignments/input';
import { getDb } from '@/lib/db/client.server';
import { join } from '@/lib/db/participation.server';
import { fail, readJson, secureCookies } from '@/lib/server/request.server';
import { assignmentFor, participantCookie, PARTICIPANT_DAYS } from '@/lib/server/student.server';

/** A student joins with a display name (and optionally a student number); the cookie remembers them. */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const body = await readJson(request, JoinSchema);
  if (!body.ok) return body.response;
  const found = await assignmentFor((await params).code);
  if (!found) return fail(404, 'Er is geen opdracht met deze code. Kijk of je de code goed hebt overgenomen.');
  const joined = await join(await getDb(), found.assignment, body.data, new Date());
  if (!joined.ok) return fail(joined.status, joined.error);
  (await cookies()).set(participantCookie(found.assignment.code), joined.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(await headers()),
    path: '/',
    maxAge: PARTICIPANT_DAYS * 24 * 3600,
  });
  return NextResponse.json({ ok: true });
}
