import { NextResponse } from 'next/server';
import { route } from '@/lib/server/route.server';
import { SubmitSchema } from '@/lib/assignments/input';
import { getDb } from '@/lib/db/client.server';
import { submit } from '@/lib/server/participation.server';
import { fail } from '@/lib/server/request.server';
import { studentAnswers } from '@/lib/server/student-api.server';

/**
 * Hands in the attempt. The server scores it; the answer says only that it worked; the page
 * then shows what the assignment allows. Sending the same submission id again is harmless.
 */
export const POST = route(
  'POST /api/opdracht/[code]/inleveren',
  async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const found = await studentAnswers(request, params, SubmitSchema);
    if (!found.ok) return found.response;
    const { assignment, exercises, participant } = found.context;
    const input = { submissionId: found.data.submissionId, responses: found.responses };
    const result = await submit(await getDb(), assignment, exercises, participant.id, input, new Date());
    if (!result.ok) return fail(result.status, result.error);
    return NextResponse.json({ ok: true, attempt: result.attempt.number, repeated: result.repeated });
  },
);
