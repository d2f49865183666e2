'use client';

import { plural } from '@/lib/format/plural';
import type { CategorizeResponse, PublicCategorize } from '@/lib/scoring';
import { ExerciseShell, rightParts, type ExerciseProps } from './exercise-shell';
import { missingNote, PlacementBoard, useBoard } from './placement-board';

type Props = ExerciseProps<PublicCategorize, CategorizeResponse>;

/** Categorize: put every item in its group. Unanswered until at least one item is placed. */
export function CategorizeExercise({ exercise, prompt, explanation, hint, check, solution, test, initialResponse }: Props) {
  const { seeded, placements, setPlacements, retry } = useBoard(exercise.id, exercise.items, initialResponse?.placements);
  const placed = Object.keys(placements).length;
  const total = exercise.items.length;

  return (
    <ExerciseShell
      test={test}
      instruction="Zet elk item in de goede groep"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={placed === 0 ? null : { placements }}
      check={check}
      canReveal={solution !== undefined}
      emptyNote="Zet eerst minstens één item in een groep."
      revealNote="Zo hoort het: elk item staat nu in de goede groep."
      summary={(score) =>
        `${rightParts(score)} van de ${total} items ${plural(rightParts(score), 'staat', 'staan')} in de goede groep.` +
        missingNote(total - placed, 'item had nog geen groep', 'items hadden nog geen groep')
      }
      onRetry={(mode, score) => {
        const right = new Set(score?.parts.filter((part) => part.correct).map((part) => part.id));
        retry(mode, score ? (item) => right.has(item) : null);
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
