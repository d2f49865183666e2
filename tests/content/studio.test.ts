import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadStudioContent, parseRubric, parseStart, parseTemplates } from '@/lib/content/studio.server';
import { runChecklist } from '@/lib/studio/checklist';
import { newMapFrom, type StudioContent } from '@/lib/studio/content';
import { parseMap } from '@/lib/studio/parse';
import { maxPoints } from '@/lib/studio/rubric';

// content/studio: the templates, their checklists and hints, the starting points and the default rubric.

let content: StudioContent;
beforeAll(async () => {
  content = await loadStudioContent();
});
const template = (id: string) => content.templates.find((t) => t.id === id)!;
const start = (id: string) => content.starts.find((s) => s.id === id)!;
const now = new Date('2026-11-24T10:00:00Z');

describe('the studio content', () => {
  test('has the four templates, each with the five phases of lesson 2 and a checklist', () => {
    expect(content.templates.map((t) => [t.id, t.parts])).toEqual([
      ['persona', 'persona'],
      ['empathy-map', 'empathy'],
      ['klantreiskaart', 'journey'],
      ['compleet', 'all'],
    ]);
    for (const t of content.templates) {
      expect(t.phases).toEqual(['Bewustwording', 'Oriëntatie', 'Keuze', 'Gebruik', 'Heroriëntatie']);
      expect(t.checklist.length).toBeGreaterThan(0);
      expect(Object.values(t.hints.persona)).toHaveLength(10);
      expect(Object.values(t.hints.empathy)).toHaveLength(5);
    }
  });

  test('has an empty start, the worked example and the case company, each a valid map', () => {
    expect(content.starts.map((s) => [s.id, s.blank])).toEqual([
      ['leeg', true],
      ['anouk-e-bike', false],
      ['velovolt-zakelijk', false],
    ]);
    for (const s of content.starts) expect(parseMap(JSON.parse(JSON.stringify(s.map)))).toEqual({ ok: true, map: s.map, migrated: false });
    for (const t of content.templates) {
      for (const s of content.starts) {
        const map = newMapFrom(t, s, { id: 'kaart-1', now });
        expect(parseMap(map).ok).toBe(true);
        expect(map).toMatchObject({ id: 'kaart-1', parts: t.parts, template: t.id, updatedAt: now.toISOString() });
      }
    }
  });

  test('the worked example is complete: persona, empathy map, five scored phases, a moment of truth', () => {
    const map = start('anouk-e-bike').map;
    expect(map.persona.name).toBe('Anouk');
    expect(Object.values(map.persona.sevenC).every((value) => value.length > 0)).toBe(true);
    expect(Object.values(map.empathy).every((box) => box.length > 0)).toBe(true);
    expect(map.journey.phases.map((phase) => phase.emotion)).toEqual([0, -1, 2, -2, 1]);
    const moment = map.journey.notes.find((note) => note.id === map.journey.momentOfTruth);
    expect(moment).toMatchObject({ lane: 'touchpoints', phase: 'f4', text: 'De bezorger brengt de fiets' });
  });

  test('the checklist: (nearly) all done on the worked example, all open on the empty map', () => {
    const full = runChecklist(newMapFrom(template('compleet'), start('anouk-e-bike'), { id: 'k', now }), template('compleet').checklist);
    expect(full.filter((result) => !result.done).map((result) => result.label)).toEqual(['Bewustwording: 2 van 3 touchpoints']);
    expect(full.map((result) => result.label)).toContain('Loyaliteitsideeën bij Heroriëntatie (laag Kansen): 3 van 3');
    for (const t of content.templates) {
      const empty = runChecklist(newMapFrom(t, start('leeg'), { id: 'k', now }), t.checklist);
      expect(empty.length).toBeGreaterThan(0);
      expect(empty.filter((result) => result.done)).toEqual([]);
    }
  });

  test('the default rubric has the five criteria of the class assignment', () => {
    expect(content.rubric.criteria.map((criterion) => criterion.id)).toEqual(['touchpoints', 'loyaliteit', 'persona', 'emotiecurve', 'pijn-en-kans']);
    expect(maxPoints(content.rubric)).toBe(13);
  });
});

describe('a broken studio file stops the build, naming the file and the field', () => {
  const templates = readFileSync('content/studio/sjablonen.yaml', 'utf8');
  test.each([
    ['a checklist rule of an unknown kind', templates.replace('kind: empathy-boxes', 'kind: vakken'), 'templates[1].checklist[1].kind: onbekende soort (kind); kies uit notes-per-phase'],
    ['a hint missing', templates.replace(/\n {4}wants: .*/, ''), 'hints.empathy.wants'],
    ['a loyalty phase that is not in phases', templates.replace('phase: Heroriëntatie', 'phase: Loyaliteit'), 'templates[2] (id "klantreiskaart").checklist[1].phase: fase "Loyaliteit" staat niet in phases'],
    ['a template id used twice', templates.replace('id: empathy-map', 'id: persona'), 'templates[1].id: "persona" bestaat al'],
  ])('sjablonen.yaml: %s', (_, text, field) => {
    expect(() => parseTemplates('content/studio/sjablonen.yaml', text)).toThrow(/Fout in content\/studio\/sjablonen\.yaml/);
    expect(() => parseTemplates('content/studio/sjablonen.yaml', text)).toThrow(field);
  });

  const anouk = readFileSync('content/studio/starts/02-anouk-e-bike.yaml', 'utf8');
  test.each([
    ['an emotion out of range', anouk.replace('emotion: -2', 'emotion: -3'), 'phases[3].emotion'],
    ['a note too long', anouk.replace('Fit blijven.', 'x'.repeat(201)), 'empathy.wants[1]: is te lang (hoogstens 200 tekens)'],
    ['an unknown medium', anouk.replace('media: paid', 'media: betaald'), 'phases[0].touchpoints[1].media'],
    ['two moments of truth', anouk.replace('media: paid }', 'media: paid, moment: true }'), '2 touchpoints hebben "moment: true"'],
    ['an unknown field', anouk.replace('persona:', 'persoon: {}\npersona:'), 'persoon'],
  ])('a start: %s', (_, text, field) => {
    expect(() => parseStart('content/studio/starts/02-anouk-e-bike.yaml', text)).toThrow(/Fout in content\/studio\/starts\/02-anouk-e-bike\.yaml/);
    expect(() => parseStart('content/studio/starts/02-anouk-e-bike.yaml', text)).toThrow(field);
  });

  test('the rubric: a level without points, too many criteria', () => {
    const rubric = readFileSync('content/studio/rubriek.yaml', 'utf8');
    expect(() => parseRubric('content/studio/rubriek.yaml', rubric.replace('points: 3,', 'points: drie,'))).toThrow('criteria[0].levels[2].points');
    const many = `title: Te veel\ncriteria:\n${Array.from({ length: 13 }, (_, i) => `  - { id: c${i}, title: C, description: '', levels: [{ label: A, points: 0, description: '' }, { label: B, points: 1, description: '' }] }`).join('\n')}\n`;
    expect(() => parseRubric('content/studio/rubriek.yaml', many)).toThrow(/Fout in content\/studio\/rubriek\.yaml:\n {2}- criteria:/);
  });

  test('loadStudioContent names the file of a start whose id is taken', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'studio-'));
    cpSync('content/studio', path.join(root, 'content', 'studio'), { recursive: true });
    writeFileSync(path.join(root, 'content/studio/starts/04-kopie.yaml'), 'id: leeg\ntitle: Kopie\ndescription: Nog een.\n');
    await expect(loadStudioContent(root)).rejects.toThrow('Fout in content/studio/starts/04-kopie.yaml:\n  - id: "leeg" bestaat al in content/studio/starts/01-leeg.yaml');
  });
});
