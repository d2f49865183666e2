'use client';

import type { ComponentType, ReactNode } from 'react';
import type { ExerciseType, PublicOf, ResponseOf, Score } from '@/lib/scoring';
import type { TestMode } from './exercise-shell';
import { EXERCISE_COMPONENTS, type ExerciseComponentProps, type RenderedParts } from './registry';

/** An exercise of type T as a component gets it: the public view, and the key only where the student may see it. */
export type ExerciseViewOf<T extends ExerciseType> = { type: T; public: PublicOf<T>; solution?: ResponseOf<T> };
export type ExerciseViewData = { [T in ExerciseType]: ExerciseViewOf<T> }[ExerciseType];

type Shared = RenderedParts & {
  prompt: ReactNode;
  explanation?: ReactNode;
  hint?: ReactNode;
  /** Scores a response; a test or graded assignment, which never checks an exercise by itself, leaves it out. */
  check?: (response: unknown) => Promise<Score>;
  test?: TestMode<unknown>;
  /** A saved answer to start from, of this type's response shape (lib/scoring/shape.ts checks one). */
  initialResponse?: unknown;
};

// In test mode the shell has no Controleer, so this is never called.
const notChecked = (): Promise<Score> => Promise.reject(new Error('Scored by the test, not by the exercise'));

/** Picks the component for an exercise's type (components/exercises/registry.ts); shared by every flow. */
export function ExerciseView<T extends ExerciseType>({
  view,
  initialResponse,
  check = notChecked,
  ...rest
}: Shared & { view: ExerciseViewOf<T> }) {
  const Component: ComponentType<ExerciseComponentProps<T>> = EXERCISE_COMPONENTS[view.type];
  return (
    <Component
      {...rest}
      check={check}
      exercise={view.public}
      solution={view.solution}
      // The caller checks a saved answer's shape (lib/scoring/shape.ts) before it passes one.
      initialResponse={initialResponse as ResponseOf<T> | undefined}
    />
  );
}
