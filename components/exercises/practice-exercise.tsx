'use client';

import { useMemo, useRef, useState, type ReactNode } from 'react';
import { score, solve, toPublic, type Exercise } from '@/lib/scoring';
import { useProgressStore } from '@/components/progress/progress-provider';
import { ExercisePositionContext, type ExercisePosition, type TestMode } from './exercise-shell';
import { ExerciseView, type ExerciseViewData } from './exercise-view';

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
  /** Its place in the lesson, for "Oefening 3 van 12". */
  position?: ExercisePosition;
};

/** A lesson exercise: the browser has the key and scores with lib/scoring, no server round trip. */
export function PracticeExercise({
  exercise,
  prompt,
  explanation,
  hint,
  statement,
  modelAnswer,
  test,
  initialResponse,
  position,
}: Props) {
  // Computed once per exercise, so the seeded order is not recomputed on every render.
  const view = useMemo(
    () => ({ type: exercise.type, public: toPublic(exercise), solution: solve(exercise) }) as ExerciseViewData,
    [exercise],
  );
  const store = useProgressStore();
  // When the exercise appeared, to tell a quick right answer (FSRS "easy") from a slow one.
  const [shownAt] = useState(() => performance.now());
  // Checks of this exercise in this view: every one after the first is a retry, which never counts for mastery.
  const checks = useRef({ id: exercise.id, count: 0 });
  const check = useMemo(
    () => (response: unknown) => {
      const result = score(exercise, response);
      if (checks.current.id !== exercise.id) checks.current = { id: exercise.id, count: 0 };
      const retry = checks.current.count++ > 0;
      // Kept per exercise (attempts, scores, schedule) in the student's own browser.
      store?.getState().record(exercise.id, result.fraction, (performance.now() - shownAt) / 1000, {
        retry,
        // Oefenen never offers an open answer for review: it gets no review card.
        schedule: exercise.type !== 'open',
      });
      return Promise.resolve(result);
    },
    [exercise, store, shownAt],
  );
  const rendered = (
    <ExerciseView
      view={view}
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      statement={statement}
      modelAnswer={modelAnswer}
      check={check}
      test={test}
      initialResponse={initialResponse}
    />
  );
  return position ? <ExercisePositionContext value={position}>{rendered}</ExercisePositionContext> : rendered;
}
