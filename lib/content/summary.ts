import type { GlossaryEntry } from './glossary';

// What a lesson's summary card (/lessen/[slug]/samenvatting, and the cards at the end of the course
// PDF) shows besides the learning goals: the terms the lesson teaches and one diagram.

/**
 * Diagrams chosen by hand for a card, where the lesson's own first diagram is not the one to learn
 * from, or the lesson has none but an earlier diagram fits: `null` means no diagram on purpose.
 * Lesson 6 (touchpoints) places no diagram, but the five phases with a direct and an indirect
 * touchpoint each are exactly its subject. Lesson 1 gets none: the phases come in lesson 2.
 * Lesson 7's worked journey map is a nine-row table, a page on its own: beside fifteen terms it does
 * not fit one A4, so that card has none (the map is in the lesson and in the course PDF).
 */
export const SUMMARY_DIAGRAM_CHOICES: Readonly<Record<string, string | null>> = {
  'touchpoints-en-customer-journey-mapping': 'klantreis-fasen',
  'de-customer-journey-map': null,
};

type LessonRef = { slug: string; termIds: readonly string[]; diagramIds: readonly string[] };

/**
 * The lesson's key terms: the glossary entries whose home is this lesson (the lesson that first links
 * and explains them), in the order the lesson uses them. A term an earlier lesson taught is that
 * lesson's key term, so every term is on exactly one card.
 */
export function keyTermsOf(lesson: LessonRef, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  const position = (entry: GlossaryEntry) => {
    const index = lesson.termIds.indexOf(entry.id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return glossary.filter((entry) => entry.lesson === lesson.slug).sort((a, b) => position(a) - position(b));
}

/** The diagram on the lesson's card: the hand-made choice if there is one, else the lesson's first diagram, else none. */
export function summaryDiagramOf(lesson: LessonRef, choices: Readonly<Record<string, string | null>> = SUMMARY_DIAGRAM_CHOICES): string | null {
  if (Object.hasOwn(choices, lesson.slug)) return choices[lesson.slug] ?? null;
  return lesson.diagramIds[0] ?? null;
}

/** The card's title. */
export function summaryTitle(lessonTitle: string): string {
  return `Samenvatting: ${lessonTitle}`;
}
