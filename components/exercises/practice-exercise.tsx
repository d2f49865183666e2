'use client';

import { useMemo, useState, type ReactNode } from 'react';
import { score, solve, toPublic, type Exercise, type ExerciseType, type PublicOf, type ResponseOf } from '@/lib/scoring';
import { useProgressStore } from '@/components/progress/progress-provider';
import { CategorizeExercise } from './categorize';
import type { TestMode } from './exercise-shell';
import { FillBlanksExercise } from './fill-blanks';
import { MatchingExercise } from './matching';
import { MultipleChoiceExercise } from './multiple-choice';
import { OpenExercise } from './open';
import { OrderingExercise } from './ordering';
import { SingleChoiceExercise } from './single-choice';
import { TrueFalseExercise } from './true-false';

type Props = {
  exercise: Exercise;
  prompt: ReactNode;
  explanation: ReactNode;
  hint?: ReactNode;
  /** The statement of a true-false exercise, rendered on the server. */
  statement?: ReactNode;
  /** The model answer of an open exercise, rendered on the server. */
  modelAnswer?: ReactNode;
  /** Set by a test (Eindtoets): the exercise reports its answer and shows the score it gets at the end. */
  test?: TestMode<unknown>;
  /** An answer to start from (a practice exam restored after a reload). */
  initialResponse?: unknown;
};

type View = { [T in ExerciseType]: { type: T; open: PublicOf<T>; solution: ResponseOf<T> } }[ExerciseType];

/** A lesson exercise: the browser has the key and scores with lib/scoring, no server round trip. */
export function PracticeExercise({ exercise, prompt, explanation, hint, statement, modelAnswer, test, initialResponse }: Props) {
  // Computed once per exercise, so the seeded order is not recomputed on every render.
  const view = useMemo(() => ({ type: exercise.type, open: toPublic(exercise), solution: solve(exercise) }) as View, [exercise]);
  const store = useProgressStore();
  // When the exercise appeared, to tell a quick right answer (FSRS "easy") from a slow one.
  const [shownAt] = useState(() => performance.now());
  const check = useMemo(
    () => (response: unknown) => {
      const result = score(exercise, response);
      // Kept per exercise (attempts, scores, schedule) in the student's own browser.
      store?.getState().record(exercise.id, result.fraction, response, (performance.now() - shownAt) / 1000);
      return Promise.resolve(result);
    },
    [exercise, store, shownAt],
  );
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
