import { z } from 'zod';
import type { LessonBlock } from './lesson-blocks';

/** The frontmatter every lesson starts with; unknown keys are rejected to catch typos. */
export const LessonFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1, 'mag niet leeg zijn'),
  description: z.string().trim().min(1, 'mag niet leeg zijn'),
  order: z.number().int('moet een geheel getal zijn').positive('moet 1 of hoger zijn'),
  duration: z.number().int('geef hele minuten').min(1, 'moet minstens 1 minuut zijn').max(240, 'mag hoogstens 240 minuten zijn'),
  objectives: z.array(z.string().trim().min(1, 'mag niet leeg zijn')).min(1, 'geef minstens één leerdoel'),
  sources: z.array(z.string().trim().min(1, 'mag niet leeg zijn')).min(1, 'noem minstens één bron'),
});

export type LessonFrontmatter = z.infer<typeof LessonFrontmatterSchema>;

/** A heading of a lesson, for the table of contents. */
export type LessonHeading = { depth: 2 | 3; text: string; id: string; /** Its line in the MDX source. */ line?: number };

/** The section (h2) an exercise stands in: what its hint after a wrong check points back to. */
export type LessonSection = { id: string; text: string };

/** Per exercise id, the last h2 above it in the lesson's source. */
export function sectionsOf(
  headings: readonly LessonHeading[],
  exercises: readonly { id: string; line: number | undefined }[],
): Record<string, LessonSection> {
  const sections: Record<string, LessonSection> = {};
  for (const exercise of exercises) {
    const above = headings.filter(
      (heading) => heading.depth === 2 && heading.line !== undefined && exercise.line !== undefined && heading.line < exercise.line,
    );
    const section = above.at(-1);
    if (section) sections[exercise.id] = { id: section.id, text: section.text };
  }
  return sections;
}

/**
 * The headings the lesson's contents list shows: the sections (h2) only. Subheadings often name
 * the steps or phases an exercise asks to put in order, and the list stays on screen beside it.
 */
export function contentsOf(headings: readonly LessonHeading[]): LessonHeading[] {
  return headings.filter((heading) => heading.depth === 2);
}

/** A lesson ready to render: its compiled MDX and what the build learned about it. */
export type Lesson = LessonFrontmatter & {
  slug: string;
  file: string;
  code: string;
  headings: LessonHeading[];
  exerciseIds: string[];
  /** Per exercise id, the section it stands in. */
  sections: Record<string, LessonSection>;
  /** Glossary terms the lesson links to, in order of first use. */
  termIds: string[];
  /** Diagrams the lesson places, in order. */
  diagramIds: string[];
  /** The lesson's text as printable blocks (the course PDF). */
  blocks: LessonBlock[];
};

/** Lesson file names: two digits, a hyphen, a kebab-case slug, `.mdx`. */
export const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
