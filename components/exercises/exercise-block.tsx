import { Markdown } from '@/components/mdx/markdown';
import type { Exercise } from '@/lib/scoring';
import { PracticeExercise } from './practice-exercise';

/** Server part of a lesson exercise: renders the Markdown, hands the rest to the client. */
export function ExerciseBlock({ exercise }: { exercise: Exercise }) {
  return (
    <PracticeExercise
      exercise={exercise}
      prompt={<Markdown source={exercise.prompt} inline />}
      explanation={<Markdown source={exercise.explanation} />}
      hint={exercise.hint ? <Markdown source={exercise.hint} inline /> : undefined}
      statement={exercise.type === 'true-false' ? <Markdown source={exercise.statement} inline /> : undefined}
      modelAnswer={exercise.type === 'open' ? <Markdown source={exercise.modelAnswer} /> : undefined}
    />
  );
}
