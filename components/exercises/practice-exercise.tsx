'use client';

import type { ReactNode } from 'react';
import { score, solve, toPublic, type Exercise } from '@/lib/scoring';
import { SingleChoiceExercise } from './single-choice';

type Props = { exercise: Exercise; prompt: ReactNode; explanation: ReactNode; hint?: ReactNode };

/** A lesson exercise: the browser has the key and scores with lib/scoring, no server round trip. */
export function PracticeExercise({ exercise, prompt, explanation, hint }: Props) {
  const check = (response: unknown) => Promise.resolve(score(exercise, response));
  switch (exercise.type) {
    case 'single-choice':
      return (
        <SingleChoiceExercise
          exercise={toPublic(exercise)}
          prompt={prompt}
          explanation={explanation}
          hint={hint}
          check={check}
          solution={solve(exercise)}
        />
      );
    default:
      // Rendered at build time: a lesson using a type without a component fails the build here.
      throw new Error(`Oefening "${exercise.id}": het type "${exercise.type}" kan nog niet in een les getoond worden`);
  }
}
