import { PaperExercise } from '@/components/print/paper-exercise';
import { toQuestion } from '@/components/questions/to-question';
import type { LessonSection } from '@/lib/content/lesson-schema';
import type { Exercise } from '@/lib/scoring';
import type { ExercisePosition } from './exercise-shell';
import { LazyHydrate } from './lazy-hydrate';
import { LazyPracticeExercise } from './lazy-practice-exercise';

type Props = {
  exercise: Exercise;
  position?: Omit<ExercisePosition, 'pointer'>;
  /** The section of the lesson the exercise stands in: without a hint of its own, it points back there. */
  section?: LessonSection;
  /** The paper version only, for the lesson's print page (docs/print.md). */
  paper?: boolean;
};

/** "Oefening 3", as the interactive exercise and the answers page number it. */
export const paperLabel = (index: number | undefined) => (index === undefined ? 'Oefening' : `Oefening ${index}`);

/**
 * Server part of a lesson exercise: renders the Markdown, hands the rest to the client, which
 * hydrates it once it comes near the screen or is used (LazyHydrate). Without a
 * hint of its own, a first wrong check points back to the section it stands in (with a link), or,
 * outside a lesson, gives the shell's general pointer (FALLBACK_HINT).
 */
export function ExerciseBlock({ exercise, position, section, paper = false }: Props) {
  if (paper) return <PaperExercise exercise={exercise} label={paperLabel(position?.index)} />;
  const { prompt, hint, explanation, statement, modelAnswer } = toQuestion(exercise, { flow: 'practice' });
  const pointer = section ? (
    <>
      Lees het stuk <a href={`#${section.id}`}>‘{section.text}’</a> nog eens.
    </>
  ) : undefined;
  // The interactive exercise does not print: its paper version is on the lesson's print page.
  return (
    <LazyHydrate className="screenOnly">
      <LazyPracticeExercise
        exercise={exercise}
        position={position ? { ...position, pointer } : undefined}
        {...{ prompt, hint, explanation, statement, modelAnswer }}
      />
    </LazyHydrate>
  );
}
