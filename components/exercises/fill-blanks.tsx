'use client';

import { Fragment, useId, useState, type KeyboardEvent } from 'react';
import { countOf, plural } from '@/lib/format/plural';
import type { FillBlanksResponse, PublicFillBlanks } from '@/lib/scoring';
import { ExerciseShell, type ExerciseProps } from './exercise-shell';
import './exercise.css';

type Props = ExerciseProps<PublicFillBlanks, FillBlanksResponse>;

type BlankState = 'goed' | 'bijna' | 'fout' | 'oplossing';
const icon: Record<BlankState, string> = { goed: '✓', bijna: '✓', fout: '✗', oplossing: '→' };

/**
 * Enter in a blank moves to the next blank; in the last one it goes back to the first blank still
 * empty, and when none is, it checks, as Controleer does.
 */
function handleEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  event.preventDefault();
  const exercise = event.currentTarget.closest('[data-exercise]');
  const blanks = [...(exercise?.querySelectorAll<HTMLInputElement>('input[data-blank]') ?? [])];
  const next = blanks[blanks.indexOf(event.currentTarget) + 1];
  // On the last blank: back to a blank still empty (the first check is the one that counts), else check.
  const empty = blanks.find((blank) => blank.value.trim() === '' && !blank.disabled);
  if (next) next.focus();
  else if (empty) empty.focus();
  else exercise?.querySelector<HTMLButtonElement>('button[data-check]')?.click();
}

/** Fill in the blanks: one text field per blank, inside the sentence it belongs to. */
export function FillBlanksExercise({ exercise, prompt, explanation, hint, check, solution, test, initialResponse }: Props) {
  const name = useId();
  const n = exercise.segments.filter((segment) => segment.type === 'blank').length;
  const [answers, setAnswers] = useState<string[]>(() =>
    Array.from({ length: n }, (_, index) => initialResponse?.answers[index] ?? ''),
  );
  const answered = answers.some((answer) => answer.trim() !== '');

  return (
    <ExerciseShell
      test={test}
      instruction="Vul de open plekken in"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={answered ? { answers } : null}
      check={check}
      canReveal={solution !== undefined}
      emptyNote="Vul eerst minstens één open plek in."
      revealNote="De juiste antwoorden staan nu onder de tekst."
      summary={(score) => {
        const right = score.parts.filter((part) => part.correct).length;
        const almost = score.parts.filter((part) => part.almost).length;
        const typo = almost
          ? ` Bij ${countOf(almost, 'antwoord', 'antwoorden')} zat een kleine tikfout; dat rekenen we goed.`
          : '';
        return `${right} van de ${n} open plekken ${plural(right, 'is', 'zijn')} goed ingevuld. Hoofdletters en accenten tellen niet mee.${typo}`;
      }}
      onRetry={(mode, score) => {
        setAnswers((previous) =>
          previous.map((answer, index) => (mode === 'mistakes' && score?.parts[index]?.correct ? answer : '')),
        );
      }}
    >
      {({ status, score, revealed }) => {
        // Per blank: an icon beside the field, and the words in a list under the text, so the
        // sentence stays readable.
        const feedback = Array.from({ length: n }, (_, index) => {
          const part = score?.parts[index];
          const expected = solution?.answers[index] ?? part?.expected;
          const state: BlankState | undefined = part
            ? part.almost
              ? 'bijna'
              : part.correct
                ? 'goed'
                : 'fout'
            : revealed
              ? 'oplossing'
              : undefined;
          const words =
            state === 'goed'
              ? 'goed'
              : state === 'bijna'
                ? `bijna goed — de juiste spelling is ‘${part?.expected}’`
                : state === 'fout' || state === 'oplossing'
                  ? `${state === 'fout' ? 'fout' : 'niet nagekeken'}${revealed && expected ? ` — het juiste antwoord is ‘${expected}’` : ''}`
                  : '';
          return { state, words, id: `${name}-${index}-feedback` };
        });
        return (
          <>
            <p className="blanksText">
              {exercise.segments.map((segment, position) => {
                if (segment.type === 'text') return <Fragment key={position}>{segment.text}</Fragment>;
                const index = segment.index;
                const { state, id } = feedback[index]!;
                return (
                  <span key={position} className="blank" data-state={state}>
                    <input
                      type="text"
                      className="blankInput"
                      data-blank=""
                      enterKeyHint={index === n - 1 ? 'done' : 'next'}
                      onKeyDown={handleEnter}
                      value={answers[index] ?? ''}
                      disabled={status !== 'answering'}
                      aria-label={`Open plek ${index + 1} van ${n}`}
                      aria-describedby={state ? id : undefined}
                      autoComplete="off"
                      autoCapitalize="off"
                      spellCheck={false}
                      maxLength={200}
                      onChange={(event) => {
                        const value = event.target.value;
                        setAnswers((previous) => previous.map((answer, other) => (other === index ? value : answer)));
                      }}
                    />
                    {state ? (
                      <span className={`blankMark mark-${state}`} aria-hidden="true">
                        {icon[state]}
                        <sub>{index + 1}</sub>
                      </span>
                    ) : null}
                  </span>
                );
              })}
            </p>
            {feedback.some((item) => item.state) ? (
              <ol className="blankFeedback">
                {feedback.map(({ state, words, id }, index) => (
                  <li key={id} id={id} className={state ? `mark-${state}` : undefined}>
                    <span aria-hidden="true">{state ? icon[state] : ''} </span>
                    Open plek {index + 1}: {words}
                  </li>
                ))}
              </ol>
            ) : null}
          </>
        );
      }}
    </ExerciseShell>
  );
}
