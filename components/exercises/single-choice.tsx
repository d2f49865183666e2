'use client';

import { useId, useState, type ReactNode } from 'react';
import type { PublicSingleChoice, Score, SingleChoiceResponse } from '@/lib/scoring';
import { ExerciseShell } from './exercise-shell';
import { PartFeedback } from './part-feedback';
import { useSeededOrder } from './use-seeded-order';

type Props = {
  exercise: PublicSingleChoice;
  prompt: ReactNode;
  explanation?: ReactNode;
  hint?: ReactNode;
  check: (response: SingleChoiceResponse) => Promise<Score>;
  /** The right answer, for "Toon antwoord"; absent when the student may not see it. */
  solution?: SingleChoiceResponse;
};

/** Single choice as a native radio group: arrow keys choose, Tab reaches Controleer. */
export function SingleChoiceExercise({ exercise, prompt, explanation, hint, check, solution }: Props) {
  const name = useId();
  const [attempt, setAttempt] = useState(0);
  const seeded = useSeededOrder(exercise.id, exercise.options, attempt);
  const [optionId, setOptionId] = useState<string | null>(null);

  return (
    <ExerciseShell
      instruction="Kies één antwoord"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={optionId === null ? null : { optionId }}
      check={check}
      canReveal={solution !== undefined}
      onRetry={(mode) => {
        setOptionId(null);
        if (mode === 'all') setAttempt((value) => value + 1);
      }}
    >
      {({ status, score, revealed, promptId }) => (
        <div
          role="radiogroup"
          aria-labelledby={promptId}
          className="choices"
          data-shuffled=""
          data-ready={seeded.ready || undefined}
        >
          {seeded.items.map((option) => {
            const part = score?.parts.find((candidate) => candidate.id === option.id);
            const isSolution = revealed && solution?.optionId === option.id;
            const feedbackId = `${name}-${option.id}-feedback`;
            const state = part ? (part.correct ? 'goed' : 'fout') : isSolution ? 'oplossing' : undefined;
            return (
              <div key={option.id} className="choice" data-state={state}>
                <label className="choice-label">
                  <input
                    type="radio"
                    name={name}
                    value={option.id}
                    checked={optionId === option.id}
                    disabled={status !== 'answering'}
                    onChange={() => setOptionId(option.id)}
                    aria-describedby={part || isSolution ? feedbackId : undefined}
                  />
                  <span>{option.text}</span>
                </label>
                {part || isSolution ? (
                  <PartFeedback id={feedbackId} correct={part?.correct} solution={isSolution} feedback={part?.feedback} />
                ) : null}
              </div>
            );
          })}
        </div>
      )}
    </ExerciseShell>
  );
}
