// Which exercises a question-bank export holds: the teacher's (or the script's) choice of bank,
// lessons, levels and types, applied to a bank. Pure: the route and scripts/export-bank.mjs load
// the banks and pass them in.
import type { Exercise, ExerciseType } from '../scoring';
import type { Level } from '../scoring/schema';

/** The banks an export can come from; the toetsbank is the default, as in the assignment form. */
export const EXPORT_BANKS = ['toetsbank', 'oefenbank'] as const;
export type ExportBank = (typeof EXPORT_BANKS)[number];
export const EXPORT_FORMATS = ['qti', 'moodle'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One lesson's exercises in an export (a QTI section, a Moodle category). */
export type ExportSection = { slug: string; title: string; order: number; exercises: Exercise[] };

/** What to export; an empty list means all (every lesson, every level, every type). */
export type ExportChoice = { lessons: readonly string[]; levels: readonly Level[]; types: readonly ExerciseType[] };

/** The bank's exercises that fit the choice, per lesson in lesson order, each lesson's in bank order; empty lessons left out. */
export function exportSections(
  bank: Iterable<Exercise>,
  lessons: readonly { slug: string; title: string; order: number }[],
  choice: ExportChoice,
): ExportSection[] {
  const fits = (exercise: Exercise) =>
    (choice.levels.length === 0 || choice.levels.includes(exercise.level)) &&
    (choice.types.length === 0 || choice.types.includes(exercise.type));
  const all = [...bank].filter(fits);
  return [...lessons]
    .filter((lesson) => choice.lessons.length === 0 || choice.lessons.includes(lesson.slug))
    .sort((a, b) => a.order - b.order)
    .map((lesson) => ({
      slug: lesson.slug,
      title: `Les ${lesson.order}: ${lesson.title}`,
      order: lesson.order,
      exercises: all.filter((exercise) => exercise.topic === lesson.slug),
    }))
    .filter((section) => section.exercises.length > 0);
}

/** The file name of a download. */
export const exportFileName = (format: ExportFormat) => (format === 'qti' ? 'klantreis-qti.zip' : 'klantreis-moodle.xml');
