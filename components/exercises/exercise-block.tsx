import { toQuestion } from '@/components/questions/to-question';
import { getCourse } from '@/lib/content/course.server';
import type { Exercise } from '@/lib/scoring';
import type { ExercisePosition } from './exercise-shell';
import { lessonPointer } from './lesson-pointer';
import { PracticeExercise } from './practice-exercise';

/**
 * Server part of a lesson exercise: renders the Markdown, hands the rest to the client. An exercise
 * without a hint of its own gets a pointer to its learning goal in the lesson as its hint.
 */
export async function ExerciseBlock({ exercise, position }: { exercise: Exercise; position?: ExercisePosition }) {
  const { prompt, hint, explanation, statement, modelAnswer } = toQuestion(exercise, { flow: 'practice' });
  const lesson = hint ? undefined : (await getCourse()).lessons.find((candidate) => candidate.slug === exercise.topic);
  const shownHint = hint ?? (lesson ? lessonPointer(lesson.objectives, exercise.goal) : undefined);
  return (
    <PracticeExercise
      exercise={exercise}
      position={position}
      hint={shownHint}
      {...{ prompt, explanation, statement, modelAnswer }}
    />
  );
}
