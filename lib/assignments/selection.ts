import { createRandom, hashSeed, shuffle } from '../random';
import type { Exercise } from '../scoring';
import type { Level } from '../scoring/schema';
import { MAX_ASSIGNMENT_EXERCISES } from './limits';
import type { Selection } from './types';
import { endSentence } from '../format/sentence';

/** The exercises a teacher can assign, per lesson in lesson order. */
export type Pool = { slug: string; title: string; order: number; exercises: Exercise[] }[];

export { MAX_ASSIGNMENT_EXERCISES };

/**
 * The bank grouped per lesson. Open exercises are left out: the student marks those against a
 * checklist, so the server cannot grade them.
 */
export function assignablePool(
  bank: Iterable<Exercise>,
  lessons: { slug: string; title: string; order: number }[],
  levels: readonly Level[] = [],
): Pool {
  // No level chosen means every level.
  const all = [...bank].filter((exercise) => levels.length === 0 || levels.includes(exercise.level));
  return [...lessons]
    .sort((a, b) => a.order - b.order)
    .map((lesson) => ({
      ...lesson,
      exercises: all.filter((exercise) => exercise.topic === lesson.slug && exercise.type !== 'open'),
    }));
}

export type SelectionInput =
  | { mode: 'lessen'; lessons: string[] }
  | { mode: 'hand'; exerciseIds: string[] }
  | { mode: 'trekking'; lessons: string[]; perLesson: number; seed: string };

export type SelectionResult = { ok: true; exerciseIds: string[]; selection: Selection } | { ok: false; error: string };

/** The exercises an assignment gets, in lesson order; a draw is the same for the same seed. */
export function selectExercises(pool: Pool, input: SelectionInput): SelectionResult {
  let ids: string[];
  let selection: Selection;
  if (input.mode === 'hand') {
    const wanted = new Set(input.exerciseIds);
    ids = pool.flatMap((lesson) => lesson.exercises.filter((exercise) => wanted.has(exercise.id)).map((exercise) => exercise.id));
    selection = { mode: 'hand' };
  } else {
    const lessons = pool.filter((lesson) => input.lessons.includes(lesson.slug));
    if (lessons.length === 0) return { ok: false, error: 'Kies minstens één les.' };
    if (input.mode === 'lessen') {
      ids = lessons.flatMap((lesson) => lesson.exercises.map((exercise) => exercise.id));
      selection = { mode: 'lessen', lessons: lessons.map((lesson) => lesson.slug) };
    } else {
      ids = lessons.flatMap((lesson) => {
        const random = createRandom(hashSeed(`${input.seed}\u0000${lesson.slug}`));
        const drawn = new Set(shuffle(lesson.exercises, random).slice(0, input.perLesson));
        // Drawn by chance, shown in the lesson's own order.
        return lesson.exercises.filter((exercise) => drawn.has(exercise)).map((exercise) => exercise.id);
      });
      selection = {
        mode: 'trekking',
        lessons: lessons.map((lesson) => lesson.slug),
        perLesson: input.perLesson,
        seed: input.seed,
      };
    }
  }
  if (ids.length === 0) return { ok: false, error: 'Kies minstens één oefening.' };
  if (ids.length > MAX_ASSIGNMENT_EXERCISES)
    return {
      ok: false,
      error: `Een opdracht heeft hoogstens ${MAX_ASSIGNMENT_EXERCISES} oefeningen; je koos er ${ids.length}. Kies minder lessen of oefeningen.`,
    };
  return { ok: true, exerciseIds: ids, selection };
}

/** One line saying how the exercises were chosen, for the assignment page. */
export function describeSelection(selection: Selection, lessonTitle: (slug: string) => string): string {
  const bank =
    selection.bank === 'toetsbank'
      ? 'Uit de toetsbank (leerlingen zien deze vragen nergens anders).'
      : 'Uit de oefenbank: openbare oefeningen, die leerlingen met antwoord in de lessen kunnen zien.';
  const levels = selection.levels?.length ? ` Alleen niveau ${listText(selection.levels)}.` : '';
  switch (selection.mode) {
    case 'hand':
      return `${bank} Met de hand gekozen.${levels}`;
    case 'lessen':
      // A title may end in a question mark ("Wat is een customer journey?"): no full stop after it.
      return `${bank} ${endSentence(`Alle vragen uit: ${selection.lessons.map(lessonTitle).join(', ')}`)}${levels}`;
    case 'trekking':
      return `${bank} ${selection.perLesson} per les getrokken uit: ${selection.lessons.map(lessonTitle).join(', ')} (startwaarde ${selection.seed}).${levels}`;
  }
}

/** "a", "a en b", "a, b en c". */
function listText(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} en ${words.at(-1)}`;
}
