// The results of a map assignment as rows for the CSV (./csv.ts): one row per student, one column per
// rubric criterion (the points of the chosen level), the total and the feedback. Pure.
import type { Cell } from './csv';
import type { Rubric } from '../studio/rubric';

export type MapResult = {
  name: string;
  studentNumber: string | null;
  /** The latest hand-in, which the teacher grades; null when the student handed in nothing. */
  latest: {
    members: string[];
    handedInAt: Date;
    levels: Record<string, number> | null;
    points: number | null;
    maxPoints: number | null;
    feedback: string | null;
  } | null;
  handIns: number;
};

export function mapResultRows(rubric: Rubric, results: MapResult[], formatTime: (date: Date) => string): Cell[][] {
  const header: Cell[] = [
    'Naam',
    'Studentnummer',
    'Groepsleden',
    'Ingeleverd',
    'Keer ingeleverd',
    ...rubric.criteria.map((criterion) => criterion.title),
    'Totaal',
    'Maximum',
    'Feedback',
  ];
  const rows = results.map((result): Cell[] => {
    const latest = result.latest;
    const graded = latest?.levels ?? null;
    return [
      result.name,
      result.studentNumber === null ? null : { literal: result.studentNumber },
      latest && latest.members.length > 1 ? latest.members.join(', ') : null,
      latest ? formatTime(latest.handedInAt) : 'nog niet',
      result.handIns,
      ...rubric.criteria.map((criterion) => {
        const level = graded?.[criterion.id];
        return level === undefined ? null : (criterion.levels[level]?.points ?? null);
      }),
      graded ? latest!.points : null,
      graded ? latest!.maxPoints : null,
      graded ? latest!.feedback || null : null,
    ];
  });
  return [header, ...rows];
}
