import { toQuestion } from '@/components/questions/to-question';
import type { Exercise } from '@/lib/scoring';
import { PracticeExercise } from './practice-exercise';

/** Server part of a lesson exercise: renders the Markdown, hands the rest to the client. */
export function ExerciseBlock({ exercise }: { exercise: Exercise }) {
  const { prompt, hint, explanation, statement, modelAnswer } = toQuestion(exercise, { flow: 'practice' });
  return <PracticeExercise exercise={exercise} {...{ prompt, hint, explanation, statement, modelAnswer }} />;
}
