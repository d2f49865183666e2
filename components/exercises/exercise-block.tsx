import { toQuestion } from '@/components/questions/to-question';
import type { Exercise } from '@/lib/scoring';
import type { ExercisePosition } from './exercise-shell';
import { lessonPointer } from './lesson-pointer';
import { PracticeExercise } from './practice-exercise';

type Props = {
  exercise: Exercise;
  position?: ExercisePosition;
  /** The lesson's objectives: an exercise without a hint of its own then points to its learning goal. */
  objectives?: readonly string[];
};

/**
 * Server part of a lesson exercise: renders the Markdown, hands the rest to the client. Without a
 * hint of its own and without objectives, the shell gives a general pointer (FALLBACK_HINT).
 */
export function ExerciseBlock({ exercise, position, objectives }: Props) {
  const { prompt, hint, explanation, statement, modelAnswer } = toQuestion(exercise, { flow: 'practice' });
  const shownHint = hint ?? (objectives ? lessonPointer(objectives, exercise.goal) : undefined);
  return (
    <PracticeExercise
      exercise={exercise}
      position={position}
      hint={shownHint}
      {...{ prompt, explanation, statement, modelAnswer }}
    />
  );
}
