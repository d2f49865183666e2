import { NextResponse } from 'next/server';
import { route } from '@/lib/server/route.server';
import { SaveAnswersSchema } from '@/lib/assignments/input';
import { getDb } from '@/lib/db/client.server';
import { saveAnswers } from '@/lib/server/participation.server';
import { fail } from '@/lib/server/request.server';
import { studentAnswers } from '@/lib/server/student-api.server';

/** Saves answers as the student works, so a reload or a lost connection loses nothing. */
export const PUT = route(
  'PUT /api/opdracht/[code]/antwoorden',
  async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const found = await studentAnswers(request, params, SaveAnswersSchema);
    if (!found.ok) return found.response;
    const { assignment, participant } = found.context;
    const saved = await saveAnswers(await getDb(), assignment, participant.id, found.responses, new Date());
    if (!saved.ok) return fail(saved.status, saved.error);
    return NextResponse.json({ ok: true });
  },
);
