import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAP_FORMAT } from '@/lib/studio/map';
import { migrateMap, MIGRATIONS, type MigrationSteps } from '@/lib/studio/migrate';
import { parseMap } from '@/lib/studio/parse';
import { noteIds, randomMap } from './fixtures';

// A made-up format 0, to test the mechanism before a real second format exists: the notes sat inside
// their phase (`phases[].notes`, without `phase`), and there was no list of hidden lanes.
type Format0 = Record<string, unknown>;
function toFormat0(map: ReturnType<typeof JSON.parse>): Format0 {
  const { hiddenLanes: _hidden, notes, phases, ...journey } = map.journey;
  return {
    ...map,
    format: 0,
    journey: {
      ...journey,
      phases: phases.map((phase: { id: string }) => ({
        ...phase,
        notes: notes
          .filter((note: { phase: string }) => note.phase === phase.id)
          .map(({ phase: _p, ...note }: { phase: string }) => note),
      })),
    },
  };
}
const fakeSteps: MigrationSteps = {
  0: (data) => {
    const journey = data.journey as { phases: { id: string; notes: object[] }[] } & Record<string, unknown>;
    return {
      ...data,
      journey: {
        ...journey,
        phases: journey.phases.map(({ notes: _notes, ...phase }) => phase),
        notes: journey.phases.flatMap((phase) => phase.notes.map((note) => ({ ...note, phase: phase.id }))),
        hiddenLanes: [],
      },
    };
  },
};

describe('migrateMap', () => {
  test('format 1 is the first: no steps, a current map is not migrated', () => {
    expect(MAP_FORMAT).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
    expect(migrateMap({ format: 1 })).toEqual({ ok: true, value: { format: 1 }, migrated: false });
  });

  test('an old format without a step is refused in Dutch', () => {
    expect(migrateMap({ format: 0 })).toEqual({ ok: false, error: 'Veld "format": formaat 0 kan niet meer worden gelezen.' });
  });

  test('a step runs from its format up, and sets the format', () => {
    const steps: MigrationSteps = { 0: (d) => ({ ...d, a: 1 }), 1: (d) => ({ ...d, b: 2 }) };
    expect(migrateMap({ format: 0 }, steps, 2)).toEqual({ ok: true, value: { format: 2, a: 1, b: 2 }, migrated: true });
    expect(migrateMap({ format: 1 }, steps, 2)).toEqual({ ok: true, value: { format: 2, b: 2 }, migrated: true });
  });

  test('a migration (fake format 0 → 1) keeps every note, and parseMap says it migrated', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const old = toFormat0(JSON.parse(JSON.stringify({ ...map, journey: { ...map.journey, hiddenLanes: [] } })));
        const result = parseMap(old, fakeSteps);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.migrated).toBe(true);
        expect(noteIds(result.map)).toEqual(noteIds(map));
        expect(result.map.journey.notes).toEqual(map.journey.notes);
      }),
      { numRuns: 100 },
    );
  });
});
