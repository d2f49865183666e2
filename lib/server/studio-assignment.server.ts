import 'server-only';
import { gradeWithRubric, type MapSettings } from '../assignments/map-assignment';
import type { Assignment } from '../db/assignments.server';
import type { Db } from '../db/client.server';
import { sendScoresSoon } from '../lti/scores.server';
import { addHandIn, handInsOf, saveDraft, setGrade, type MapHandIn } from '../db/studio.server';
import { MAP_LIMITS, type StudioMap } from '../studio/map';
import { parseMap } from '../studio/parse';
import { notOpen, type Refusal } from './participation.server';

// What a student and a teacher do with a map assignment, with every check around it: the map is
// measured and parsed here (the same schema as the studio in the browser), the assignment must be
// a map assignment and open, and a grade's points are computed here from the rubric, never taken
// from a request. Every refusal has a status and a Dutch message.

export type BadRequest = { ok: false; status: 400 | 404; error: string };

/** The assignment's map settings, or null for a quiz. */
export const mapSettings = (assignment: Assignment): MapSettings | null =>
  assignment.kind === 'kaart' ? assignment.studio : null;

const NOT_A_MAP: BadRequest = {
  ok: false,
  status: 400,
  error: 'Bij deze opdracht lever je geen klantreiskaart in. Laad de pagina opnieuw.',
};

/** Bytes of a value as JSON (UTF-8). */
export const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

/** Checks a map from a request: its size, its shape, and how many notes it holds. */
export function readMap(value: unknown): { ok: true; map: StudioMap } | BadRequest {
  if (jsonBytes(value) > MAP_LIMITS.bytes)
    return {
      ok: false,
      status: 400,
      error: `Deze kaart is te groot om op te slaan (hoogstens ${MAP_LIMITS.bytes / 1000} kB). Maak hem kleiner.`,
    };
  // Counted before the schema, which would only say the map is wrong.
  if (notesIn(value) > MAP_LIMITS.notes)
    return {
      ok: false,
      status: 400,
      error: `Deze kaart heeft te veel notities (hoogstens ${MAP_LIMITS.notes}). Haal er een paar weg.`,
    };
  // The studio's own reader: older formats are migrated, every rule is checked, the error names the field.
  const parsed = parseMap(value);
  if (!parsed.ok)
    return {
      ok: false,
      status: 400,
      error: `Deze kaart is niet opgeslagen. ${parsed.error} Wat je eerder opsloeg, blijft bewaard.`,
    };
  return { ok: true, map: parsed.map };
}

/** The notes on a map (journey and empathy), of a value not checked yet: what is not a list counts 0. */
function notesIn(value: unknown): number {
  const length = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  const map = (value ?? {}) as { journey?: { notes?: unknown }; empathy?: Record<string, unknown> };
  const empathy = map.empathy && typeof map.empathy === 'object' ? Object.values(map.empathy) : [];
  return length(map.journey?.notes) + empathy.reduce<number>((sum, box) => sum + length(box), 0);
}

/** Saves a student's work in progress, while the map assignment is open. */
export async function saveMap(
  db: Db,
  assignment: Assignment,
  participantId: number,
  value: unknown,
  now: Date,
): Promise<{ ok: true } | Refusal | BadRequest> {
  if (!mapSettings(assignment)) return NOT_A_MAP;
  const closed = notOpen(assignment, now);
  if (closed) return closed;
  const read = readMap(value);
  if (!read.ok) return read;
  await saveDraft(db, participantId, read.map, now);
  return { ok: true };
}

/**
 * Hands in a snapshot of the map. The same submission id again returns the first hand-in and stores
 * nothing (also after closing). Group members' names only when the assignment allows groups.
 */
export async function handInMap(
  db: Db,
  assignment: Assignment,
  participant: { id: number; displayName: string; ltiLineItem?: string | null },
  input: { submissionId: string; map: unknown; members: string[] },
  now: Date,
): Promise<{ ok: true; handIn: MapHandIn; repeated: boolean } | Refusal | BadRequest> {
  const settings = mapSettings(assignment);
  if (!settings) return NOT_A_MAP;
  const read = readMap(input.map);
  if (!read.ok) return read;
  if (input.members.length > 0 && !settings.groups)
    return { ok: false, status: 400, error: 'Bij deze opdracht lever je alleen in, niet met een groep.' };
  const closed = notOpen(assignment, now);
  const members = [participant.displayName, ...input.members.filter((name) => name !== participant.displayName)];
  if (closed) {
    // A retry of a hand-in that got through before closing is still answered with that hand-in.
    const earlier = await addHandInIfKnown(db, participant.id, input.submissionId);
    return earlier ?? closed;
  }
  const added = await addHandIn(db, participant.id, { submissionId: input.submissionId, map: read.map, members }, now);
  // A student from an LMS: it hears now that the map is in (to be graded by the teacher).
  if (participant.ltiLineItem && !added.repeated) sendScoresSoon(async () => db);
  return { ok: true, ...added };
}

async function addHandInIfKnown(db: Db, participantId: number, submissionId: string) {
  const earlier = (await handInsOf(db, participantId)).find((handIn) => handIn.submissionId === submissionId);
  return earlier ? { ok: true as const, handIn: earlier, repeated: true } : null;
}

/**
 * The teacher grades a hand-in: a level per criterion of the assignment's own rubric, and feedback.
 * The points are computed here. Unknown criteria and levels out of range are refused.
 */
export async function gradeMap(
  db: Db,
  teacherId: number,
  assignment: Assignment,
  handInId: number,
  input: { levels: Record<string, unknown>; feedback: string },
  now: Date,
): Promise<{ ok: true; points: number; maxPoints: number } | BadRequest> {
  const settings = mapSettings(assignment);
  if (!settings) return NOT_A_MAP;
  const graded = gradeWithRubric(settings.rubric, input.levels);
  if (!graded.ok) return { ok: false, status: 400, error: graded.error };
  const stored = await setGrade(db, teacherId, assignment.id, handInId, { ...graded.grading, feedback: input.feedback }, now);
  if (!stored) return { ok: false, status: 404, error: 'Deze inlevering staat niet (meer) bij je opdracht.' };
  // The grade of a student from an LMS was queued with it; send it now.
  sendScoresSoon(async () => db);
  return { ok: true, points: graded.grading.points, maxPoints: graded.grading.maxPoints };
}
