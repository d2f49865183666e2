import { cookies, headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { route } from '@/lib/server/route.server';
import { JoinSchema } from '@/lib/assignments/input';
import { getDb } from '@/lib/db/client.server';
import { waitText } from '@/lib/db/limits.server';
import { join } from '@/lib/server/participation.server';
import { joinSlot, limits } from '@/lib/server/volume-limits.server';
import { clientIp, fail, readJson, secureCookies } from '@/lib/server/request.server';
import { codeMissMessage, lookUpCode, participantCookie, participantCookieOptions } from '@/lib/server/student.server';

/** A student joins with a display name (and optionally a student number); the cookie remembers them. */
export const POST = route(
  'POST /api/opdracht/[code]/deelnemen',
  async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const body = await readJson(request, JoinSchema);
    if (!body.ok) return body.response;
    const ip = clientIp(request.headers);
    const found = await lookUpCode((await params).code, ip);
    if (!found.ok) return fail(found.reason === 'limited' ? 429 : 404, codeMissMessage(found));
    const db = await getDb();
    const now = new Date();
    const slot = await joinSlot(db, ip, found.assignment.id, now);
    if (!slot.ok) {
      return fail(
        429,
        `Er doen net heel veel leerlingen tegelijk mee. Probeer het over ${waitText(slot.retryAfterSeconds)} opnieuw.`,
      );
    }
    const joined = await join(db, found.assignment, body.data, now, limits().studentsPerAssignment);
    if (!joined.ok) return fail(joined.status, joined.error);
    (await cookies()).set(
      participantCookie(found.assignment.code),
      joined.token,
      participantCookieOptions(secureCookies(await headers())),
    );
    return NextResponse.json({ ok: true });
  },
);
