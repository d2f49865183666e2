'use client';

import { Fragment, useId, useState, type ReactNode } from 'react';
import type { FillBlanksResponse, PublicFillBlanks, Score } from '@/lib/scoring';
import { ExerciseShell } from './exercise-shell';

type Props = {
  exercise: PublicFillBlanks;
  prompt: ReactNode;
  explanation?: ReactNode;
  hint?: ReactNode;
  check: (response: FillBlanksResponse) => Promise<Score>;
  solution?: FillBlanksResponse;
};

/** Fill in the blanks: one text field per blank, inside the sentence it belongs to. */
export function FillBlanksExercise({ exercise, prompt, explanation, hint, check, solution }: Props) {
  const name = useId();
  const n = exercise.segments.filter((segment) => segment.type === 'blank').length;
  const [answers, setAnswers] = useState<string[]>(() => Array.from({ length: n }, () => ''));
  const answered = answers.some((answer) => answer.trim() !== '');

  return (
    <ExerciseShell
      instruction="Vul de open plekken in"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={answered ? { answers } : null}
      check={check}
      canReveal={solution !== undefined}
      emptyNote="Vul eerst minstens één open plek in."
      revealNote="De juiste antwoorden staan nu achter de open plekken."
      summary={(score) => {
        const right = score.parts.filter((part) => part.correct).length;
        const almost = score.parts.filter((part) => part.almost).length;
        const typo = almost
          ? ` Bij ${almost === 1 ? 'één antwoord' : `${almost} antwoorden`} zat een kleine tikfout; dat rekenen we goed.`
          : '';
        return `${right} van ${n} open plekken zijn goed ingevuld. Hoofdletters en accenten tellen niet mee.${typo}`;
      }}
      onRetry={(mode, score) => {
        setAnswers((previous) =>
          previous.map((answer, index) => (mode === 'mistakes' && score?.parts[index]?.correct ? answer : '')),
        );
      }}
    >
      {({ status, score, revealed }) => (
        <p className="blanks-text">
          {exercise.segments.map((segment, position) => {
            if (segment.type === 'text') return <Fragment key={position}>{segment.text}</Fragment>;
            const index = segment.index;
            const part = score?.parts[index];
            const feedbackId = `${name}-${index}-feedback`;
            const expected = solution?.answers[index] ?? part?.expected;
            const state = part ? (part.almost ? 'bijna' : part.correct ? 'goed' : 'fout') : undefined;
            return (
              <span key={position} className="blank" data-state={state}>
                <input
                  type="text"
                  className="blank-input"
                  value={answers[index] ?? ''}
                  disabled={status !== 'answering'}
                  aria-label={`Open plek ${index + 1} van ${n}`}
                  aria-describedby={state || revealed ? feedbackId : undefined}
                  autoComplete="off"
                  autoCapitalize="off"
                  spellCheck={false}
                  maxLength={200}
                  onChange={(event) => {
                    const value = event.target.value;
                    setAnswers((previous) => previous.map((answer, other) => (other === index ? value : answer)));
                  }}
                />
                {state || revealed ? (
                  <span id={feedbackId} className="blank-feedback">
                    {state === 'goed' ? (
                      <span className="mark mark-goed">
                        <span aria-hidden="true">✓</span> Goed
                      </span>
                    ) : state === 'bijna' ? (
                      <span className="mark mark-bijna">
                        <span aria-hidden="true">✓</span> Bijna goed — de juiste spelling is <q>{part?.expected}</q>
                      </span>
                    ) : state === 'fout' ? (
                      <span className="mark mark-fout">
                        <span aria-hidden="true">✗</span> Fout
                      </span>
                    ) : null}
                    {revealed && !part?.correct && expected ? (
                      <span className="mark mark-oplossing">
                        {' '}
                        <span aria-hidden="true">→</span> {expected}
                      </span>
                    ) : null}
                  </span>
                ) : null}
              </span>
            );
          })}
        </p>
      )}
    </ExerciseShell>
  );
}
