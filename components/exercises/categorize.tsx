'use client';

import { useState, type ReactNode } from 'react';
import type { CategorizeResponse, PublicCategorize, Score } from '@/lib/scoring';
import { ExerciseShell } from './exercise-shell';
import { PlacementBoard, type Placements } from './placement-board';
import { useSeededOrder } from './use-seeded-order';

type Props = {
  exercise: PublicCategorize;
  prompt: ReactNode;
  explanation?: ReactNode;
  hint?: ReactNode;
  check: (response: CategorizeResponse) => Promise<Score>;
  solution?: CategorizeResponse;
};

/** Categorize: put every item in its group. Unanswered until at least one item is placed. */
export function CategorizeExercise({ exercise, prompt, explanation, hint, check, solution }: Props) {
  const [attempt, setAttempt] = useState(0);
  const seeded = useSeededOrder(exercise.id, exercise.items, attempt);
  const [placements, setPlacements] = useState<Placements>({});
  const placed = Object.keys(placements).length;
  const total = exercise.items.length;

  return (
    <ExerciseShell
      instruction="Zet elk item in de goede groep"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={placed === 0 ? null : { placements }}
      check={check}
      canReveal={solution !== undefined}
      emptyNote="Zet eerst minstens één item in een groep."
      revealNote="Zo hoort het: elk item staat nu in de goede groep."
      summary={(score) => {
        const right = score.parts.filter((part) => part.correct).length;
        const missing = total - placed;
        return `${right} van ${total} items staan in de goede groep.${missing > 0 ? ` ${missing} ${missing === 1 ? 'item had' : 'items hadden'} nog geen groep; dat telt als fout.` : ''}`;
      }}
      onRetry={(mode, score) => {
        if (mode === 'all' || !score) {
          setPlacements({});
          setAttempt((value) => value + 1);
        } else {
          const right = new Set(score.parts.filter((part) => part.correct).map((part) => part.id));
          setPlacements(Object.fromEntries(Object.entries(placements).filter(([item]) => right.has(item))));
        }
      }}
    >
      {({ status, score, revealed }) => (
        <PlacementBoard
          kind="categorize"
          items={seeded.items}
          zones={exercise.categories}
          placements={placements}
          onChange={setPlacements}
          answering={status === 'answering'}
          parts={score?.parts}
          solution={revealed ? solution?.placements : undefined}
          ready={seeded.ready}
        />
      )}
    </ExerciseShell>
  );
}
