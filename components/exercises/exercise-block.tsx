import { toQuestion } from '@/components/questions/to-question';
import type { Exercise } from '@/lib/scoring';
import type { ExercisePosition } from './exercise-shell';
import { PracticeExercise } from './practice-exercise';

/** Server part of a lesson exercise: renders the Markdown, hands the rest to the client. */
export function ExerciseBlock({ exercise, position }: { exercise: Exercise; position?: ExercisePosition }) {
  const { prompt, hint, explanation, statement, modelAnswer } = toQuestion(exercise, { flow: 'practice' });
  return <PracticeExercise exercise={exercise} position={position} {...{ prompt, hint, explanation, statement, modelAnswer }} />;
}
