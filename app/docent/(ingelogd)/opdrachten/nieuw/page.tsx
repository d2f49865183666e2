import type { Metadata } from 'next';
import { AssignmentForm, type PoolLesson } from '@/components/teacher/assignment-form';
import { Breadcrumb } from '@/components/teacher/breadcrumb';
import { assignablePool } from '@/lib/assignments/selection';
import { bothBanks } from '@/lib/content/toetsbank.server';
import { previewOf, questionText } from '@/lib/server/labels.server';
import type { Exercise } from '@/lib/scoring';
import { TYPE_LABEL } from '@/lib/scoring/schema';
import { requireTeacher } from '@/lib/server/teacher.server';
import { createAssignmentAction } from '@/app/docent/actions';
import { createMapAssignmentAction } from '@/app/docent/kaart-actions';
import { AssignmentKind } from '@/components/teacher/assignment-kind';
import { MapAssignmentForm } from '@/components/teacher/map-assignment-form';
import { getStudioContent } from '@/lib/content/studio.server';

export const metadata: Metadata = { title: 'Nieuwe opdracht', robots: { index: false } };

/** The assignable exercises of one bank, per lesson, as the form lists them. */
const poolOf = (bank: Iterable<Exercise>, lessons: Parameters<typeof assignablePool>[1]): PoolLesson[] =>
  assignablePool(bank, lessons).map((lesson) => ({
    slug: lesson.slug,
    title: lesson.title,
    order: lesson.order,
    exercises: lesson.exercises.map((exercise) => ({
      id: exercise.id,
      type: TYPE_LABEL[exercise.type],
      level: exercise.level,
      text: questionText(exercise),
      preview: previewOf(exercise),
    })),
  }));

export default async function NewAssignmentPage({ searchParams }: { searchParams: Promise<{ soort?: string | string[] }> }) {
  await requireTeacher();
  const [{ course, testBank }, studio] = await Promise.all([bothBanks(), getStudioContent()]);
  const choice = ({ id, title, description }: { id: string; title: string; description: string }) => ({ id, title, description });
  const pools = { toetsbank: poolOf(testBank.values(), course.lessons), oefenbank: poolOf(course.bank.values(), course.lessons) };
  return (
    <>
      <Breadcrumb />
      <h1>Nieuwe opdracht</h1>
      <AssignmentKind
        initial={(await searchParams).soort === 'kaart' ? 'kaart' : 'toets'}
        quiz={<AssignmentForm action={createAssignmentAction} pools={pools} />}
        map={
          <MapAssignmentForm
            action={createMapAssignmentAction}
            templates={studio.templates.map(choice)}
            starts={studio.starts.map(choice)}
            rubric={studio.rubric}
          />
        }
      />
    </>
  );
}
