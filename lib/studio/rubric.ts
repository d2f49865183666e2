// A rubric for a Klantreiskaart assignment: criteria, each with levels (a label, points and what the
// work shows at that level). The course's default is content/studio/rubriek.yaml; a teacher can edit
// it per assignment, so the server checks every rubric with RubricSchema (zod/mini: the teacher's
// editor may use it in the browser too) and scores only with scoreRubric.
import * as z from 'zod/mini';

export const RUBRIC_LIMITS = {
  criteria: { min: 1, max: 12 },
  levels: { min: 2, max: 6 },
  title: 120,
  label: 60,
  description: 500,
  /** Points of one level. */
  points: 100,
} as const;

const ID = /^[a-z0-9-]{1,40}$/;
const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

export const RubricLevelSchema = z.strictObject({
  label: text(1, RUBRIC_LIMITS.label),
  /** Whole or half points, 0 … 100. */
  points: z.number().check(z.minimum(0), z.maximum(RUBRIC_LIMITS.points), z.multipleOf(0.5)),
  description: text(0, RUBRIC_LIMITS.description),
});
export type RubricLevel = z.infer<typeof RubricLevelSchema>;

export const RubricCriterionSchema = z.strictObject({
  id: z.string().check(z.regex(ID)),
  title: text(1, RUBRIC_LIMITS.label),
  description: text(0, RUBRIC_LIMITS.description),
  /** From the lowest level to the highest. */
  levels: z.array(RubricLevelSchema).check(z.minLength(RUBRIC_LIMITS.levels.min), z.maxLength(RUBRIC_LIMITS.levels.max)),
});
export type RubricCriterion = z.infer<typeof RubricCriterionSchema>;

export const RubricSchema = z
  .strictObject({
    title: text(1, RUBRIC_LIMITS.title),
    criteria: z
      .array(RubricCriterionSchema)
      .check(z.minLength(RUBRIC_LIMITS.criteria.min), z.maxLength(RUBRIC_LIMITS.criteria.max)),
  })
  .check(
    z.refine((rubric) => new Set(rubric.criteria.map((criterion) => criterion.id)).size === rubric.criteria.length, {
      message: 'Twee criteria hebben dezelfde id.',
      path: ['criteria'],
    }),
  );
export type Rubric = z.infer<typeof RubricSchema>;

/** The chosen level (its index in `levels`) per criterion id. */
export type RubricLevels = Record<string, number>;

export type RubricScore = {
  points: number;
  max: number;
  /** Every criterion has a valid level. */
  complete: boolean;
  /** Entries that were ignored: an unknown criterion, a level that does not exist (Dutch). */
  errors: string[];
};

/** The most points a rubric gives: the highest level of each criterion, added up. */
export function maxPoints(rubric: Rubric): number {
  return rubric.criteria.reduce((sum, criterion) => sum + Math.max(0, ...criterion.levels.map((level) => level.points)), 0);
}

/**
 * Scores `levels` against `rubric`. Only valid entries count; the rest are listed in `errors`, and a
 * criterion without a valid level makes the score incomplete. The server refuses a score with errors.
 */
export function scoreRubric(rubric: Rubric, levels: RubricLevels): RubricScore {
  const errors: string[] = [];
  const known = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion]));
  const entries = typeof levels === 'object' && levels !== null && !Array.isArray(levels) ? Object.entries(levels) : [];
  if (entries.length === 0 && !(typeof levels === 'object' && levels !== null && !Array.isArray(levels))) {
    errors.push('De niveaus ontbreken.');
  }
  let points = 0;
  const scored = new Set<string>();
  for (const [id, index] of entries) {
    const criterion = known.get(id);
    if (!criterion) {
      errors.push(`Criterium "${id}" bestaat niet in deze rubriek.`);
      continue;
    }
    const level = Number.isInteger(index) ? criterion.levels[index] : undefined;
    if (!level) {
      errors.push(
        `Criterium "${criterion.title}": niveau ${String(index)} bestaat niet (kies 0 tot en met ${criterion.levels.length - 1}).`,
      );
      continue;
    }
    points += level.points;
    scored.add(id);
  }
  return { points, max: maxPoints(rubric), complete: scored.size === rubric.criteria.length, errors };
}
