'use client';

import { plural } from '@/lib/format/plural';
import type { MatchingResponse, PublicMatching } from '@/lib/scoring';
import { ExerciseShell, rightParts, type ExerciseProps } from './exercise-shell';
import { missingNote, PlacementBoard, useBoard } from './placement-board';

type Props = ExerciseProps<PublicMatching, MatchingResponse>;

/** answer → prompt (the board's view) to prompt → answer (the response), and back. */
const invert = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).map(([key, value]) => [value, key]));

/** Matching: put the right answer beside every term. Answers no term needs are distractors. */
export function MatchingExercise({ exercise, prompt, explanation, hint, check, solution, test, initialResponse }: Props) {
  const { seeded, placements, setPlacements, retry } = useBoard(
    exercise.id,
    exercise.answers,
    initialResponse ? invert(initialResponse.matches) : undefined,
  );
  const matches = invert(placements);
  const matched = Object.keys(matches).length;
  const total = exercise.prompts.length;

  return (
    <ExerciseShell
      test={test}
      instruction="Koppel elk begrip aan het goede antwoord"
      prompt={prompt}
      explanation={explanation}
      hint={hint}
      response={matched === 0 ? null : { matches }}
      check={check}
      canReveal={solution !== undefined}
      emptyNote="Koppel eerst minstens één antwoord."
      revealNote="Zo hoort het: elk begrip heeft nu het goede antwoord."
      summary={(score) =>
        `${rightParts(score)} van de ${total} koppelingen ${plural(rightParts(score), 'is', 'zijn')} goed.` +
        missingNote(total - matched, 'begrip had nog geen antwoord', 'begrippen hadden nog geen antwoord')
      }
      onRetry={(mode, score) => {
        const right = new Set(score?.parts.filter((part) => part.correct).map((part) => part.id));
        retry(mode, score ? (_answer, term) => right.has(term) : null);
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
