'use client';

import { useState, type ReactNode } from 'react';
import type { MatchingResponse, PublicMatching, Score } from '@/lib/scoring';
import { ExerciseShell } from './exercise-shell';
import { PlacementBoard, type Placements } from './placement-board';
import { useSeededOrder } from './use-seeded-order';

type Props = {
  exercise: PublicMatching;
  prompt: ReactNode;
  explanation?: ReactNode;
  hint?: ReactNode;
  check: (response: MatchingResponse) => Promise<Score>;
  solution?: MatchingResponse;
};

/** answer → prompt (the board's view) to prompt → answer (the response), and back. */
const invert = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).map(([key, value]) => [value, key]));

/** Matching: put the right answer beside every term. Answers no term needs are distractors. */
export function MatchingExercise({ exercise, prompt, explanation, hint, check, solution }: Props) {
  const [attempt, setAttempt] = useState(0);
  const seeded = useSeededOrder(exercise.id, exercise.answers, attempt);
  const [placements, setPlacements] = useState<Placements>({});
  const matches = invert(placements);
  const matched = Object.keys(matches).length;
  const total = exercise.prompts.length;

  return (
    <ExerciseShell
      instruction="Koppel elk begrip aan het goede antwoord"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={matched === 0 ? null : { matches }}
      check={check}
      canReveal={solution !== undefined}
      emptyNote="Koppel eerst minstens één antwoord."
      revealNote="Zo hoort het: elk begrip heeft nu het goede antwoord."
      summary={(score) => {
        const right = score.parts.filter((part) => part.correct).length;
        const missing = total - matched;
        return `${right} van ${total} koppelingen zijn goed.${missing > 0 ? ` ${missing} ${missing === 1 ? 'begrip had' : 'begrippen hadden'} nog geen antwoord; dat telt als fout.` : ''}`;
      }}
      onRetry={(mode, score) => {
        if (mode === 'all' || !score) {
          setPlacements({});
          setAttempt((value) => value + 1);
        } else {
          const right = new Set(score.parts.filter((part) => part.correct).map((part) => part.id));
          setPlacements(Object.fromEntries(Object.entries(placements).filter(([, promptId]) => right.has(promptId))));
        }
      }}
    >
      {({ status, score, revealed }) => (
        <PlacementBoard
          kind="matching"
          items={seeded.items}
          zones={exercise.prompts.map((item) => ({ id: item.id, label: item.text }))}
          placements={placements}
          onChange={setPlacements}
          answering={status === 'answering'}
          parts={score?.parts}
          solution={revealed && solution ? invert(solution.matches) : undefined}
          ready={seeded.ready}
        />
      )}
    </ExerciseShell>
  );
}
