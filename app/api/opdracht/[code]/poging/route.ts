import { NextResponse } from 'next/server';
import { route } from '@/lib/server/route.server';
import { z } from 'zod';
import { getDb } from '@/lib/db/client.server';
import { startAttempt } from '@/lib/server/participation.server';
import { fail } from '@/lib/server/request.server';
import { studentRequest } from '@/lib/server/student-api.server';

/** Starts the student's next attempt, when they have one left. */
export const POST = route(
  'POST /api/opdracht/[code]/poging',
  async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const found = await studentRequest(request, params, z.strictObject({}));
    if (!found.ok) return found.response;
    const { assignment, participant } = found.context;
    const started = await startAttempt(await getDb(), assignment, participant.id, new Date());
    if (!started.ok) return fail(started.status, started.error);
    return NextResponse.json({ ok: true });
  },
);
