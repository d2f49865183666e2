import { PaperExercise } from '@/components/print/paper-exercise';
import { toQuestion } from '@/components/questions/to-question';
import type { LessonSection } from '@/lib/content/lesson-schema';
import type { Exercise } from '@/lib/scoring';
import type { ExercisePosition } from './exercise-shell';
import { PracticeExercise } from './practice-exercise';

type Props = {
  exercise: Exercise;
  position?: Omit<ExercisePosition, 'pointer'>;
  /** The section of the lesson the exercise stands in: without a hint of its own, it points back there. */
  section?: LessonSection;
};

/** "Oefening 3", as the interactive exercise and the answers page number it. */
export const paperLabel = (index: number | undefined) => (index === undefined ? 'Oefening' : `Oefening ${index}`);

/**
 * Server part of a lesson exercise: renders the Markdown, hands the rest to the client. Without a
 * hint of its own, a first wrong check points back to the section it stands in (with a link), or,
 * outside a lesson, gives the shell's general pointer (FALLBACK_HINT).
 */
export function ExerciseBlock({ exercise, position, section }: Props) {
  const { prompt, hint, explanation, statement, modelAnswer } = toQuestion(exercise, { flow: 'practice' });
  const pointer = section ? (
    <>
      Lees het stuk <a href={`#${section.id}`}>‘{section.text}’</a> nog eens.
    </>
  ) : undefined;
  // On paper the interactive exercise gives way to a question with boxes and lines (docs/print.md).
  return (
    <>
      <div className="screenOnly">
        <PracticeExercise
          exercise={exercise}
          position={position ? { ...position, pointer } : undefined}
          {...{ prompt, hint, explanation, statement, modelAnswer }}
        />
      </div>
      <PaperExercise exercise={exercise} label={paperLabel(position?.index)} printOnly />
    </>
  );
}
