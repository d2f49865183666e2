import type { Metadata } from 'next';
import Link from 'next/link';
import { AssignmentForm, type PoolLesson } from '@/components/teacher/assignment-form';
import { assignablePool } from '@/lib/assignments/selection';
import { TYPE_LABEL } from '@/lib/assignments/types';
import { getCourse } from '@/lib/content/course.server';
import { plainText } from '@/lib/content/plain-text';
import { requireTeacher } from '@/lib/server/teacher.server';
import { createAssignmentAction } from '../../actions';

export const metadata: Metadata = { title: 'Nieuwe opdracht', robots: { index: false } };

export default async function NewAssignmentPage() {
  await requireTeacher();
  const { bank, lessons } = await getCourse();
  const pool: PoolLesson[] = assignablePool(bank.values(), lessons).map((lesson) => ({
    slug: lesson.slug,
    title: lesson.title,
    order: lesson.order,
    exercises: lesson.exercises.map((exercise) => ({
      id: exercise.id,
      type: TYPE_LABEL[exercise.type],
      text: plainText(exercise.prompt),
    })),
  }));
  return (
    <div className="page teacher-page">
      <p className="eyebrow">
        <Link href="/docent">Je opdrachten</Link>
      </p>
      <h1>Nieuwe opdracht</h1>
      <AssignmentForm action={createAssignmentAction} pool={pool} />
    </div>
  );
}
