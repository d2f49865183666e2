import type { Exercise } from '../scoring';

// A student's page never names a bank exercise: question i of an assignment is "v{i+1}" there,
// whatever exercise it is. Bank ids (and their topics) stay on the server and with the teacher.

/** The id question `index` has on a student's page and in their requests. */
export const questionId = (index: number) => `v${index + 1}`;

/** The assignment's exercises by question id. */
export const byQuestionId = (exercises: readonly Exercise[]): Map<string, { exercise: Exercise; number: number }> =>
  new Map(exercises.map((exercise, index) => [questionId(index), { exercise, number: index + 1 }]));

/** Answers stored by exercise id, keyed by question id for the student's page. */
export function answersByQuestion(exercises: readonly Exercise[], byExercise: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    exercises.flatMap((exercise, index) => (Object.hasOwn(byExercise, exercise.id) ? [[questionId(index), byExercise[exercise.id]]] : [])),
  );
}

/** The exercise as the student's page may know it: the question id instead of its own, no lesson, no goal. */
export function asQuestion<E extends Exercise>(exercise: E, index: number): E {
  return { ...exercise, id: questionId(index), topic: '', goal: undefined };
}
