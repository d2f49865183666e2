'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { CreateMapAssignmentSchema, firstError, formFields, GradeMapSchema } from '@/lib/assignments/input';
import { parseDutchDateTime } from '@/lib/assignments/opening-times';
import { getStudioContent } from '@/lib/content/studio.server';
import { assignmentOfTeacher } from '@/lib/db/assignments.server';
import { getDb } from '@/lib/db/client.server';
import { formatPoints } from '@/lib/format/points';
import { createMapAssignment } from '@/lib/db/studio.server';
import { newMapFrom } from '@/lib/studio/content';
import { RubricSchema } from '@/lib/studio/rubric';
import { formAction } from '@/lib/server/route.server';
import { gradeMap } from '@/lib/server/studio-assignment.server';
import { assignmentCapError } from '@/lib/server/volume-limits.server';
import { currentTeacher } from '@/lib/server/teacher.server';
import type { FormState } from '@/components/teacher/form-state';
import type { GradeState } from '@/components/teacher/map-grading';

// Server actions of map assignments ("Klantreiskaart"): making one, and grading a hand-in. Each
// validates its fields and answers bad input with a Dutch message, keeping what was typed.

async function createMapAssignmentForm(_previous: FormState, form: FormData): Promise<FormState> {
  const teacher = await currentTeacher();
  if (!teacher) return { error: 'Je bent niet meer ingelogd. Log opnieuw in; je keuzes moet je dan opnieuw maken.' };
  const fields = formFields(form);
  const parsed = CreateMapAssignmentSchema.safeParse(fields);
  if (!parsed.success) return { error: firstError(parsed.error), values: fields };
  const input = parsed.data;
  const opensAt = input.opensAt ? parseDutchDateTime(input.opensAt) : null;
  const closesAt = input.closesAt ? parseDutchDateTime(input.closesAt) : null;
  if (input.opensAt && !opensAt) return { error: 'De openingstijd is geen bestaande datum.', values: fields };
  if (input.closesAt && !closesAt) return { error: 'De sluittijd is geen bestaande datum.', values: fields };
  const now = new Date();
  if (closesAt && closesAt <= now) return { error: 'De sluittijd ligt in het verleden. Kies een later moment.', values: fields };
  if (opensAt && closesAt && closesAt <= opensAt)
    return { error: 'De sluittijd moet na de openingstijd liggen.', values: fields };
  const rubric = RubricSchema.safeParse(input.rubric);
  if (!rubric.success) return { error: 'De rubric klopt niet. Kijk elk criterium en elk niveau na.', values: fields };

  const content = await getStudioContent();
  const template = content.templates.find((candidate) => candidate.id === input.template);
  if (!template) return { error: 'Dat sjabloon bestaat niet (meer). Kies een ander.', values: fields };
  const start = content.starts.find((candidate) => candidate.id === input.start);
  if (!start) return { error: 'Dat startpunt bestaat niet (meer). Kies een ander.', values: fields };

  const capError = await assignmentCapError(await getDb(), teacher.id, now);
  if (capError) return { error: capError, values: fields };
  const assignment = await createMapAssignment(await getDb(), teacher.id, {
    title: input.title,
    opensAt,
    closesAt,
    settings: {
      parts: template.parts,
      // Copies: a later edit of the content changes no running assignment.
      template: structuredClone(template),
      startId: start.id,
      start: newMapFrom(template, start, { id: 'kaart', now, title: input.title }),
      brief: input.brief,
      rubric: rubric.data,
      groups: input.groups === 'ja',
    },
  });
  redirect(`/docent/opdrachten/${assignment.id}`);
}

export const createMapAssignmentAction = formAction(
  'kaartopdracht maken',
  createMapAssignmentForm,
  (_previous: FormState, form: FormData) => ({ values: formFields(form) }),
);

/** Levels arrive as fields `niveau-<criterion id>`. */
function gradeFields(form: FormData) {
  const fields = formFields(form);
  const levels: Record<string, string> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key.startsWith('niveau-')) levels[key.slice('niveau-'.length)] = String(value);
    else rest[key] = value;
  }
  return { ...rest, levels };
}

async function gradeMapForm(_previous: GradeState, form: FormData): Promise<GradeState> {
  const teacher = await currentTeacher();
  if (!teacher) return { error: 'Je bent niet meer ingelogd. Log opnieuw in; je beoordeling is niet bewaard.' };
  const fields = gradeFields(form);
  const parsed = GradeMapSchema.safeParse(fields);
  if (!parsed.success) return { error: firstError(parsed.error), values: fields };
  const db = await getDb();
  const assignment = await assignmentOfTeacher(db, teacher.id, parsed.data.id);
  if (!assignment) return { error: 'Deze opdracht is niet (meer) van jou.', values: fields };
  const graded = await gradeMap(db, teacher.id, assignment, parsed.data.handIn, parsed.data, new Date());
  if (!graded.ok) return { error: graded.error, values: fields };
  revalidatePath(`/docent/opdrachten/${assignment.id}`);
  return { error: null, saved: `Opgeslagen: ${formatPoints(graded.points, graded.maxPoints)}.` };
}

export const gradeMapAction = formAction('kaart beoordelen', gradeMapForm, (_previous: GradeState, form: FormData) => ({
  values: gradeFields(form),
}));
