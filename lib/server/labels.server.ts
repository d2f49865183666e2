import 'server-only';
import type { Preview } from '../assignments/types';
import { plainText } from '../content/plain-text';
import { solve, type Exercise } from '../scoring';
import { segmentsOf } from '../scoring/fill-blanks-text';
import { describeResponse } from '../scoring/schema';

/**
 * What an exercise asks, in a line of plain text: the statement of a true-false exercise (its
 * prompt is the same generic question for all of them), else the prompt.
 */
export function questionText(exercise: Exercise, max = 140): string {
  return plainText(exercise.type === 'true-false' ? exercise.statement : exercise.prompt, max);
}

const texts = (list: readonly { text: string }[]) => list.map((entry) => plainText(entry.text, 200));

/** The options, steps, items or pairs of an exercise as plain lines, and its right answer in words. */
export function previewOf(exercise: Exercise): Preview {
  const answer = describeResponse(exercise, solve(exercise));
  switch (exercise.type) {
    case 'single-choice':
    case 'multiple-choice':
      return { label: 'Keuzes', lines: texts(exercise.options), answer };
    case 'ordering':
      // Listed by text, not in the (right) order of the bank: the key says the order.
      return { label: 'Stappen', lines: texts(exercise.items).sort((a, b) => a.localeCompare(b, 'nl')), answer };
    case 'categorize':
      return {
        label: `Groepen: ${exercise.categories.map((category) => plainText(category.label, 80)).join(', ')}`,
        lines: texts(exercise.items),
        answer,
      };
    case 'matching':
      return { label: 'Koppel', lines: texts(exercise.prompts), answer };
    case 'fill-blanks':
      return {
        label: 'Tekst',
        lines: [
          segmentsOf(exercise.text)
            .map((segment) => (segment.type === 'text' ? segment.text : `[${segment.index + 1}]`))
            .join(''),
        ],
        answer,
      };
    default:
      return { label: '', lines: [], answer };
  }
}

/** An assignment's questions as its CSV names them: "Vraag 1: <what it asks>" (the id when it is gone from the copy). */
export function csvQuestions(exerciseIds: readonly string[], exercises: readonly Exercise[]): { id: string; label: string }[] {
  const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));
  return exerciseIds.map((id) => {
    const exercise = byId.get(id);
    return { id, label: exercise ? questionText(exercise, 60) : id };
  });
}
