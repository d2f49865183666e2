import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NOTE_LANES } from '@/lib/studio/map';
import * as ops from '@/lib/studio/ops';
import { parseMap } from '@/lib/studio/parse';
import { apply, keepingOp, noteIds, randomMap } from './fixtures';

describe('studio operations (properties)', () => {
  test('no operation but delete changes the multiset of note ids (adds only add)', () => {
    fc.assert(
      fc.property(randomMap, fc.array(keepingOp, { maxLength: 30 }), (map, list) => {
        const before = noteIds(map);
        let current = map;
        list.forEach((op, step) => {
          const next = op(current, 1000 + step);
          const added = noteIds(next).filter((id) => !noteIds(current).includes(id));
          // What was there is still there, and at most one note was added.
          expect(noteIds(next).filter((id) => !added.includes(id))).toEqual(noteIds(current));
          expect(added.length).toBeLessThanOrEqual(1);
          current = next;
        });
        for (const id of before) expect(noteIds(current)).toContain(id);
      }),
      { numRuns: 150 },
    );
  });

  test('every map the operations make passes parseMap, and round-trips through JSON', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const parsed = parseMap(JSON.parse(JSON.stringify(map)));
        expect(parsed).toEqual({ ok: true, map, migrated: false });
      }),
      { numRuns: 150 },
    );
  });

  test('removePhase keeps every note, in the previous (or next) phase', () => {
    fc.assert(
      fc.property(randomMap, fc.nat(), (map, n) => {
        const phase = map.journey.phases[n % map.journey.phases.length]!;
        const next = ops.removePhase(map, phase.id);
        expect(noteIds(next)).toEqual(noteIds(map));
        if (map.journey.phases.length === 1) expect(next).toBe(map);
        else expect(next.journey.notes.some((note) => note.phase === phase.id)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  test('moving a note and moving it back restores the map', () => {
    fc.assert(
      fc.property(randomMap, fc.nat(), fc.nat(), fc.constantFrom(...NOTE_LANES), fc.nat({ max: 6 }), (map, n, p, lane, index) => {
        if (map.journey.notes.length === 0) return;
        const note = map.journey.notes[n % map.journey.notes.length]!;
        const cell = ops.notesIn(map, note.phase, note.lane);
        const home = { phase: note.phase, lane: note.lane, index: cell.indexOf(note) };
        const phase = map.journey.phases[p % map.journey.phases.length]!.id;
        const back = ops.moveNote(ops.moveNote(map, note.id, { phase, lane, index }), note.id, home);
        // The moment of truth stays a touchpoint: moving it out of the touchpoints clears the mark.
        const cleared = map.journey.momentOfTruth === note.id && lane !== 'touchpoints';
        expect(back).toEqual(cleared ? ops.setMomentOfTruth(map, null) : map);
      }),
      { numRuns: 200 },
    );
  });

  test('moving an empathy note and back restores the map', () => {
    fc.assert(
      fc.property(
        randomMap,
        fc.nat(),
        fc.constantFrom('does', 'feels', 'wants', 'influencedBy', 'problems' as const),
        fc.nat({ max: 5 }),
        (map, n, box, index) => {
          const all = Object.entries(map.empathy).flatMap(([b, notes]) => notes.map((note, i) => ({ box: b, id: note.id, i })));
          if (all.length === 0) return;
          const { box: home, id, i } = all[n % all.length]!;
          const back = ops.moveEmpathyNote(ops.moveEmpathyNote(map, id, box, index), id, home as typeof box, i);
          expect(back).toEqual(map);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('movePhase then back restores the map', () => {
    fc.assert(
      fc.property(randomMap, fc.nat(), fc.nat({ max: 8 }), (map, n, to) => {
        const from = n % map.journey.phases.length;
        const id = map.journey.phases[from]!.id;
        expect(ops.movePhase(ops.movePhase(map, id, to), id, from)).toEqual(map);
      }),
      { numRuns: 150 },
    );
  });

  test('operations never change the map they get', () => {
    fc.assert(
      fc.property(randomMap, fc.array(keepingOp, { maxLength: 10 }), (map, list) => {
        const frozen = JSON.stringify(map);
        apply(map, list, 2000);
        expect(JSON.stringify(map)).toBe(frozen);
      }),
      { numRuns: 100 },
    );
  });
});
