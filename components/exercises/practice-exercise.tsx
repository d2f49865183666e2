'use client';

import type { ReactNode } from 'react';
import { score, solve, toPublic, type Exercise, type SingleChoiceResponse } from '@/lib/scoring';
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
          solution={solve(exercise) as SingleChoiceResponse}
        />
      );
  }
}
