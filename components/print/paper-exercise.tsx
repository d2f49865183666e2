import type { ReactNode } from 'react';
import { Markdown } from '@/components/mdx/markdown';
import { toPublic, type Exercise } from '@/lib/scoring';
import { letter, OPEN_LINES, paperOptions } from './paper-layout';
import './print.css';

// Empty spans: nothing for a screen reader to read, and no attributes to repeat in every lesson's HTML.
/** An empty box to tick, drawn with CSS borders (it prints in any font). */
const Box = () => <span className="paperBox" />;
/** A blank line to write on; `short` for a letter or a number. */
const Line = ({ short = false }: { short?: boolean }) => <span className={short ? 'paperLine paperLineShort' : 'paperLine'} />;

/** What the student does on paper, per type. */
const INSTRUCTION: { readonly [T in Exercise['type']]: string } = {
  'single-choice': 'Kruis één antwoord aan',
  'multiple-choice': 'Kruis alle goede antwoorden aan',
  'true-false': 'Kruis aan: waar of niet waar',
  ordering: 'Schrijf de letters in de goede volgorde',
  categorize: 'Kruis per regel de goede groep aan',
  matching: 'Schrijf bij elk begrip de letter van het antwoord dat erbij past',
  'fill-blanks': 'Vul de open plekken in',
  open: 'Schrijf je antwoord op de lijnen',
};

/** The part under the prompt: boxes, lines or a table. Built from the public view only: it has no key to show. */
function PaperBody({ exercise }: { exercise: Exercise }): ReactNode {
  switch (exercise.type) {
    case 'single-choice':
    case 'multiple-choice':
      return (
        <ul className="paperChoices">
          {paperOptions(toPublic(exercise)).map((option, index) => (
            <li key={option.id}>
              <Box /> <span className="paperLetter">{letter(index)}</span> {option.text}
            </li>
          ))}
        </ul>
      );
    case 'true-false':
      return (
        <>
          <p className="paperStatement">
            <Markdown source={exercise.statement} inline />
          </p>
          <ul className="paperChoices paperInline">
            <li>
              <Box /> Waar
            </li>
            <li>
              <Box /> Niet waar
            </li>
          </ul>
        </>
      );
    case 'ordering': {
      const { items } = toPublic(exercise);
      return (
        <div className="paperColumns">
          <ul className="paperItems">
            {items.map((item, index) => (
              <li key={item.id}>
                <span className="paperLetter">{letter(index)}</span> {item.text}
              </li>
            ))}
          </ul>
          <ol className="paperSlots" aria-label="Jouw volgorde">
            {items.map((item) => (
              <li key={item.id}>
                <Line short />
              </li>
            ))}
          </ol>
        </div>
      );
    }
    case 'categorize': {
      const { items, categories } = toPublic(exercise);
      return (
        <table className="paperTable">
          <thead>
            <tr>
              <th scope="col">Item</th>
              {categories.map((category) => (
                <th key={category.id} scope="col">
                  {category.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.text}</th>
                {categories.map((category) => (
                  <td key={category.id}>
                    <Box />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'matching': {
      const { prompts, answers } = toPublic(exercise);
      return (
        <div className="paperColumns">
          <ol className="paperMatch">
            {prompts.map((prompt) => (
              <li key={prompt.id}>
                <Line short /> {prompt.text}
              </li>
            ))}
          </ol>
          <ul className="paperItems">
            {answers.map((answer, index) => (
              <li key={answer.id}>
                <span className="paperLetter">{letter(index)}</span> {answer.text}
              </li>
            ))}
          </ul>
        </div>
      );
    }
    case 'fill-blanks':
      return (
        <p className="paperBlanks">
          {toPublic(exercise).segments.map((segment, position) =>
            segment.type === 'text' ? (
              segment.text
            ) : (
              <span key={position} className="paperBlank">
                ({segment.index + 1})
              </span>
            ),
          )}
        </p>
      );
    case 'open':
      return (
        <div className="paperRuled">
          {Array.from({ length: OPEN_LINES }, (_, index) => (
            <Line key={index} />
          ))}
        </div>
      );
    default:
      return exercise satisfies never;
  }
}

/**
 * An exercise as a question on paper (server HTML, no JavaScript): the prompt, then boxes to tick, lines
 * to write on or a table to fill in. Hidden on screen (and so from screen readers); shown in print,
 * where the interactive exercise is hidden. `label` is its number on the page ("Oefening 3", "Vraag 3").
 */
export function PaperExercise({
  exercise,
  label,
  points,
  printOnly = false,
}: {
  exercise: Exercise;
  label: string;
  /** The question's points in words, on a test. */
  points?: string;
  /** Hidden on screen: the interactive exercise stands beside it. */
  printOnly?: boolean;
}) {
  return (
    <section className={printOnly ? 'paper printOnly' : 'paper'} data-paper={exercise.type}>
      <p className="paperKicker">
        <strong>{label}</strong> · {INSTRUCTION[exercise.type]}
        {points ? <span className="paperPoints"> ({points})</span> : null}
      </p>
      <div className="paperPrompt">
        <Markdown source={exercise.prompt} inline />
      </div>
      <PaperBody exercise={exercise} />
    </section>
  );
}
