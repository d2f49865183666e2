import { NextResponse } from 'next/server';
import { route } from '@/lib/server/route.server';
import { SubmitSchema } from '@/lib/assignments/input';
import { getDb } from '@/lib/db/client.server';
import { submit } from '@/lib/server/participation.server';
import { fail } from '@/lib/server/request.server';
import { readAnswers, studentRequest } from '@/lib/server/student-api.server';

/**
 * Hands in the attempt. The server scores it; the answer says only that it worked; the page
 * then shows what the assignment allows. Sending the same submission id again is harmless.
 */
export const POST = route(
  'POST /api/opdracht/[code]/inleveren',
  async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const found = await studentRequest(request, params, SubmitSchema);
    if (!found.ok) return found.response;
    const { data: body, context } = found;
    const { assignment, exercises, participant } = context;
    const answers = readAnswers(assignment, exercises, body.answers);
    if (!answers.ok) return fail(400, answers.error);
    const result = await submit(
      await getDb(),
      assignment,
      exercises,
      participant.id,
      { submissionId: body.submissionId, responses: answers.responses },
      new Date(),
    );
    if (!result.ok) return fail(result.status, result.error);
    return NextResponse.json({ ok: true, attempt: result.attempt.number, repeated: result.repeated });
  },
);
