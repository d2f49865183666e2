import { describe, expect, test } from 'vitest';
import { MAP_FORMAT, MAP_LIMITS } from '@/lib/studio/map';
import { parseMap } from '@/lib/studio/parse';
import { sample } from './fixtures';

const json = () => JSON.parse(JSON.stringify(sample()));

describe('parseMap', () => {
  test('a valid map round-trips through JSON, not migrated', () => {
    expect(parseMap(json())).toEqual({ ok: true, map: sample(), migrated: false });
  });

  test.each([
    ['not an object', () => 'kaart', 'geen object'],
    ['no format', () => ({ ...json(), format: undefined }), 'Veld "format"'],
    ['a newer format', () => ({ ...json(), format: MAP_FORMAT + 1 }), 'nieuwere versie'],
    [
      'a text too long',
      () => {
        const m = json();
        m.journey.notes[0].text = 'x'.repeat(201);
        return m;
      },
      'Veld "journey.notes.0.text" is te lang (hoogstens 200 tekens).',
    ],
    ['an unknown field', () => ({ ...json(), extra: 1 }), 'onbekend veld: "extra"'],
    [
      'a bad id',
      () => {
        const m = json();
        m.journey.notes[0].id = 'N 1';
        return m;
      },
      'Veld "journey.notes.0.id" is geen geldige id',
    ],
    [
      'an emotion out of range',
      () => {
        const m = json();
        m.journey.phases[0].emotion = 3;
        return m;
      },
      'Veld "journey.phases.0.emotion" is te groot',
    ],
    [
      'a wrong lane',
      () => {
        const m = json();
        m.journey.notes[0].lane = 'emotion';
        return m;
      },
      'Veld "journey.notes.0.lane" heeft een waarde die niet mag.',
    ],
    [
      'a missing persona',
      () => {
        const m = json();
        delete m.persona;
        return m;
      },
      'Veld "persona" ontbreekt',
    ],
    [
      'a note in a phase that does not exist',
      () => {
        const m = json();
        m.journey.notes[2].phase = 'f9';
        return m;
      },
      'Notitie "n3": de fase "f9" bestaat niet.',
    ],
    [
      'a duplicate note id',
      () => {
        const m = json();
        m.journey.notes[1].id = 'n1';
        m.journey.momentOfTruth = null;
        return m;
      },
      'Notitie "n1": deze id komt twee keer voor.',
    ],
    [
      'a journey id reused in the empathy map',
      () => {
        const m = json();
        m.empathy.feels[0].id = 'n1';
        return m;
      },
      'Notitie "n1" (empathy.feels): deze id komt twee keer voor.',
    ],
    [
      'a duplicate phase id',
      () => {
        const m = json();
        m.journey.phases[1].id = 'f1';
        return m;
      },
      'Fase "f1": deze id komt twee keer voor.',
    ],
    [
      'a moment of truth that is not a touchpoint',
      () => {
        const m = json();
        m.journey.momentOfTruth = 'n3';
        return m;
      },
      'Veld "journey.momentOfTruth": de notitie "n3" is geen touchpoint.',
    ],
    [
      'a moment of truth that does not exist',
      () => {
        const m = json();
        m.journey.momentOfTruth = 'n99';
        return m;
      },
      'de notitie "n99" bestaat niet',
    ],
    [
      'a lane hidden twice',
      () => {
        const m = json();
        m.journey.hiddenLanes = ['pains', 'pains'];
        return m;
      },
      'journey.hiddenLanes',
    ],
  ])('refuses %s with a Dutch message naming the field', (_, make, message) => {
    const result = parseMap(make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  test('refuses more notes than the limit over journey and empathy together', () => {
    const m = json();
    const half = MAP_LIMITS.notes / 2 + 1;
    m.journey.notes = Array.from({ length: half }, (_, i) => ({ id: `n${i}`, phase: 'f1', lane: 'actions', text: 'x' }));
    m.journey.momentOfTruth = null;
    m.empathy.feels = Array.from({ length: half }, (_, i) => ({ id: `e${i}`, text: 'x' }));
    m.empathy.does = [];
    const result = parseMap(m);
    expect(result).toEqual({
      ok: false,
      error: `Veld "journey.notes": de kaart heeft ${half * 2} notities (hoogstens ${MAP_LIMITS.notes}).`,
    });
  });
});
