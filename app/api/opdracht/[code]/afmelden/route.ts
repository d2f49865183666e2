import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { route } from '@/lib/server/route.server';
import { z } from 'zod';
import { normalizeCode } from '@/lib/assignments/code';
import { fail, readJson } from '@/lib/server/request.server';
import { participantCookie } from '@/lib/server/student.server';

/**
 * "Niet jij?": forgets which student this browser is, so the next one on a shared classroom
 * computer starts fresh. What the first student saved stays with the teacher.
 */
export const POST = route(
  'POST /api/opdracht/[code]/afmelden',
  async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const body = await readJson(request, z.strictObject({}));
    if (!body.ok) return body.response;
    const code = normalizeCode((await params).code);
    if (!code) return fail(404, 'Er is geen opdracht met deze code.');
    (await cookies()).delete(participantCookie(code));
    return NextResponse.json({ ok: true });
  },
);
