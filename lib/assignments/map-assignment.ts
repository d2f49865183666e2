// A map assignment ("Klantreiskaart"): its settings, kept as a snapshot when it is made, and the
// grading of a hand-in with the assignment's rubric. Pure: no I/O.
import type { StudioTemplate } from '../studio/content';
import type { MapPart, StudioMap } from '../studio/map';
import { maxPoints, scoreRubric, type Rubric } from '../studio/rubric';

/** What a map assignment keeps from the moment it was made: a content edit later changes none of it. */
export type MapSettings = {
  parts: MapPart;
  /** The template in content/studio (its checklist and hints, copied) the map follows. */
  template: StudioTemplate;
  /** The starting point's id in content/studio, and the map each student starts from (copied). */
  startId: string;
  start: StudioMap;
  /** The teacher's brief, in Markdown (rendered without raw HTML). */
  brief: string;
  rubric: Rubric;
  /** Whether students may hand in one map for a group and name its members. */
  groups: boolean;
};

export type Grading = { levels: Record<string, number>; points: number; maxPoints: number };

/**
 * Checks a teacher's grade against the rubric and computes the points here, on the server: every
 * criterion needs a level; an unknown criterion or a level out of range is refused (Dutch message).
 */
export function gradeWithRubric(
  rubric: Rubric,
  levels: Record<string, unknown>,
): { ok: true; grading: Grading } | { ok: false; error: string } {
  const known = new Set(rubric.criteria.map((criterion) => criterion.id));
  for (const id of Object.keys(levels)) {
    if (!known.has(id)) return { ok: false, error: `Deze rubric heeft geen criterium "${id.slice(0, 60)}".` };
  }
  const chosen: Record<string, number> = {};
  for (const criterion of rubric.criteria) {
    const level = levels[criterion.id];
    if (level === undefined || level === null || level === '')
      return { ok: false, error: `Kies een niveau bij "${criterion.title}".` };
    const index = typeof level === 'string' && /^\d{1,2}$/.test(level) ? Number(level) : level;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= criterion.levels.length)
      return { ok: false, error: `Dat niveau bestaat niet bij "${criterion.title}".` };
    chosen[criterion.id] = index;
  }
  return { ok: true, grading: { levels: chosen, points: scoreRubric(rubric, chosen).points, maxPoints: maxPoints(rubric) } };
}
