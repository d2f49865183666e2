import { NextResponse } from 'next/server';
import { SaveMapSchema } from '@/lib/assignments/input';
import { getDb } from '@/lib/db/client.server';
import { fail } from '@/lib/server/request.server';
import { route } from '@/lib/server/route.server';
import { saveMap } from '@/lib/server/studio-assignment.server';
import { mapRequest } from '@/lib/server/studio-request.server';

/** Saves the student's map as they work (autosave), so a reload or another computer loses nothing. */
export const PUT = route(
  'PUT /api/opdracht/[code]/kaart',
  async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const found = await mapRequest(request, params, SaveMapSchema);
    if (!found.ok) return found.response;
    const saved = await saveMap(await getDb(), found.assignment, found.participant.id, found.data.map, new Date());
    if (!saved.ok) return fail(saved.status, saved.error);
    return NextResponse.json({ ok: true });
  },
);
