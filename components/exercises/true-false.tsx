'use client';

import { useId, useState, type ReactNode } from 'react';
import type { PublicTrueFalse, TrueFalseResponse } from '@/lib/scoring';
import { ChoiceRow } from './choice-row';
import { ExerciseShell, type ExerciseProps } from './exercise-shell';
import { PartFeedback } from './part-feedback';
import './exercise.css';

type Props = ExerciseProps<PublicTrueFalse, TrueFalseResponse> & {
  /** The statement, rendered from Markdown on the server. */
  statement?: ReactNode;
};

const CHOICES = [
  { value: true, label: 'Waar' },
  { value: false, label: 'Niet waar' },
] as const;

/** True or false about one statement, as a radio group of two. */
export function TrueFalseExercise({ prompt, statement, explanation, hint, check, solution, test, initialResponse }: Props) {
  const name = useId();
  const [value, setValue] = useState<boolean | null>(initialResponse?.value ?? null);

  return (
    <ExerciseShell
      test={test}
      instruction="Waar of niet waar?"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={value === null ? null : { value }}
      check={check}
      canReveal={solution !== undefined}
      onRetry={() => setValue(null)}
    >
      {({ status, score, revealed }) => (
        <>
          <blockquote id={`${name}-statement`} className="statement">
            {statement}
          </blockquote>
          <div role="radiogroup" aria-labelledby={`${name}-statement`} className={`choices choicesRow`}>
            {CHOICES.map((choice) => {
              const chosen = value === choice.value;
              const part = chosen ? score?.parts[0] : undefined;
              const isSolution = revealed && solution?.value === choice.value;
              const feedbackId = `${name}-${choice.value}-feedback`;
              const state = part ? (part.correct ? 'goed' : 'fout') : isSolution ? 'oplossing' : undefined;
              return (
                <ChoiceRow
                  key={choice.label}
                  type="radio"
                  name={name}
                  label={choice.label}
                  checked={chosen}
                  disabled={status !== 'answering'}
                  onChange={() => setValue(choice.value)}
                  state={state}
                  feedbackId={feedbackId}
                  feedback={state ? <PartFeedback id={feedbackId} correct={part?.correct} solution={isSolution} /> : null}
                />
              );
            })}
          </div>
        </>
      )}
    </ExerciseShell>
  );
}
