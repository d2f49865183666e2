import { NextResponse } from 'next/server';
import { SaveAnswersSchema } from '@/lib/assignments/input';
import { getDb } from '@/lib/db/client.server';
import { saveAnswers } from '@/lib/db/participation.server';
import { fail, readJson } from '@/lib/server/request.server';
import { readAnswers, studentContext } from '@/lib/server/student-api.server';

/** Saves answers as the student works, so a reload or a lost connection loses nothing. */
export async function PUT(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const body = await readJson(request, SaveAnswersSchema);
  if (!body.ok) return body.response;
  const found = await studentContext((await params).code);
  if (!found.ok) return found.response;
  const { assignment, exercises, participant } = found.context;
  const answers = readAnswers(exercises, body.data.answers);
  if (!answers.ok) return fail(400, answers.error);
  const saved = await saveAnswers(await getDb(), assignment, participant.id, answers.responses, new Date());
  if (!saved.ok) return fail(saved.status, saved.error);
  return NextResponse.json({ ok: true });
}
