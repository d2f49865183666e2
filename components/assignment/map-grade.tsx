import { plural } from '@/lib/format/plural';
import type { StudioMap } from '@/lib/studio/map';
import type { Rubric } from '@/lib/studio/rubric';

/** What the student's and the teacher's pages show of a hand-in (a row of lib/db/studio.server.ts, passed as props). */
export type MapHandInView = {
  id: number;
  map: StudioMap;
  members: string[];
  handedInAt: Date;
  levels: Record<string, number> | null;
  points: number | null;
  maxPoints: number | null;
  feedback: string | null;
  gradedAt: Date | null;
};

const pointsText = (points: number) => `${String(points).replace('.', ',')} ${plural(points, 'punt', 'punten')}`;

/** Per rubric criterion: the level the teacher chose and its points, or "niet beoordeeld". */
export function CriterionLevels({ rubric, levels }: { rubric: Rubric; levels: Record<string, number> | null }) {
  return (
    <ul>
      {rubric.criteria.map((criterion) => {
        const level = criterion.levels[levels?.[criterion.id] ?? -1];
        return (
          <li key={criterion.id}>
            <strong>{criterion.title}</strong>: {level ? `${level.label} (${pointsText(level.points)})` : 'niet beoordeeld'}
          </li>
        );
      })}
    </ul>
  );
}
