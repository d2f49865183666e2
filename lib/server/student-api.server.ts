import 'server-only';
import type { z } from 'zod';
import { byQuestionId } from '../assignments/questions';
import type { Assignment } from '../db/assignments.server';
import type { Participant } from '../db/participation.server';
import type { Exercise, ExerciseResponse } from '../scoring';
import { parseResponse } from '../scoring/responses';
import {
  clientIp,
  failReply,
  readApiJson,
  requestCookies,
  type ApiReply,
  type ApiRequest,
  type CookieJar,
} from './request.server';
import { assignmentForStudent, codeMissMessage, questionsOf } from './student.server';

type Context = { assignment: Assignment; exercises: Exercise[]; participant: Participant };

/** The assignment and the student behind a request, or the 404/429 (unknown code) or 403 answer to send. */
async function studentContext(
  rawCode: string,
  ip: string,
  jar: CookieJar,
): Promise<{ ok: true; context: Context } | { ok: false; reply: ApiReply }> {
  const { lookup, participant } = await assignmentForStudent(rawCode, ip, jar);
  if (!lookup.ok) return { ok: false, reply: failReply(lookup.reason === 'limited' ? 429 : 404, codeMissMessage(lookup)) };
  if (!participant) return { ok: false, reply: failReply(403, 'Je doet nog niet mee aan deze opdracht. Vul eerst je naam in.') };
  return { ok: true, context: { assignment: lookup.assignment, exercises: lookup.exercises, participant } };
}

/** A student's request: the body read with `schema`, and the student and assignment behind it. */
export async function studentRequest<S extends z.ZodType>(
  request: ApiRequest,
  code: string,
  schema: S,
): Promise<{ ok: true; data: z.output<S>; context: Context } | { ok: false; reply: ApiReply }> {
  const body = await readApiJson(request, schema);
  if (!body.ok) return body;
  const found = await studentContext(code, clientIp(request.headers), requestCookies(request.headers));
  if (!found.ok) return found;
  return { ok: true, data: body.data, context: found.context };
}

// An assignment's questions with their keyed option ids (tens of HMACs) are the same for every
// request of its students: kept per copy of the exercises (one per assignment and process).
const keyed = new WeakMap<readonly Exercise[], { secret: string; byId: ReturnType<typeof byQuestionId> }>();
function questionsById(assignment: Assignment, exercises: readonly Exercise[]) {
  const kept = keyed.get(exercises);
  if (kept?.secret === assignment.secret) return kept.byId;
  const byId = byQuestionId(questionsOf(assignment, exercises));
  keyed.set(exercises, { secret: assignment.secret, byId });
  return byId;
}

/**
 * Checks every answer against its exercise: unknown exercises and answers of the wrong shape are
 * refused as a whole (400), so nothing half-valid is stored.
 */
export function readAnswers(
  assignment: Assignment,
  exercises: Exercise[],
  answers: Record<string, unknown>,
): { ok: true; responses: Record<string, ExerciseResponse | null> } | { ok: false; error: string } {
  // The page names questions v1, v2 … and hashes option ids; answers are stored in the bank's ids.
  const byId = questionsById(assignment, exercises);
  const responses: Record<string, ExerciseResponse | null> = {};
  for (const [id, value] of Object.entries(answers)) {
    const entry = byId.get(id);
    if (!entry) return { ok: false, error: `Deze opdracht heeft geen vraag "${id.slice(0, 100)}".` };
    const { question } = entry;
    if (value === null) {
      responses[question.bank.id] = null;
      continue;
    }
    const parsed = parseResponse(question.exercise, value);
    if (!parsed.ok) return { ok: false, error: `Vraag ${entry.number}: ${parsed.error}` };
    responses[question.bank.id] = question.toBank(parsed.response);
  }
  return { ok: true, responses };
}

/**
 * A student's request that carries answers (save or hand in): the body read with `schema`, its
 * answers checked and put in the bank's ids, and the student and assignment behind it.
 */
export async function studentAnswers<S extends z.ZodType<{ answers: Record<string, unknown> }>>(
  request: ApiRequest,
  code: string,
  schema: S,
): Promise<
  | { ok: true; data: z.output<S>; context: Context; responses: Record<string, ExerciseResponse | null> }
  | { ok: false; reply: ApiReply }
> {
  const found = await studentRequest(request, code, schema);
  if (!found.ok) return found;
  const { assignment, exercises } = found.context;
  const answers = readAnswers(assignment, exercises, found.data.answers);
  if (!answers.ok) return { ok: false, reply: failReply(400, answers.error) };
  return { ...found, responses: answers.responses };
}
