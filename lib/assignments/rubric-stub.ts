// PROVISIONAL: the rubric model belongs to lib/studio/rubric.ts (the model helper's, not merged yet).
// This stub has its shape; it goes when lib/studio/rubric.ts is merged.
export type Rubric = {
  title: string;
  criteria: {
    id: string;
    title: string;
    description: string;
    levels: { label: string; points: number; description: string }[];
  }[];
};
export const RUBRIC_LIMITS = {
  criteria: { min: 1, max: 12 },
  levels: { min: 2, max: 6 },
  title: 120,
  label: 60,
  description: 500,
  points: 100,
} as const;
export const maxPoints = (rubric: Rubric) =>
  rubric.criteria.reduce((sum, criterion) => sum + Math.max(0, ...criterion.levels.map((level) => level.points)), 0);
export const scoreRubric = (rubric: Rubric, levels: Record<string, number>) => ({
  points: rubric.criteria.reduce((sum, criterion) => sum + (criterion.levels[levels[criterion.id] ?? -1]?.points ?? 0), 0),
  max: maxPoints(rubric),
  complete: true,
  errors: [] as string[],
});
/** PROVISIONAL: lib/studio/content.ts's StudioTemplate (not merged yet). */
export type StudioTemplate = {
  id: string;
  title: string;
  description: string;
  parts: import('../studio/map').MapPart;
  phases: string[];
  checklist: unknown;
  hints: unknown;
};
