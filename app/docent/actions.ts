'use server';

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { CreateAssignmentSchema, firstError, formFields, LogInSchema, SignUpSchema } from '@/lib/assignments/input';
import { parseDutchDateTime } from '@/lib/assignments/opening-times';
import { assignablePool, selectExercises } from '@/lib/assignments/selection';
import { bothBanks, exercisesByIds } from '@/lib/content/toetsbank.server';
import { LEVELS } from '@/lib/scoring/schema';
import { assignmentOfTeacher, createAssignment, deleteAssignment, setClosed } from '@/lib/db/assignments.server';
import { getDb, type Db } from '@/lib/db/client.server';
import { waitText } from '@/lib/db/limits.server';
import { HashQueueFullError } from '@/lib/db/password';
import { mergeParticipants, removeParticipant } from '@/lib/db/participation.server';
import { createSession, endAllSessions, endSession, logIn, signUp } from '@/lib/db/teachers.server';
import { assignmentCapError, signUpSlot } from '@/lib/server/volume-limits.server';
import { formAction } from '@/lib/server/route.server';
import { weakPassword } from '@/lib/server/password-strength.server';
import type { FormState } from '@/components/teacher/form-state';
import { clientIp } from '@/lib/server/request.server';
import { currentTeacher, DEVICE_COOKIE, SESSION_COOKIE, setDeviceCookie, setSessionCookie } from '@/lib/server/teacher.server';

// Server actions of the teacher pages. Next checks that each call comes from this site (Origin
// against Host); each action validates its fields and answers bad input with a Dutch message.

// Never send a password back to the page.
const withoutPassword = (fields: Record<string, unknown>) => ({ ...fields, password: undefined });

/**
 * Teachers see every answer key, the toetsbank's too. A school that does not want anyone with an
 * e-mail address to become a teacher sets TEACHER_SIGNUP_CODE; sign-up then asks for it.
 */
function schoolCodeMatches(given: string | undefined): boolean {
  const code = process.env.TEACHER_SIGNUP_CODE;
  if (!code) return true;
  const [a, b] = [
    createHash('sha256')
      .update(given ?? '')
      .digest(),
    createHash('sha256').update(code).digest(),
  ];
  return timingSafeEqual(a, b);
}

const BUSY = 'Het is op dit moment erg druk met inloggen. Probeer het over een minuut opnieuw.';

async function logInForm(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = formFields(form);
  const parsed = LogInSchema.safeParse(fields);
  if (!parsed.success) return { error: firstError(parsed.error), values: withoutPassword(fields) };
  const db = await getDb();
  const now = new Date();
  const device = (await cookies()).get(DEVICE_COOKIE)?.value;
  const ip = clientIp(await headers());
  const result = await unlessBusy(() => logIn(db, { ...parsed.data, ip, now, device }));
  if (result === 'busy' || !result.ok) return { error: result === 'busy' ? BUSY : result.error, values: withoutPassword(fields) };
  if (result.device) await setDeviceCookie(result.device);
  return startSession(db, result.teacher.id, now);
}

/** Runs a password check; a full hashing queue becomes 'busy' (a message in the form), not an error page. */
async function unlessBusy<T>(work: () => Promise<T>): Promise<T | 'busy'> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HashQueueFullError) return 'busy';
    throw error;
  }
}

/** Logs the teacher in on this browser and opens their page. */
async function startSession(db: Db, teacherId: number, now: Date): Promise<never> {
  const session = await createSession(db, teacherId, now);
  await setSessionCookie(session.token, session.expiresAt);
  redirect('/docent');
}

async function signUpForm(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = formFields(form);
  const parsed = SignUpSchema.safeParse(fields);
  if (!parsed.success) return { error: firstError(parsed.error), values: withoutPassword(fields) };
  if (!schoolCodeMatches(parsed.data.schoolCode)) {
    return {
      error: 'Deze aanmeldcode klopt niet. Vraag de code aan de beheerder van Klantreis op je school.',
      values: withoutPassword(fields),
    };
  }
  const weak = weakPassword(parsed.data.password, [parsed.data.name, parsed.data.email, 'klantreis']);
  if (weak) return { error: weak, values: withoutPassword(fields) };
  const db = await getDb();
  const now = new Date();
  const slot = await signUpSlot(db, clientIp(await headers()), now);
  if (!slot.ok) {
    return {
      error: `Vanaf dit netwerk zijn het afgelopen uur al veel accounts gemaakt. Probeer het over ${waitText(slot.retryAfterSeconds)} opnieuw.`,
      values: withoutPassword(fields),
    };
  }
  const { name, email, password } = parsed.data;
  const result = await unlessBusy(() => signUp(db, { name, email, password }));
  if (result === 'busy' || !result.ok) return { error: result === 'busy' ? BUSY : result.error, values: withoutPassword(fields) };
  return startSession(db, result.teacher.id, now);
}

export async function logOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token && token.length <= 100) await endSession(await getDb(), token);
  jar.delete(SESSION_COOKIE);
  redirect('/docent');
}

/** Ends every session of this teacher, on every device (a lost laptop, a shared computer). */
export async function logOutEverywhereAction(): Promise<void> {
  const teacher = await currentTeacher();
  if (teacher) await endAllSessions(await getDb(), teacher.id);
  (await cookies()).delete(SESSION_COOKIE);
  redirect('/docent?uitgelogd=overal');
}

async function createAssignmentForm(_previous: FormState, form: FormData): Promise<FormState> {
  const teacher = await currentTeacher();
  if (!teacher) return { error: 'Je bent niet meer ingelogd. Log opnieuw in; je keuzes moet je dan opnieuw maken.' };
  const fields = formFields(form, ['lessons', 'exerciseIds', 'levels']);
  const parsed = CreateAssignmentSchema.safeParse(fields);
  if (!parsed.success) return { error: firstError(parsed.error), values: fields };
  const input = parsed.data;
  const opensAt = input.opensAt ? parseDutchDateTime(input.opensAt) : null;
  const closesAt = input.closesAt ? parseDutchDateTime(input.closesAt) : null;
  if (input.opensAt && !opensAt) return { error: 'De openingstijd is geen bestaande datum.', values: fields };
  if (input.closesAt && !closesAt) return { error: 'De sluittijd is geen bestaande datum.', values: fields };
  if (closesAt && closesAt <= new Date())
    return { error: 'De sluittijd ligt in het verleden. Kies een later moment.', values: fields };
  if (opensAt && closesAt && closesAt <= opensAt)
    return { error: 'De sluittijd moet na de openingstijd liggen.', values: fields };

  const { course, testBank } = await bothBanks();
  // Levels in the bank's own order, each once, so the stored selection reads the same however the form sent them.
  const levels = LEVELS.filter((level) => input.levels.includes(level));
  const pool = assignablePool((input.bank === 'toetsbank' ? testBank : course.bank).values(), course.lessons, levels);
  const seed = input.seed || randomBytes(4).toString('hex');
  const selected = selectExercises(
    pool,
    input.mode === 'hand'
      ? { mode: 'hand', exerciseIds: input.exerciseIds }
      : input.mode === 'lessen'
        ? { mode: 'lessen', lessons: input.lessons }
        : { mode: 'trekking', lessons: input.lessons, perLesson: input.perLesson, seed },
  );
  if (!selected.ok) return { error: selected.error, values: fields };
  const capError = await assignmentCapError(await getDb(), teacher.id, new Date());
  if (capError) return { error: capError, values: fields };
  const assignment = await createAssignment(await getDb(), teacher.id, {
    title: input.title,
    exercises: await exercisesByIds(selected.exerciseIds),
    selection: { ...selected.selection, bank: input.bank, ...(levels.length > 0 ? { levels } : {}) },
    opensAt,
    closesAt,
    maxAttempts: input.maxAttempts,
    showAnswers: input.showAnswers,
  });
  redirect(`/docent/opdrachten/${assignment.id}`);
}

/** A database id from a form field. */
const rowId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);

const CloseSchema = z.strictObject({
  id: rowId,
  closed: z.enum(['0', '1']),
});

/** Closes an assignment now, or opens it again; only the teacher who owns it can. */
export async function setClosedAction(form: FormData): Promise<void> {
  const teacher = await currentTeacher();
  if (!teacher) redirect('/docent');
  const parsed = CloseSchema.safeParse(formFields(form));
  if (!parsed.success) redirect('/docent');
  await setClosed(await getDb(), teacher.id, parsed.data.id, parsed.data.closed === '1', new Date());
  redirect(`/docent/opdrachten/${parsed.data.id}`);
}

const DeleteSchema = z.strictObject({
  id: rowId,
});

/** Deletes an assignment and all its students' data; only the teacher who owns it can. */
export async function deleteAssignmentAction(form: FormData): Promise<void> {
  const teacher = await currentTeacher();
  if (!teacher) redirect('/docent');
  const parsed = DeleteSchema.safeParse(formFields(form));
  if (!parsed.success) redirect('/docent');
  const db = await getDb();
  const assignment = await assignmentOfTeacher(db, teacher.id, parsed.data.id);
  if (!assignment || !(await deleteAssignment(db, teacher.id, assignment.id))) redirect('/docent');
  // The title comes back in the address so the list can say what went: only this teacher sees it.
  redirect(`/docent?verwijderd=${encodeURIComponent(assignment.title)}`);
}

const RemoveStudentSchema = z.strictObject({
  id: rowId,
  student: rowId,
});

/** Removes one student, with their attempts and answers, from an assignment of this teacher. */
export async function removeStudentAction(form: FormData): Promise<void> {
  const teacher = await currentTeacher();
  if (!teacher) redirect('/docent');
  const parsed = RemoveStudentSchema.safeParse(formFields(form));
  if (!parsed.success) redirect('/docent');
  const removed = await removeParticipant(await getDb(), teacher.id, parsed.data.id, parsed.data.student);
  redirect(`/docent/opdrachten/${parsed.data.id}?melding=${removed ? 'verwijderd' : 'niet-gevonden'}`);
}

const MergeStudentsSchema = z.strictObject({
  id: rowId,
  a: rowId,
  b: rowId,
  keep: rowId,
});

/**
 * Merges two joins of one student (a second browser): `keep` stays, the other of `a` and `b` goes and
 * its attempts move to `keep`. Both must be students of this teacher's assignment (checked in the
 * database, in the transaction that merges).
 */
export async function mergeStudentsAction(form: FormData): Promise<void> {
  const teacher = await currentTeacher();
  if (!teacher) redirect('/docent');
  const parsed = MergeStudentsSchema.safeParse(formFields(form));
  if (!parsed.success) redirect('/docent');
  const { id, a, b, keep } = parsed.data;
  if (keep !== a && keep !== b) redirect(`/docent/opdrachten/${id}?melding=niet-gevonden`);
  const merged = await mergeParticipants(await getDb(), teacher.id, id, keep, keep === a ? b : a);
  redirect(
    `/docent/opdrachten/${id}?melding=${merged.ok ? `samengevoegd&leerling=${keep}` : merged.reason === 'same' ? 'zelfde' : 'niet-gevonden'}`,
  );
}

export const logInAction = formAction('inloggen', logInForm, (_previous: FormState, form: FormData) => ({
  values: withoutPassword(formFields(form)),
}));

export const signUpAction = formAction('account maken', signUpForm, (_previous: FormState, form: FormData) => ({
  values: withoutPassword(formFields(form)),
}));

export const createAssignmentAction = formAction(
  'opdracht maken',
  createAssignmentForm,
  (_previous: FormState, form: FormData) => ({
    values: formFields(form, ['lessons', 'exerciseIds']),
  }),
);
