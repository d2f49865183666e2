'use client';

import type { ReactNode } from 'react';
import type { ExerciseType, PublicOf, ResponseOf, Score } from '@/lib/scoring';
import { CategorizeExercise } from './categorize';
import type { TestMode } from './exercise-shell';
import { FillBlanksExercise } from './fill-blanks';
import { MatchingExercise } from './matching';
import { MultipleChoiceExercise } from './multiple-choice';
import { OpenExercise } from './open';
import { OrderingExercise } from './ordering';
import { SingleChoiceExercise } from './single-choice';
import { TrueFalseExercise } from './true-false';

/** An exercise as a component gets it: the public view, and the key only where the student may see it. */
export type ExerciseViewData = { [T in ExerciseType]: { type: T; open: PublicOf<T>; solution?: ResponseOf<T> } }[ExerciseType];

type Props = {
  view: ExerciseViewData;
  prompt: ReactNode;
  explanation?: ReactNode;
  hint?: ReactNode;
  /** The statement of a true-false exercise, rendered on the server. */
  statement?: ReactNode;
  /** The model answer of an open exercise, rendered on the server. */
  modelAnswer?: ReactNode;
  /** Scores a response; a test or graded assignment, which never checks an exercise by itself, leaves it out. */
  check?: (response: unknown) => Promise<Score>;
  test?: TestMode<unknown>;
  initialResponse?: unknown;
};

// In test mode the shell has no Controleer, so this is never called.
const notChecked = (): Promise<Score> => Promise.reject(new Error('Scored by the test, not by the exercise'));

/** Picks the component for an exercise's type; shared by lessons, tests and graded assignments. */
export function ExerciseView({
  view,
  prompt,
  explanation,
  hint,
  statement,
  modelAnswer,
  check = notChecked,
  test,
  initialResponse,
}: Props) {
  // The saved answer is trusted only as far as its type can be read; anything else starts empty.
  const initial = initialResponse as never;
  const shared = { prompt, explanation, hint, check, test, initialResponse: initial };

  switch (view.type) {
    case 'single-choice':
      return <SingleChoiceExercise {...shared} exercise={view.open} solution={view.solution} />;
    case 'multiple-choice':
      return <MultipleChoiceExercise {...shared} exercise={view.open} solution={view.solution} />;
    case 'true-false':
      return <TrueFalseExercise {...shared} exercise={view.open} solution={view.solution} statement={statement} />;
    case 'ordering':
      return <OrderingExercise {...shared} exercise={view.open} solution={view.solution} />;
    case 'categorize':
      return <CategorizeExercise {...shared} exercise={view.open} solution={view.solution} />;
    case 'matching':
      return <MatchingExercise {...shared} exercise={view.open} solution={view.solution} />;
    case 'fill-blanks':
      return <FillBlanksExercise {...shared} exercise={view.open} solution={view.solution} />;
    case 'open':
      return <OpenExercise {...shared} exercise={view.open} modelAnswer={modelAnswer} />;
  }
}
