import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { listAnd, runChecklist, type Checklist } from '@/lib/studio/checklist';
import * as ops from '@/lib/studio/ops';
import { blank, randomMap, sample } from './fixtures';

const rule = <T extends Checklist[number]>(r: T) => [r];

describe('runChecklist', () => {
  test('notes-per-phase: one check per phase, "Oriëntatie: 2 van 3 touchpoints", blank notes do not count', () => {
    let map = sample();
    map = ops.addNote(map, { phase: 'f2', lane: 'touchpoints', text: 'Website' }, 'x1');
    map = ops.addNote(map, { phase: 'f2', lane: 'touchpoints', text: 'Reviews' }, 'x2');
    map = ops.addNote(map, { phase: 'f2', lane: 'touchpoints', text: '   ' }, 'x3');
    const results = runChecklist(map, rule({ id: 'tp', kind: 'notes-per-phase', lane: 'touchpoints', target: 3 }));
    expect(results.map((r) => r.label)).toEqual([
      'Bewustwording: 2 van 3 touchpoints',
      'Oriëntatie: 2 van 3 touchpoints',
      'Keuze: 0 van 3 touchpoints',
      'Gebruik: 0 van 3 touchpoints',
      'Heroriëntatie: 0 van 3 touchpoints',
    ]);
    expect(results[1]).toEqual({
      id: 'tp:f2',
      part: 'journey',
      label: 'Oriëntatie: 2 van 3 touchpoints',
      done: false,
      count: 2,
      target: 3,
      phaseId: 'f2',
    });
    const one = runChecklist(map, rule({ id: 'k', kind: 'notes-per-phase', lane: 'opportunities', target: 1 }));
    expect(one[2]).toMatchObject({ label: 'Keuze: 1 van 1 kans', done: true });
    expect(one[0]).toMatchObject({ label: 'Bewustwording: 0 van 1 kans', done: false });
  });

  const loyalty = {
    id: 'loyaal',
    kind: 'notes-in-phase',
    lane: 'opportunities',
    phase: 'f5',
    phaseName: 'Heroriëntatie',
    target: 3,
    label: '3 loyaliteitsideeën',
  } as const;
  test('notes-in-phase: "3 loyaliteitsideeën: 1 van 3"; follows a renamed or moved phase, finds it by name after a remove', () => {
    let map = ops.addNote(blank(), { phase: 'f5', lane: 'opportunities', text: 'Spaarpunten' }, 'x1');
    expect(runChecklist(map, [loyalty])).toEqual([
      { id: 'loyaal', part: 'journey', label: '3 loyaliteitsideeën: 1 van 3', done: false, count: 1, target: 3, phaseId: 'f5' },
    ]);
    map = ops.movePhase(ops.renamePhase(map, 'f5', 'Na de koop'), 'f5', 0);
    expect(runChecklist(map, [loyalty])[0]).toMatchObject({ count: 1, phaseId: 'f5' });
    // Removed, and added again under the same name: found by its name.
    let again = ops.removePhase(blank(), 'f5');
    again = ops.addPhase(again, 'Heroriëntatie', 'p1');
    again = ops.addNote(again, { phase: 'p1', lane: 'opportunities', text: 'Korting' }, 'x1');
    expect(runChecklist(again, [loyalty])[0]).toMatchObject({ label: '3 loyaliteitsideeën: 1 van 3', phaseId: 'p1' });
    expect(runChecklist(ops.removePhase(blank(), 'f5'), [loyalty])[0]).toMatchObject({
      label: '3 loyaliteitsideeën: de fase Heroriëntatie ontbreekt',
      done: false,
    });
  });

  test('emotion-every-phase: "De emotiecurve mist Keuze"', () => {
    const check = rule({ id: 'e', kind: 'emotion-every-phase' });
    let map = blank();
    expect(runChecklist(map, check)[0]).toMatchObject({
      label: 'De emotiecurve heeft nog geen scores',
      done: false,
      count: 0,
      target: 5,
    });
    for (const id of ['f1', 'f2', 'f4', 'f5']) map = ops.setEmotion(map, id, 0);
    expect(runChecklist(map, check)[0]).toMatchObject({ label: 'De emotiecurve mist Keuze', done: false, count: 4 });
    expect(runChecklist(ops.setEmotion(map, 'f2', null), check)[0]!.label).toBe('De emotiecurve mist Oriëntatie en Keuze');
    expect(runChecklist(ops.setEmotion(map, 'f3', -2), check)[0]).toMatchObject({
      label: 'De emotiecurve heeft een score in elke fase',
      done: true,
    });
  });

  test('persona-fields and empathy-boxes name what is still empty', () => {
    let map = ops.setPersona(blank(), 'name', 'Sem');
    const persona = runChecklist(map, rule({ id: 'p', kind: 'persona-fields', fields: ['name', 'ageOrRole', 'coreValues'] }));
    expect(persona[0]).toMatchObject({
      part: 'persona',
      label: 'Persona: 1 van 3 velden ingevuld; nog leeg: Leeftijd of rol en Core values',
      done: false,
    });
    map = ops.setPersona(ops.setPersona(map, 'ageOrRole', '17 jaar'), 'coreValues', 'Vrijheid');
    expect(
      runChecklist(map, rule({ id: 'p', kind: 'persona-fields', fields: ['name', 'ageOrRole', 'coreValues'] }))[0],
    ).toMatchObject({ label: 'Persona: alle 3 velden ingevuld', done: true });
    expect(runChecklist(map, rule({ id: 'p', kind: 'persona-fields' }))[0]).toMatchObject({ count: 3, target: 10 });
    const empathy = runChecklist(sample(), rule({ id: 'x', kind: 'empathy-boxes' }));
    expect(empathy[0]).toMatchObject({
      part: 'empathy',
      label: 'Empathy map: 2 van 5 vakken gevuld; nog leeg: Wil, Beïnvloed door en Problemen',
      done: false,
    });
  });

  test('pains-have-opportunities and moment-of-truth', () => {
    const check = rule({ id: 'pk', kind: 'pains-have-opportunities' });
    expect(runChecklist(blank(), check)[0]).toMatchObject({ label: 'Pain points en kansen: nog geen pain points', done: false });
    expect(runChecklist(sample(), check)[0]).toMatchObject({
      label: 'Bij elk pain point staat een kans in dezelfde fase',
      done: true,
      count: 1,
      target: 1,
    });
    let map = ops.addNote(sample(), { phase: 'f1', lane: 'pains', text: 'Te duur' }, 'x1');
    expect(runChecklist(map, check)[0]).toMatchObject({
      label: 'Bewustwording: heeft een pain point maar nog geen kans',
      done: false,
    });
    map = ops.addNote(map, { phase: 'f2', lane: 'pains', text: 'Onduidelijk' }, 'x2');
    expect(runChecklist(map, check)[0]!.label).toBe('Bewustwording en Oriëntatie: hebben een pain point maar nog geen kans');
    const moment = rule({ id: 'm', kind: 'moment-of-truth' });
    expect(runChecklist(sample(), moment)[0]).toEqual({
      id: 'm',
      part: 'journey',
      label: 'Moment of truth: Vriendin vertelt',
      done: true,
      phaseId: 'f1',
    });
    expect(runChecklist(blank(), moment)[0]).toEqual({
      id: 'm',
      part: 'journey',
      label: 'Kies een touchpoint als moment of truth',
      done: false,
    });
  });

  test('notes-in-lane counts the whole map', () => {
    expect(runChecklist(sample(), rule({ id: 'p', kind: 'notes-in-lane', lane: 'pains', target: 2 }))[0]).toMatchObject({
      label: '1 van 2 pain points',
      done: false,
    });
    expect(
      runChecklist(sample(), rule({ id: 'p', kind: 'notes-in-lane', lane: 'pains', target: 1, label: 'Pijnpunten' }))[0],
    ).toMatchObject({ label: 'Pijnpunten: 1 van 1', done: true });
  });

  test('listAnd', () => {
    expect([listAnd([]), listAnd(['A']), listAnd(['A', 'B']), listAnd(['A', 'B', 'C'])]).toEqual([
      '',
      'A',
      'A en B',
      'A, B en C',
    ]);
  });
});

describe('runChecklist (properties)', () => {
  const every: Checklist = [
    { id: 'tp', kind: 'notes-per-phase', lane: 'touchpoints', target: 3 },
    {
      id: 'loyaal',
      kind: 'notes-in-phase',
      lane: 'opportunities',
      phase: 'f5',
      phaseName: 'Heroriëntatie',
      target: 3,
      label: 'Loyaliteit',
    },
    { id: 'pijn', kind: 'notes-in-lane', lane: 'pains', target: 2 },
    { id: 'e', kind: 'emotion-every-phase' },
    { id: 'p', kind: 'persona-fields' },
    { id: 'x', kind: 'empathy-boxes' },
    { id: 'pk', kind: 'pains-have-opportunities' },
    { id: 'm', kind: 'moment-of-truth' },
  ];
  test('one result per rule (one per phase for notes-per-phase), unique ids, done exactly when the count reaches the target', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const results = runChecklist(map, every);
        expect(results).toHaveLength(every.length - 1 + map.journey.phases.length);
        expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
        for (const result of results) {
          expect(result.label.length).toBeGreaterThan(0);
          if (result.count !== undefined && result.target !== undefined && result.id !== 'pk')
            expect(result.done).toBe(result.count >= result.target);
        }
      }),
      { numRuns: 100 },
    );
  });
});
