import fc from 'fast-check';
import type { EmpathyBox, NoteLane, StudioMap } from '@/lib/studio/map';
import { EMPATHY_BOXES, NOTE_LANES } from '@/lib/studio/map';
import * as ops from '@/lib/studio/ops';

export const NOW = new Date('2026-11-24T09:00:00.000Z');
export const PHASES = ['Bewustwording', 'Oriëntatie', 'Keuze', 'Gebruik', 'Heroriëntatie'];

export function blank(phases = PHASES): StudioMap {
  return ops.emptyMap({ id: 'kaart-1', title: 'Mijn kaart', parts: 'all', template: 'alles', phases, now: NOW });
}

/** A small map with a note in a few cells, two empathy notes and a moment of truth. */
export function sample(): StudioMap {
  let map = blank();
  map = ops.addNote(
    map,
    { phase: 'f1', lane: 'touchpoints', text: 'Advertentie', channel: 'Instagram', place: 'online', media: 'paid' },
    'n1',
  );
  map = ops.addNote(
    map,
    { phase: 'f1', lane: 'touchpoints', text: 'Vriendin vertelt', channel: 'mond-tot-mond', place: 'offline', media: 'earned' },
    'n2',
  );
  map = ops.addNote(map, { phase: 'f2', lane: 'actions', text: 'Vergelijkt prijzen' }, 'n3');
  map = ops.addNote(map, { phase: 'f3', lane: 'pains', text: 'Levertijd onduidelijk' }, 'n4');
  map = ops.addNote(map, { phase: 'f3', lane: 'opportunities', text: 'Toon levertijd bij elk model' }, 'n5');
  map = ops.addEmpathyNote(map, 'feels', 'Twijfelt', 'e1');
  map = ops.addEmpathyNote(map, 'does', 'Leest reviews', 'e2');
  map = ops.setMomentOfTruth(map, 'n2');
  return map;
}

/** Every note id of a map, sorted: the multiset of note ids. */
export function noteIds(map: StudioMap): string[] {
  return [
    ...map.journey.notes.map((note) => note.id),
    ...Object.values(map.empathy).flatMap((box) => box.map((note) => note.id)),
  ].sort();
}

// ---------------------------------------------------------------------------------------------
// Random maps and operations for property tests: a map is built by a random sequence of operations.

type Op = (map: StudioMap, step: number) => StudioMap;
const lane = fc.constantFrom<NoteLane>(...NOTE_LANES);
const box = fc.constantFrom<EmpathyBox>(...EMPATHY_BOXES);
const text = fc.string({ maxLength: 12 });
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
const phaseOf = (map: StudioMap, n: number) => pick(map.journey.phases, n)?.id ?? 'f1';
const journeyNote = (map: StudioMap, n: number) => pick(map.journey.notes, n)?.id ?? 'none';
const empathyNote = (map: StudioMap, n: number) => pick(Object.values(map.empathy).flat(), n)?.id ?? 'none';

/** Operations that never delete a note. */
const addJourney = fc.tuple(fc.nat(), lane, text).map(
  ([n, l, t]): Op =>
    (map, step) =>
      ops.addNote(map, { phase: phaseOf(map, n), lane: l, text: t, channel: 'web' }, `n${step}`),
);
const addEmpathy = fc.tuple(box, text).map(
  ([b, t]): Op =>
    (map, step) =>
      ops.addEmpathyNote(map, b, t, `e${step}`),
);
export const keepingOp: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: addJourney, weight: 8 },
  { arbitrary: addEmpathy, weight: 3 },
  {
    arbitrary: fc.tuple(fc.nat(), text).map(
      ([n, t]): Op =>
        (map) =>
          ops.updateNote(map, journeyNote(map, n), { text: t, channel: null }),
    ),
    weight: 1,
  },
  {
    arbitrary: fc
      .tuple(
        fc.nat(),
        fc.nat(),
        fc.option(lane, { nil: undefined }),
        fc.option(fc.integer({ min: -1, max: 6 }), { nil: undefined }),
      )
      .map(
        ([n, p, l, i]): Op =>
          (map) =>
            ops.moveNote(map, journeyNote(map, n), { phase: phaseOf(map, p), lane: l, index: i }),
      ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.nat(), box, fc.option(fc.nat({ max: 5 }), { nil: undefined })).map(
      ([n, b, i]): Op =>
        (map) =>
          ops.moveEmpathyNote(map, empathyNote(map, n), b, i),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.nat(), text).map(
      ([n, t]): Op =>
        (map) =>
          ops.updateEmpathyNote(map, empathyNote(map, n), t),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(text, fc.nat({ max: 8 })).map(
      ([t, i]): Op =>
        (map, step) =>
          ops.addPhase(map, t, `p${step}`, i),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.nat(), text).map(
      ([n, t]): Op =>
        (map) =>
          ops.renamePhase(map, phaseOf(map, n), t),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.nat(), fc.nat({ max: 8 })).map(
      ([n, i]): Op =>
        (map) =>
          ops.movePhase(map, phaseOf(map, n), i),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.nat().map(
      (n): Op =>
        (map) =>
          ops.removePhase(map, phaseOf(map, n)),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.nat(), fc.option(fc.integer({ min: -3, max: 3 }), { nil: null })).map(
      ([n, s]): Op =>
        (map) =>
          ops.setEmotion(map, phaseOf(map, n), s),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.nat()).map(
      ([n]): Op =>
        (map) =>
          ops.setMomentOfTruth(map, journeyNote(map, n)),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.constantFrom(...(['actions', 'emotion', 'pains'] as const)), fc.boolean()).map(
      ([l, h]): Op =>
        (map) =>
          ops.setLaneHidden(map, l, h),
    ),
    weight: 1,
  },
);

/** Any operation, deletes included. */
export const anyOp: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: keepingOp, weight: 12 },
  {
    arbitrary: fc.nat().map(
      (n): Op =>
        (map) =>
          ops.deleteNote(map, journeyNote(map, n)),
    ),
    weight: 1,
  },
  {
    arbitrary: fc.nat().map(
      (n): Op =>
        (map) =>
          ops.deleteEmpathyNote(map, empathyNote(map, n)),
    ),
    weight: 1,
  },
);

export function apply(map: StudioMap, list: Op[], offset = 0): StudioMap {
  return list.reduce((current, op, step) => op(current, offset + step), map);
}

/** A random map: a random sequence of operations on a blank one. */
export const randomMap: fc.Arbitrary<StudioMap> = fc
  .array(anyOp, { minLength: 5, maxLength: 60 })
  .map((list) => apply(blank(), list));
