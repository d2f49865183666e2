import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PaperAnswer } from '@/components/print/paper-answer';
import { PaperSheet } from '@/components/print/paper-sheet';
import { countOf } from '@/lib/format/plural';
import { pointsInWords } from '@/lib/scoring/rules';
import { scoringRule } from '@/lib/scoring/schema';
import { ownAssignment } from '@/lib/server/teacher-results.server';

export const metadata: Metadata = { title: 'Antwoordmodel', robots: { index: false } };

/**
 * The answer key of an assignment's paper test: per question the right answer (in the letters and
 * numbers of the paper test), how its points are given (as lib/scoring scores it) and the explanation.
 * Only for the teacher who owns the assignment (ownAssignment).
 */
export default async function AnswerKeyPage({ params }: { params: Promise<{ id: string }> }) {
  const { assignment, exercises } = await ownAssignment((await params).id);
  if (assignment.kind !== 'toets' || exercises.length === 0) notFound();
  const total = exercises.reduce((sum, exercise) => sum + (exercise.points ?? 1), 0);
  const base = `/docent/opdrachten/${assignment.id}`;
  return (
    <PaperSheet
      back={{ href: base, label: assignment.title }}
      intro="Het antwoordmodel bij de toets op papier: de goede antwoorden en hoe je de punten geeft. Alleen voor jou."
      printLabel="Druk het antwoordmodel af"
      other={{ href: `${base}/papier`, label: 'Naar de toets' }}
    >
      <h1>Antwoordmodel: {assignment.title}</h1>
      <p>
        Niet voor leerlingen. {countOf(exercises.length, 'vraag', 'vragen')} · {pointsInWords(total)} in totaal.
      </p>
      {exercises.map((exercise, index) => (
        <PaperAnswer
          key={exercise.id}
          exercise={exercise}
          label={`Vraag ${index + 1} (${pointsInWords(exercise.points ?? 1)})`}
          rule={scoringRule(exercise)}
        />
      ))}
    </PaperSheet>
  );
}
