import type { Metadata } from 'next';
import { ProgressOverview } from '@/components/progress/progress-overview';
import { getCourse } from '@/lib/content/course.server';
import '@/components/progress/progress.css';

export const metadata: Metadata = {
  title: 'Mijn voortgang',
  description: 'Je voortgang per les, en je voortgang bewaren of meenemen naar een ander apparaat.',
};

export default async function ProgressPage() {
  const { lessons, bank } = await getCourse();
  const refs = lessons.map(({ slug, title, order, exerciseIds, objectives }) => ({
    slug,
    title,
    order,
    exerciseIds,
    // All exercises of the lesson's topic count for its goals, also those asked only in a test.
    goals: objectives.map((text, index) => ({
      text,
      exerciseIds: [...bank.values()]
        .filter((exercise) => exercise.topic === slug && exercise.goal === index + 1)
        .map((exercise) => exercise.id),
    })),
  }));
  return (
    <div className={`page progressPage`}>
      <h1>Mijn voortgang</h1>
      <p className="lead">
        Je voortgang staat alleen in deze browser, op dit apparaat. Je hebt geen account nodig. Wil je verder op een ander
        apparaat? Exporteer je voortgang hier en importeer het bestand daar.
      </p>
      <ProgressOverview lessons={refs} />
    </div>
  );
}
