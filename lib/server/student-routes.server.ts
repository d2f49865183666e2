import 'server-only';
import { z } from 'zod';
import { SaveAnswersSchema, SubmitSchema } from '../assignments/input';
import { getDb } from '../db/client.server';
import { sendScoresSoon } from '../lti/scores.server';
import { saveAnswers, startAttempt, submit } from './participation.server';
import { failReply, type ApiReply } from './request.server';
import { apiRoute } from './route.server';
import { studentAnswers, studentRequest } from './student-api.server';

// The requests a student's page sends while they work on an assignment. They read only what an
// ApiRequest gives (headers and body), so Next's route handlers (app/api/opdracht/[code]/…) and
// the fast lane of scripts/server.mjs (registered by instrumentation.ts) answer them alike.

const done: ApiReply = { status: 200, json: { ok: true } };

/** PUT …/antwoorden: saves answers as the student works, so a reload or a lost connection loses nothing. */
export const saveRoute = apiRoute('PUT /api/opdracht/[code]/antwoorden', async (request, code) => {
  const found = await studentAnswers(request, code, SaveAnswersSchema);
  if (!found.ok) return found.reply;
  const { assignment, participant } = found.context;
  const saved = await saveAnswers(await getDb(), assignment, participant.id, found.responses, new Date());
  return saved.ok ? done : failReply(saved.status, saved.error);
});

/**
 * POST …/inleveren: hands in the attempt. The server scores it; the answer says only that it
 * worked; the page then shows what the assignment allows. Sending the same submission id again is
 * harmless.
 */
export const handInRoute = apiRoute('POST /api/opdracht/[code]/inleveren', async (request, code) => {
  const found = await studentAnswers(request, code, SubmitSchema);
  if (!found.ok) return found.reply;
  const { assignment, exercises, participant } = found.context;
  const input = { submissionId: found.data.submissionId, responses: found.responses };
  const result = await submit(await getDb(), assignment, exercises, participant.id, input, new Date());
  if (!result.ok) return failReply(result.status, result.error);
  // A student who came in from an LMS: their score was queued with the hand-in; send it now.
  if (participant.ltiLineItem && !result.repeated) sendScoresSoon(getDb);
  return { status: 200, json: { ok: true, attempt: result.attempt.number, repeated: result.repeated } };
});

/** POST …/poging: starts the student's next attempt, when they have one left. */
export const nextAttemptRoute = apiRoute('POST /api/opdracht/[code]/poging', async (request, code) => {
  const found = await studentRequest(request, code, z.strictObject({}));
  if (!found.ok) return found.reply;
  const { assignment, participant } = found.context;
  const started = await startAttempt(await getDb(), assignment, participant.id, new Date());
  return started.ok ? done : failReply(started.status, started.error);
});
