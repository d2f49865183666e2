import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PaperExercise } from '@/components/print/paper-exercise';
import { NameLine, PaperSheet } from '@/components/print/paper-sheet';
import { countOf } from '@/lib/format/plural';
import { pointsInWords } from '@/lib/scoring/rules';
import { ownAssignment } from '@/lib/server/teacher-results.server';

export const metadata: Metadata = { title: 'Toets op papier', robots: { index: false } };

/**
 * An assignment's questions as a paper test for the class: a name line, the questions numbered with
 * room to answer, no answers. Only for the teacher who owns it (ownAssignment: the login page for
 * anyone not logged in, 404 for another teacher), as its questions may come from the toetsbank.
 */
export default async function PaperTestPage({ params }: { params: Promise<{ id: string }> }) {
  const { assignment, exercises } = await ownAssignment((await params).id);
  if (assignment.kind !== 'toets' || exercises.length === 0) notFound();
  const total = exercises.reduce((sum, exercise) => sum + (exercise.points ?? 1), 0);
  const base = `/docent/opdrachten/${assignment.id}`;
  return (
    <PaperSheet
      back={{ href: base, label: assignment.title }}
      intro="Zo ziet de toets er op papier uit. De antwoorden staan er niet op. Druk het antwoordmodel apart af, voor jezelf."
      printLabel="Druk de toets af"
      other={{ href: `${base}/papier/antwoorden`, label: 'Naar het antwoordmodel' }}
    >
      <h1>{assignment.title}</h1>
      <NameLine />
      <p>
        {countOf(exercises.length, 'vraag', 'vragen')} · {pointsInWords(total)} in totaal
      </p>
      {exercises.map((exercise, index) => (
        <PaperExercise
          key={exercise.id}
          exercise={exercise}
          label={`Vraag ${index + 1}`}
          points={pointsInWords(exercise.points ?? 1)}
        />
      ))}
    </PaperSheet>
  );
}
