import { neutralOrder } from '@/lib/scoring/neutral';

// How an exercise is laid out on paper, shared by the question and its answer, so that a letter on the
// question sheet is the same letter on the answer page.

/** A, B, C … for the n-th entry (0-based). */
export const letter = (index: number) => String.fromCharCode(65 + index);

/** The options of a choice question in a neutral order (by text), so a letter says nothing about the key. */
export const paperOptions = (exercise: { options: readonly { id: string; text: string }[] }) => neutralOrder(exercise.options);

/** Ruled lines under an open question. */
export const OPEN_LINES = 6;
