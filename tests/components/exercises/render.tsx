import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ExercisePosition } from '@/components/exercises/exercise-shell';
import { PracticeExercise } from '@/components/exercises/practice-exercise';
import type { Exercise } from '@/lib/scoring';

/** Renders a lesson exercise as the lesson page does, and returns a user to drive it. */
export function renderExercise(exercise: Exercise, position?: ExercisePosition) {
  render(
    <PracticeExercise
      exercise={exercise}
      position={position}
      prompt={exercise.prompt}
      explanation={<p>{exercise.explanation}</p>}
      statement={exercise.type === 'true-false' ? exercise.statement : undefined}
      modelAnswer={exercise.type === 'open' ? <p>{exercise.modelAnswer}</p> : undefined}
    />,
  );
  return userEvent.setup();
}

export const checkButton = () => screen.getByRole('button', { name: 'Controleer' });

/** The text of the result box after checking: verdict, score and summary. */
export async function resultText() {
  const verdict = await screen.findByText(/^(Goed!|Deels goed\.|Nog niet goed\.|Nagekeken\.)$/);
  return verdict.closest('[data-verdict]')!.textContent ?? '';
}

/** The items of a list (ordering) in the order the student sees them. */
export function listedTexts(list: HTMLElement) {
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('[data-drag-text]')!.textContent);
}
