import type { ReactNode } from 'react';
import { Markdown } from '@/components/mdx/markdown';
import { toPublic, type Exercise } from '@/lib/scoring';
import { blanksOf } from '@/lib/scoring/fill-blanks-text';
import { letter, paperOptions } from './paper-layout';
import './print.css';

/** The right answer in the letters and numbers of the paper question (PaperExercise). */
function Key({ exercise }: { exercise: Exercise }): ReactNode {
  switch (exercise.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const correct = new Set(exercise.options.filter((option) => option.correct === true).map((option) => option.id));
      return (
        <ul className="paperKeyList">
          {paperOptions(exercise).flatMap((option, index) =>
            correct.has(option.id) ? [<li key={option.id}>{`${letter(index)}: ${option.text}`}</li>] : [],
          )}
        </ul>
      );
    }
    case 'true-false':
      return <p>{exercise.answer ? 'Waar' : 'Niet waar'}</p>;
    case 'ordering': {
      const letters = new Map(toPublic(exercise).items.map((item, index) => [item.id, letter(index)]));
      return (
        <ol className="paperKeyList">
          {exercise.items.map((item) => (
            <li key={item.id}>{`${letters.get(item.id)}: ${item.text}`}</li>
          ))}
        </ol>
      );
    }
    case 'categorize':
      return (
        <ul className="paperKeyList">
          {exercise.categories.map((category) => (
            <li key={category.id}>
              <strong>{category.label}:</strong>{' '}
              {exercise.items
                .filter((item) => item.category === category.id)
                .map((item) => item.text)
                .join('; ') || '(geen)'}
            </li>
          ))}
        </ul>
      );
    case 'matching': {
      const letters = new Map(toPublic(exercise).answers.map((answer, index) => [answer.id, letter(index)]));
      const texts = new Map(exercise.answers.map((answer) => [answer.id, answer.text]));
      return (
        <ol className="paperKeyList">
          {exercise.prompts.map((prompt) => (
            <li key={prompt.id}>{`${prompt.text} → ${letters.get(prompt.match)}: ${texts.get(prompt.match)}`}</li>
          ))}
        </ol>
      );
    }
    case 'fill-blanks':
      return (
        <ol className="paperKeyList">
          {blanksOf(exercise.text).map((accepted, index) => (
            <li key={index}>{accepted.map((answer) => answer.trim()).join(' of ')}</li>
          ))}
        </ol>
      );
    case 'open':
      return (
        <>
          <Markdown source={exercise.modelAnswer} />
          <p>Dit moet erin staan:</p>
          <ul className="paperKeyList">
            {exercise.checklist.map((point) => (
              <li key={point.id}>{point.text}</li>
            ))}
          </ul>
        </>
      );
    default:
      return exercise satisfies never;
  }
}

/**
 * The answer to one paper question: the key in the question's own letters and numbers, the
 * explanation, and (on a teacher's answer key) how its points are given.
 */
export function PaperAnswer({
  exercise,
  label,
  rule,
  explain = true,
}: {
  exercise: Exercise;
  label: string;
  /** How the points are given (lib/scoring: scoringRule), for a teacher's answer key. */
  rule?: string;
  explain?: boolean;
}) {
  return (
    <section className="paperAnswer" data-paper-answer={exercise.type}>
      <h3>{label}</h3>
      <div className="paperKey">
        <Key exercise={exercise} />
      </div>
      {rule ? (
        <p className="paperRule">
          <strong>Punten:</strong> {rule}
        </p>
      ) : null}
      {explain ? (
        <div className="paperExplanation">
          <Markdown source={exercise.explanation} />
        </div>
      ) : null}
    </section>
  );
}
