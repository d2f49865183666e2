// PROVISIONAL: the rubric model belongs to lib/studio/rubric.ts (the model helper's). Until that
// lands, this stub has the shape the brief describes; it goes when lib/studio/rubric.ts is merged.
export type Rubric = {
  criteria: { id: string; title: string; description: string; levels: { label: string; points: number }[] }[];
};
export const maxPoints = (rubric: Rubric) =>
  rubric.criteria.reduce((sum, criterion) => sum + Math.max(0, ...criterion.levels.map((level) => level.points)), 0);
export const scoreRubric = (rubric: Rubric, levels: Record<string, number>) =>
  rubric.criteria.reduce((sum, criterion) => sum + (criterion.levels[levels[criterion.id] ?? -1]?.points ?? 0), 0);
