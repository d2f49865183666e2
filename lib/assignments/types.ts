import type { Level } from '../scoring/schema';

/** When students see the key and explanations after handing in. */
export type ShowAnswers = 'direct' | 'na-sluiten' | 'nooit';
export const SHOW_ANSWERS = ['direct', 'na-sluiten', 'nooit'] as const satisfies readonly ShowAnswers[];

/**
 * Where an assignment's exercises come from: the toetsbank (graded-only, never shown with a key
 * outside an assignment) or the oefenbank (the lessons' public exercises).
 */
export type Bank = 'toetsbank' | 'oefenbank';
export const BANKS = ['toetsbank', 'oefenbank'] as const satisfies readonly Bank[];

/** How the teacher chose the exercises, kept so the assignment page can say so (`bank` is absent on older assignments: oefenbank). */
export type Selection = { bank?: Bank; /** Only these Bloom levels; absent or empty: all. */ levels?: Level[] } & (
  | { mode: 'lessen'; lessons: string[] }
  | { mode: 'hand' }
  | { mode: 'trekking'; lessons: string[]; perLesson: number; seed: string }
);

/** What a teacher can look at before picking an exercise: what a student sees to choose from, and the key. */
export type Preview = { label: string; lines: string[]; answer: string };
