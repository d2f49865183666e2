import { score, type Exercise } from '../scoring';
import { blanksOf } from '../scoring/fill-blanks-text';
import { ownField, ownString } from '../scoring/score';

const NONE = '(geen)';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);

/** A stored response in words, for a teacher reading one student's answers. */
export function describeResponse(exercise: Exercise, response: unknown): string {
  switch (exercise.type) {
    case 'single-choice': {
      const id = ownField(response, 'optionId');
      return exercise.options.find((option) => option.id === id)?.text ?? NONE;
    }
    case 'multiple-choice': {
      const chosen = new Set(strings(ownField(response, 'optionIds')));
      const texts = exercise.options.filter((option) => chosen.has(option.id)).map((option) => option.text);
      return texts.length ? texts.join(' + ') : NONE;
    }
    case 'true-false': {
      const value = ownField(response, 'value');
      return value === true ? 'Waar' : value === false ? 'Niet waar' : NONE;
    }
    case 'ordering': {
      const text = new Map(exercise.items.map((item) => [item.id, item.text]));
      const order = strings(ownField(response, 'order')).filter((id) => text.has(id));
      return order.length ? order.map((id) => text.get(id)).join(' → ') : NONE;
    }
    case 'categorize': {
      const placements = ownField(response, 'placements');
      const label = new Map(exercise.categories.map((category) => [category.id, category.label]));
      return exercise.items.map((item) => `${item.text}: ${label.get(ownString(placements, item.id) ?? '') ?? NONE}`).join('; ');
    }
    case 'matching': {
      const matches = ownField(response, 'matches');
      const text = new Map(exercise.answers.map((answer) => [answer.id, answer.text]));
      return exercise.prompts
        .map((prompt) => `${prompt.text} → ${text.get(ownString(matches, prompt.id) ?? '') ?? NONE}`)
        .join('; ');
    }
    case 'fill-blanks': {
      const given = strings(ownField(response, 'answers'));
      return blanksOf(exercise.text)
        .map((_, index) => `${index + 1}: ${given[index]?.trim() || NONE}`)
        .join('; ');
    }
    case 'open': {
      const text = ownField(response, 'text');
      return typeof text === 'string' && text.trim() ? text.trim() : NONE;
    }
  }
}

/**
 * The wrong choices in a response, each as a short label a teacher can count across a class:
 * a wrong option, a misplaced item ("item → groep"), a wrong word in a blank.
 */
export function wrongChoices(exercise: Exercise, response: unknown): string[] {
  switch (exercise.type) {
    case 'single-choice': {
      const id = ownField(response, 'optionId');
      const option = exercise.options.find((candidate) => candidate.id === id);
      return option && !option.correct ? [option.text] : [];
    }
    case 'multiple-choice': {
      const chosen = new Set(strings(ownField(response, 'optionIds')));
      return exercise.options.filter((option) => chosen.has(option.id) && !option.correct).map((option) => option.text);
    }
    case 'true-false': {
      const value = ownField(response, 'value');
      return typeof value === 'boolean' && value !== exercise.answer ? [value ? 'Waar' : 'Niet waar'] : [];
    }
    case 'ordering': {
      const correct = exercise.items.map((item) => item.id);
      const order = strings(ownField(response, 'order'));
      const text = new Map(exercise.items.map((item) => [item.id, item.text]));
      return order.flatMap((id, index) =>
        text.has(id) && correct[index] !== id ? [`${text.get(id)} op plaats ${index + 1}`] : [],
      );
    }
    case 'categorize': {
      const placements = ownField(response, 'placements');
      const label = new Map(exercise.categories.map((category) => [category.id, category.label]));
      return exercise.items.flatMap((item) => {
        const placed = ownString(placements, item.id);
        return placed === item.category ? [] : [`${item.text} → ${label.get(placed ?? '') ?? NONE}`];
      });
    }
    case 'matching': {
      const matches = ownField(response, 'matches');
      const text = new Map(exercise.answers.map((answer) => [answer.id, answer.text]));
      return exercise.prompts.flatMap((prompt) => {
        const matched = ownString(matches, prompt.id);
        return matched === prompt.match ? [] : [`${prompt.text} → ${text.get(matched ?? '') ?? NONE}`];
      });
    }
    case 'fill-blanks': {
      // Scored as the student was scored, typo tolerance included.
      const given = strings(ownField(response, 'answers'));
      return score(exercise, response).parts.flatMap((part, index) =>
        part.correct ? [] : [`${index + 1}: ${given[index]?.trim() || NONE}`],
      );
    }
    case 'open':
      return [];
  }
}

/** One scored answer of a handed-in attempt, as stored. */
export type ScoredAnswer = { exerciseId: string; response: unknown; fraction: number; correct: boolean };

/** How a class did on one question. */
export type QuestionStat = {
  exerciseId: string;
  answered: number;
  /** Students whose answer was fully right. */
  correct: number;
  /** Share of the points earned, 0–1, over those who answered. */
  averageFraction: number;
  mostWrong: { label: string; count: number } | null;
};

/** Per question: how many answered, how many fully right, and the wrong choice made most often. */
export function questionStats(exercises: Exercise[], answersPerStudent: ScoredAnswer[][]): QuestionStat[] {
  return exercises.map((exercise) => {
    const answers = answersPerStudent.flatMap((answers) => answers.filter((answer) => answer.exerciseId === exercise.id));
    const counts = new Map<string, number>();
    for (const answer of answers) {
      // A label counts once per student, even if it could appear twice in one answer.
      for (const label of new Set(wrongChoices(exercise, answer.response))) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    let mostWrong: QuestionStat['mostWrong'] = null;
    for (const [label, count] of counts) if (!mostWrong || count > mostWrong.count) mostWrong = { label, count };
    return {
      exerciseId: exercise.id,
      answered: answers.length,
      correct: answers.filter((answer) => answer.correct).length,
      averageFraction: answers.length ? answers.reduce((sum, answer) => sum + answer.fraction, 0) / answers.length : 0,
      mostWrong,
    };
  });
}

/** A handed-in attempt, as stored. */
export type SubmittedAttempt = { number: number; startedAt: Date; submittedAt: Date; points: number; maxPoints: number };

/** The attempt that counts for a student: the best score, the earliest of equals. */
export function countingAttempt<A extends SubmittedAttempt>(attempts: A[]): A | null {
  let best: A | null = null;
  for (const attempt of [...attempts].sort((a, b) => a.number - b.number)) {
    if (!best || attempt.points > best.points) best = attempt;
  }
  return best;
}
