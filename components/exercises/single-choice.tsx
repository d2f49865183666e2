'use client';

import { useId, useState } from 'react';
import type { PublicSingleChoice, SingleChoiceResponse } from '@/lib/scoring';
import { ChoiceRow } from './choice-row';
import { ExerciseShell, type ExerciseProps } from './exercise-shell';
import { PartFeedback } from './part-feedback';
import { useSeededOrder } from './use-seeded-order';
import './exercise.css';

type Props = ExerciseProps<PublicSingleChoice, SingleChoiceResponse>;

/** Single choice as a native radio group: arrow keys choose, Tab reaches Controleer. */
export function SingleChoiceExercise({ exercise, prompt, explanation, hint, check, solution, test, initialResponse }: Props) {
  const name = useId();
  const [attempt, setAttempt] = useState(0);
  const seeded = useSeededOrder(exercise.id, exercise.options, attempt);
  const [optionId, setOptionId] = useState<string | null>(initialResponse?.optionId ?? null);

  return (
    <ExerciseShell
      test={test}
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
              <ChoiceRow
                key={option.id}
                type="radio"
                name={name}
                label={option.text}
                checked={optionId === option.id}
                disabled={status !== 'answering'}
                onChange={() => setOptionId(option.id)}
                state={state}
                feedbackId={feedbackId}
                feedback={
                  state ? (
                    <PartFeedback id={feedbackId} correct={part?.correct} solution={isSolution} feedback={part?.feedback} />
                  ) : null
                }
              />
            );
          })}
        </div>
      )}
    </ExerciseShell>
  );
}
