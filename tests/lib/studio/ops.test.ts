import { describe, expect, test } from 'vitest';
import { MAP_LIMITS, MapSchema } from '@/lib/studio/map';
import * as ops from '@/lib/studio/ops';
import { blank, NOW, sample } from './fixtures';

describe('emptyMap', () => {
  test('makes a valid map with the phases as f1…f5, nothing scored, nothing hidden', () => {
    const map = blank();
    expect(MapSchema.safeParse(map).success).toBe(true);
    expect(map.journey.phases.map((phase) => phase.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(map.journey.phases.every((phase) => phase.emotion === null)).toBe(true);
    expect(map.updatedAt).toBe(NOW.toISOString());
    expect(ops.noteCount(map)).toBe(0);
  });
  test('never has zero phases', () => {
    expect(blank([]).journey.phases).toHaveLength(1);
  });
});

describe('journey notes', () => {
  test('addNote adds to a cell; touchpoint details only on touchpoints', () => {
    const map = sample();
    expect(ops.notesIn(map, 'f1', 'touchpoints').map((note) => note.id)).toEqual(['n1', 'n2']);
    const action = ops.addNote(map, { phase: 'f1', lane: 'actions', text: 'Zoekt', channel: 'Google', place: 'online' }, 'x1');
    expect(ops.notesIn(action, 'f1', 'actions')[0]).toEqual({ id: 'x1', phase: 'f1', lane: 'actions', text: 'Zoekt' });
    expect(ops.noteCount(action)).toBe(ops.noteCount(map) + 1);
  });

  test('an op that cannot apply returns the same map', () => {
    const map = sample();
    expect(ops.addNote(map, { phase: 'f9', lane: 'actions', text: 'x' }, 'x1')).toBe(map);
    expect(ops.addNote(map, { phase: 'f1', lane: 'actions', text: 'x' }, 'n1')).toBe(map); // id taken
    expect(ops.addNote(map, { phase: 'f1', lane: 'actions', text: 'x' }, 'f1')).toBe(map); // a phase's id
    expect(ops.addNote(map, { phase: 'f1', lane: 'actions', text: 'x' }, 'Bad id')).toBe(map);
    expect(ops.updateNote(map, 'nope', { text: 'x' })).toBe(map);
    expect(ops.updateNote(map, 'n1', { text: 'Advertentie' })).toBe(map);
    expect(ops.moveNote(map, 'nope', { phase: 'f2' })).toBe(map);
    expect(ops.moveNote(map, 'n1', { phase: 'f9' })).toBe(map);
    expect(ops.moveNote(map, 'n1', { index: 0 })).toBe(map); // already there
    expect(ops.deleteNote(map, 'nope')).toBe(map);
    expect(ops.setEmotion(map, 'f1', 3)).toBe(map);
    expect(ops.setEmotion(map, 'f1', 0.5)).toBe(map);
    expect(ops.setEmotion(map, 'f9', 1)).toBe(map);
    expect(ops.setMomentOfTruth(map, 'n3')).toBe(map); // an action, not a touchpoint
    expect(ops.setLaneHidden(map, 'pains', false)).toBe(map);
    expect(ops.renamePhase(map, 'f9', 'x')).toBe(map);
    expect(ops.movePhase(map, 'f1', 0)).toBe(map);
  });

  test('the note limit counts journey and empathy notes together', () => {
    let map = blank();
    for (let i = 0; i < MAP_LIMITS.notes; i++) {
      map =
        i % 2
          ? ops.addEmpathyNote(map, 'feels', 'x', `e${i}`)
          : ops.addNote(map, { phase: 'f1', lane: 'thoughts', text: 'x' }, `n${i}`);
    }
    expect(ops.noteCount(map)).toBe(MAP_LIMITS.notes);
    expect(ops.addNote(map, { phase: 'f1', lane: 'thoughts', text: 'x' }, 'extra')).toBe(map);
    expect(ops.addEmpathyNote(map, 'does', 'x', 'extra')).toBe(map);
  });

  test('text longer than the limit is cut, without half an emoji', () => {
    const map = ops.addNote(blank(), { phase: 'f1', lane: 'actions', text: 'a'.repeat(199) + '😀' }, 'n1');
    expect(map.journey.notes[0]!.text).toBe('a'.repeat(199));
    expect(ops.setTitle(map, 'x'.repeat(500)).title).toHaveLength(MAP_LIMITS.title);
    expect(ops.setPersona(map, 'name', 'y'.repeat(500)).persona.name).toHaveLength(MAP_LIMITS.shortText);
    expect(ops.setPersona(map, 'coreValues', 'z'.repeat(500)).persona.sevenC.coreValues).toHaveLength(MAP_LIMITS.personaField);
  });

  test('updateNote changes text and touchpoint details; null removes one', () => {
    const map = ops.updateNote(sample(), 'n1', { text: 'Banner', channel: null, media: 'owned' });
    expect(map.journey.notes.find((note) => note.id === 'n1')).toEqual({
      id: 'n1',
      phase: 'f1',
      lane: 'touchpoints',
      text: 'Banner',
      place: 'online',
      media: 'owned',
    });
    // Details on a non-touchpoint are ignored.
    const action = ops.updateNote(map, 'n3', { channel: 'web' });
    expect(action).toBe(map);
  });

  test('moveNote puts a note at an index in another cell, and keeps touchpoint details', () => {
    let map = sample();
    map = ops.addNote(map, { phase: 'f2', lane: 'actions', text: 'Leest reviews' }, 'n6');
    const moved = ops.moveNote(map, 'n1', { phase: 'f2', lane: 'actions', index: 1 });
    expect(ops.notesIn(moved, 'f2', 'actions').map((note) => note.id)).toEqual(['n3', 'n1', 'n6']);
    expect(ops.notesIn(moved, 'f2', 'actions')[1]).toMatchObject({ channel: 'Instagram', place: 'online', media: 'paid' });
    // Reordering inside a cell.
    const first = ops.moveNote(map, 'n6', { index: 0 });
    expect(ops.notesIn(first, 'f2', 'actions').map((note) => note.id)).toEqual(['n6', 'n3']);
    // An index past the end puts it last; a negative one first.
    expect(ops.notesIn(ops.moveNote(map, 'n2', { index: -4 }), 'f1', 'touchpoints').map((n) => n.id)).toEqual(['n2', 'n1']);
    expect(ops.notesIn(ops.moveNote(map, 'n1', { index: 99 }), 'f1', 'touchpoints').map((n) => n.id)).toEqual(['n2', 'n1']);
  });

  test('the moment of truth: set, cleared on delete and when it leaves the touchpoints', () => {
    const map = sample();
    expect(map.journey.momentOfTruth).toBe('n2');
    expect(ops.deleteNote(map, 'n2').journey.momentOfTruth).toBeNull();
    expect(ops.deleteNote(map, 'n1').journey.momentOfTruth).toBe('n2');
    expect(ops.moveNote(map, 'n2', { lane: 'thoughts' }).journey.momentOfTruth).toBeNull();
    expect(ops.moveNote(map, 'n2', { phase: 'f3' }).journey.momentOfTruth).toBe('n2');
    expect(ops.setMomentOfTruth(map, null).journey.momentOfTruth).toBeNull();
    expect(ops.setMomentOfTruth(map, 'n1').journey.momentOfTruth).toBe('n1');
  });
});

describe('empathy notes', () => {
  test('add, update, move and delete', () => {
    let map = sample();
    map = ops.addEmpathyNote(map, 'feels', 'Blij', 'e3');
    expect(map.empathy.feels.map((note) => note.text)).toEqual(['Twijfelt', 'Blij']);
    map = ops.updateEmpathyNote(map, 'e3', 'Opgelucht');
    map = ops.moveEmpathyNote(map, 'e3', 'does', 0);
    expect(map.empathy.does.map((note) => note.text)).toEqual(['Opgelucht', 'Leest reviews']);
    expect(map.empathy.feels.map((note) => note.id)).toEqual(['e1']);
    map = ops.deleteEmpathyNote(map, 'e3');
    expect(map.empathy.does.map((note) => note.id)).toEqual(['e2']);
    expect(ops.updateEmpathyNote(map, 'nope', 'x')).toBe(map);
    expect(ops.moveEmpathyNote(map, 'e2', 'does', 0)).toBe(map);
  });
});

describe('phases', () => {
  test('add at an index, rename, move (notes follow), and the phase limit', () => {
    let map = sample();
    map = ops.addPhase(map, 'Aankoop', 'p1', 3);
    expect(map.journey.phases.map((phase) => phase.name)).toEqual([
      'Bewustwording',
      'Oriëntatie',
      'Keuze',
      'Aankoop',
      'Gebruik',
      'Heroriëntatie',
    ]);
    map = ops.renamePhase(map, 'p1', 'Betalen');
    expect(map.journey.phases[3]!.name).toBe('Betalen');
    const moved = ops.movePhase(map, 'f3', 0);
    expect(moved.journey.phases[0]!.id).toBe('f3');
    // Notes stay in their phase, and the array follows the phase order.
    expect(moved.journey.notes.map((note) => note.id)).toEqual(['n4', 'n5', 'n1', 'n2', 'n3']);
    map = ops.addPhase(map, 'Zeven', 'p2');
    map = ops.addPhase(map, 'Acht', 'p3');
    expect(map.journey.phases).toHaveLength(MAP_LIMITS.phases.max);
    expect(ops.addPhase(map, 'Negen', 'p4')).toBe(map);
  });

  test('removePhase moves its notes to the previous phase, or the next one for the first', () => {
    const map = sample();
    const second = ops.removePhase(map, 'f3');
    expect(ops.notesIn(second, 'f2', 'pains').map((note) => note.id)).toEqual(['n4']);
    expect(ops.notesIn(second, 'f2', 'actions').map((note) => note.id)).toEqual(['n3']);
    const first = ops.removePhase(map, 'f1');
    expect(ops.notesIn(first, 'f2', 'touchpoints').map((note) => note.id)).toEqual(['n1', 'n2']);
    expect(first.journey.momentOfTruth).toBe('n2');
    let one = ops.emptyMap({ id: 'k', title: '', parts: 'journey', template: 't', phases: ['Alleen'], now: NOW });
    one = ops.addNote(one, { phase: 'f1', lane: 'actions', text: 'x' }, 'n1');
    expect(ops.removePhase(one, 'f1')).toBe(one);
  });

  test('emotion, hidden lanes, persona, title and touch', () => {
    let map = sample();
    map = ops.setEmotion(map, 'f2', -2);
    expect(map.journey.phases[1]!.emotion).toBe(-2);
    expect(ops.setEmotion(map, 'f2', null).journey.phases[1]!.emotion).toBeNull();
    map = ops.setLaneHidden(map, 'pains', true);
    map = ops.setLaneHidden(map, 'actions', true);
    expect(map.journey.hiddenLanes).toEqual(['actions', 'pains']);
    expect(ops.setLaneHidden(map, 'pains', false).journey.hiddenLanes).toEqual(['actions']);
    map = ops.setPersona(map, 'quote', 'Ik wil zeker weten dat hij past.');
    map = ops.setPersona(map, 'character', 'Nuchter');
    expect(map.persona).toMatchObject({ quote: 'Ik wil zeker weten dat hij past.', sevenC: { character: 'Nuchter' } });
    const later = new Date('2026-11-25T10:00:00Z');
    expect(ops.touch(map, later).updatedAt).toBe(later.toISOString());
    expect(ops.touch(map, new Date('nonsense'))).toBe(map);
    expect(MapSchema.safeParse(map).success).toBe(true);
  });
});
