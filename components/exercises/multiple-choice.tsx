'use client';

import { useId, useState } from 'react';
import { countOf } from '@/lib/format/plural';
import { signedPoints } from '@/lib/format/points';
import type { MultipleChoiceResponse, PublicMultipleChoice, ScorePart } from '@/lib/scoring';
import { ChoiceRow } from './choice-row';
import { ExerciseShell, type ExerciseProps } from './exercise-shell';
import { PartFeedback } from './part-feedback';
import { useSeededOrder } from './use-seeded-order';
import './exercise.css';

type Props = ExerciseProps<PublicMultipleChoice, MultipleChoiceResponse>;

function feedbackOf(part: ScorePart): { correct?: boolean; label: string } {
  if (part.missed) return { label: 'Gemist: dit antwoord hoorde er ook bij (0 punten)' };
  return { correct: part.correct, label: `${part.correct ? 'Goed' : 'Fout'} (${signedPoints(part.points)})` };
}

/**
 * Multiple choice as a group of checkboxes. After checking, every option says what it earned or
 * cost, so "0,5 van 1 punt" is never a mystery: right minus wrong, never below zero.
 */
export function MultipleChoiceExercise({ exercise, prompt, explanation, hint, check, solution, test, initialResponse }: Props) {
  const name = useId();
  const [attempt, setAttempt] = useState(0);
  const seeded = useSeededOrder(exercise.id, exercise.options, attempt);
  const [chosen, setChosen] = useState<string[]>(initialResponse?.optionIds ?? []);

  function toggle(id: string, on: boolean) {
    setChosen((previous) => (on ? [...previous, id] : previous.filter((other) => other !== id)));
  }

  return (
    <ExerciseShell
      test={test}
      instruction="Kies alle goede antwoorden"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={chosen.length === 0 ? null : { optionIds: chosen }}
      check={check}
      canReveal={solution !== undefined}
      emptyNote="Kies eerst minstens één antwoord."
      summary={(score) => {
        const count = (n: number, kind: 'goed' | 'fout') =>
          kind === 'goed' ? countOf(n, 'goed antwoord', 'goede antwoorden') : countOf(n, 'fout antwoord', 'foute antwoorden');
        const right = score.parts.filter((part) => part.correct).length;
        const wrong = score.parts.filter((part) => !part.correct && !part.missed).length;
        const missed = score.parts.filter((part) => part.missed).length;
        return [
          `Je koos ${count(right, 'goed')}${wrong ? ` en ${count(wrong, 'fout')}` : ''}.`,
          missed ? `Je miste ${count(missed, 'goed')}.` : '',
          'Elk goed antwoord levert punten op, elk fout antwoord kost evenveel. Lager dan 0 wordt je score niet.',
        ]
          .filter(Boolean)
          .join(' ');
      }}
      onRetry={(mode, score) => {
        if (mode === 'all' || !score) {
          setChosen([]);
          setAttempt((value) => value + 1);
        } else {
          const right = new Set(score.parts.filter((part) => part.correct).map((part) => part.id));
          setChosen((previous) => previous.filter((id) => right.has(id)));
        }
      }}
    >
      {({ status, score, revealed, promptId }) => (
        <div role="group" aria-labelledby={promptId} className="choices" data-shuffled="" data-ready={seeded.ready || undefined}>
          {seeded.items.map((option) => {
            const part = score?.parts.find((candidate) => candidate.id === option.id);
            const isSolution = revealed && (solution?.optionIds.includes(option.id) ?? false);
            const feedbackId = `${name}-${option.id}-feedback`;
            const shownPart = part ? feedbackOf(part) : undefined;
            // A missed option is only pointed out after "Toon antwoord": until then it would give the key away.
            const state = part && !part.missed ? (part.correct ? 'goed' : 'fout') : isSolution ? 'oplossing' : undefined;
            return (
              <ChoiceRow
                key={option.id}
                type="checkbox"
                name={name}
                label={option.text}
                checked={chosen.includes(option.id)}
                disabled={status !== 'answering'}
                onChange={(checked) => toggle(option.id, checked)}
                state={state}
                feedbackId={feedbackId}
                feedback={
                  state ? (
                    <PartFeedback
                      id={feedbackId}
                      correct={shownPart?.correct}
                      rightLabel={shownPart?.label}
                      wrongLabel={shownPart?.label}
                      solution={isSolution}
                      solutionLabel={part?.missed ? shownPart!.label : 'Juiste antwoord'}
                      feedback={part?.feedback}
                    />
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
