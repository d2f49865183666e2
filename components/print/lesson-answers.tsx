import { paperLabel } from '@/components/exercises/exercise-block';
import type { Exercise } from '@/lib/scoring';
import { PaperAnswer } from './paper-answer';
import './print.css';

/**
 * The answers page at the end of a printed lesson: per exercise its number, the right answer in the
 * letters of the paper question, and the explanation. Never shown on screen (the interactive exercises
 * give the answers there); printed only when the student chose "met antwoorden" (PrintLessonButton).
 */
export function LessonAnswers({ title, exercises }: { title: string; exercises: readonly Exercise[] }) {
  if (exercises.length === 0) return null;
  return (
    <section className="lessonAnswers" aria-labelledby="antwoorden" data-lesson-answers>
      <h2 id="antwoorden">Antwoorden: {title}</h2>
      {exercises.map((exercise, index) => (
        <PaperAnswer key={exercise.id} exercise={exercise} label={paperLabel(index + 1)} />
      ))}
    </section>
  );
}
