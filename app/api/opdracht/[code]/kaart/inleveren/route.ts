import { NextResponse } from 'next/server';
import { HandInMapSchema } from '@/lib/assignments/input';
import { getDb } from '@/lib/db/client.server';
import { fail } from '@/lib/server/request.server';
import { route } from '@/lib/server/route.server';
import { handInMap } from '@/lib/server/studio-assignment.server';
import { mapRequest } from '@/lib/server/studio-request.server';

/**
 * Hands in a snapshot of the student's map (with the group's names when the assignment allows it).
 * Sending the same submission id again is harmless. A score is never taken from the request.
 */
export const POST = route(
  'POST /api/opdracht/[code]/kaart/inleveren',
  async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const found = await mapRequest(request, params, HandInMapSchema);
    if (!found.ok) return found.response;
    const result = await handInMap(await getDb(), found.assignment, found.participant, found.data, new Date());
    if (!result.ok) return fail(result.status, result.error);
    return NextResponse.json({ ok: true, handedInAt: result.handIn.handedInAt.toISOString(), repeated: result.repeated });
  },
);
