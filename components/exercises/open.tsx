'use client';

import { useId, useState, type ReactNode } from 'react';
import type { OpenResponse, PublicOpen } from '@/lib/scoring';
import { ChoiceRow } from './choice-row';
import { ExerciseShell, rightParts, type ExerciseProps } from './exercise-shell';
import { plural } from '@/lib/format/plural';
import './exercise.css';

type Props = ExerciseProps<PublicOpen, OpenResponse> & {
  /** The model answer, rendered from Markdown on the server; shown once the student has written. */
  modelAnswer?: ReactNode;
};

/**
 * An open exercise: the student writes an answer, then compares it with the model answer and
 * ticks the checklist points it has. The score is the share ticked; nothing says "right" or "wrong".
 */
export function OpenExercise({ exercise, prompt, explanation, hint, check, modelAnswer, test }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [comparing, setComparing] = useState(false);
  const [checked, setChecked] = useState<string[]>([]);
  const n = exercise.checklist.length;

  return (
    <ExerciseShell
      test={test}
      instruction="Schrijf je antwoord en kijk het zelf na"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={comparing ? { text, checked } : null}
      check={check}
      canReveal={false}
      checkLabel="Klaar met nakijken"
      selfCheck
      emptyNote={text.trim() === '' ? 'Schrijf eerst je antwoord.' : 'Vergelijk eerst met het modelantwoord.'}
      summary={(score) =>
        `Je vinkte ${rightParts(score)} van de ${n} ${plural(n, 'punt', 'punten')} aan. Wat je mist, kun je nu nog aanvullen: kies Opnieuw.`
      }
      onRetry={(mode) => {
        setComparing(false);
        if (mode === 'all') {
          setText('');
          setChecked([]);
        }
      }}
    >
      {({ status }) => (
        <>
          <label className="openLabel" htmlFor={`${id}-text`}>
            Jouw antwoord
          </label>
          <textarea
            id={`${id}-text`}
            className="openAnswer"
            value={text}
            maxLength={5000}
            readOnly={comparing}
            onChange={(event) => setText(event.target.value)}
          />
          {!comparing ? (
            <div className="exercise-actions">
              <button type="button" className="button" disabled={text.trim() === ''} onClick={() => setComparing(true)}>
                Vergelijk met het modelantwoord
              </button>
            </div>
          ) : (
            <>
              <div className="modelAnswer">
                <p className="modelAnswerTitle">Modelantwoord</p>
                {modelAnswer}
              </div>
              <fieldset className={`checklist choices`}>
                <legend className="checklistTitle">Kijk je antwoord na: vink aan wat er in jouw antwoord staat.</legend>
                {exercise.checklist.map((point) => (
                  <ChoiceRow
                    key={point.id}
                    type="checkbox"
                    name={`${id}-checklist`}
                    label={point.text}
                    checked={checked.includes(point.id)}
                    disabled={status !== 'answering'}
                    onChange={(on) =>
                      setChecked((previous) => (on ? [...previous, point.id] : previous.filter((other) => other !== point.id)))
                    }
                    feedbackId={`${id}-${point.id}`}
                  />
                ))}
              </fieldset>
            </>
          )}
        </>
      )}
    </ExerciseShell>
  );
}
