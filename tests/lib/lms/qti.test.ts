import { beforeAll, describe, expect, test } from 'vitest';
import { exportSections, type ExportSection } from '@/lib/lms/bank-export';
import { readBank, readLessonHeads } from '@/lib/lms/bank-files.server';
import { itemFile, QTI_TEST_FILE, qtiItem, qtiPackage } from '@/lib/lms/qti';
import { unzip, zip } from '@/lib/lms/zip';
import { score, type Exercise } from '@/lib/scoring';
import { CP_XSD, QTI_XSD, xmllint } from './xmllint';

const decoder = new TextDecoder();
const all = { lessons: [], levels: [], types: [] };
let banks: { toetsbank: ExportSection[]; oefenbank: ExportSection[] };

beforeAll(async () => {
  const lessons = await readLessonHeads();
  banks = {
    toetsbank: exportSections(await readBank('toetsbank'), lessons, all),
    oefenbank: exportSections(await readBank('oefenbank'), lessons, all),
  };
});

const exercisesOf = (sections: ExportSection[]) => sections.flatMap((section) => section.exercises);

describe('QTI 2.1 package', () => {
  test('every item of both banks, the tests and the manifests validate against the QTI 2.1 and IMS CP XSDs', async () => {
    const items = new Map<string, string>();
    const manifests = new Map<string, string>();
    for (const [name, sections] of Object.entries(banks)) {
      for (const entry of qtiPackage(`Klantreis ${name}`, sections)) {
        const text = String(entry.data);
        if (entry.name === 'imsmanifest.xml') manifests.set(`${name}/imsmanifest.xml`, text);
        else items.set(`${name}/${entry.name}`, text);
      }
    }
    // Every type of ours is in the banks, so every mapping is validated.
    const types = new Set(Object.values(banks).flatMap((sections) => exercisesOf(sections).map((exercise) => exercise.type)));
    expect([...types].sort()).toEqual(
      ['categorize', 'fill-blanks', 'matching', 'multiple-choice', 'open', 'ordering', 'single-choice', 'true-false'].sort(),
    );
    const qti = await xmllint(items, ['--noout', '--schema', QTI_XSD]);
    expect(qti.output.split('\n').filter((line) => !line.endsWith(' validates') && line.trim())).toEqual([]);
    expect(qti.ok).toBe(true);
    const cp = await xmllint(manifests, ['--noout', '--schema', CP_XSD]);
    expect(cp.output.split('\n').filter((line) => !line.endsWith(' validates') && line.trim())).toEqual([]);
  });

  test('the manifest lists every file in the zip and only those, with relative hrefs; the test refers to every item', async () => {
    const sections = banks.toetsbank;
    const files = await unzip(await zip(qtiPackage('Klantreis', sections), new Date('2026-01-01T00:00:00Z')));
    const manifest = decoder.decode(files.get('imsmanifest.xml'));
    const fileHrefs = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(fileHrefs)).toEqual(new Set([...files.keys()].filter((name) => name !== 'imsmanifest.xml')));
    for (const href of [...manifest.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!)) {
      expect(href).not.toMatch(/^(\/|[a-z]+:)/);
    }
    const identifiers = new Set([...manifest.matchAll(/<resource identifier="([^"]+)"/g)].map((match) => match[1]));
    for (const ref of manifest.matchAll(/identifierref="([^"]+)"/g)) expect(identifiers).toContain(ref[1]);
    const test = decoder.decode(files.get(QTI_TEST_FILE));
    const refs = [...test.matchAll(/<assessmentItemRef [^>]*href="([^"]+)"/g)].map((match) => match[1]);
    expect(refs).toEqual(exercisesOf(sections).map(itemFile));
    expect(exercisesOf(sections).length).toBeGreaterThan(50);
  });
});

const base = { id: 'x', level: 'begrijpen', topic: 't', prompt: 'Vraag', explanation: 'Omdat.' } as const;

test('multiple choice in both banks: mapResponse scores every possible choice as we do', () => {
  const exercises = Object.values(banks).flatMap(exercisesOf);
  const multiple = exercises.filter((exercise) => exercise.type === 'multiple-choice');
  expect(multiple.length).toBeGreaterThan(5);
  for (const exercise of multiple) {
    const xml = qtiItem(exercise);
    const mapped = new Map(
      [...xml.matchAll(/<mapEntry mapKey="c-([^"]+)" mappedValue="([^"]+)"\/>/g)].map((m) => [m[1]!, Number(m[2])]),
    );
    const upper = Number(/upperBound="([^"]+)"/.exec(xml)![1]);
    const ids = exercise.options.map((option) => option.id);
    for (let mask = 0; mask < 2 ** ids.length; mask++) {
      const chosen = ids.filter((_, index) => mask & (1 << index));
      const qti = Math.min(
        upper,
        Math.max(
          0,
          chosen.reduce((sum, id) => sum + mapped.get(id)!, 0),
        ),
      );
      expect(qti).toBeCloseTo(score(exercise, { optionIds: chosen }).points, 5);
    }
  }
});

describe('QTI mapping per type', () => {
  test('multiple choice: right minus wrong as mapResponse, floored at 0, capped at the points', () => {
    const xml = qtiItem({
      ...base,
      type: 'multiple-choice',
      points: 2,
      options: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B', correct: true, feedback: 'Ja.' },
        { id: 'c', text: 'C' },
      ],
    } as Exercise);
    expect(xml).toContain('<mapping lowerBound="0" upperBound="2" defaultValue="0">');
    expect(xml).toContain(
      '<mapEntry mapKey="c-a" mappedValue="1"/><mapEntry mapKey="c-b" mappedValue="1"/><mapEntry mapKey="c-c" mappedValue="-1"/>',
    );
    expect(xml).toContain(
      '<modalFeedback outcomeIdentifier="FEEDBACK" showHide="show" identifier="c-b"><p>Ja.</p></modalFeedback>',
    );
    expect(xml).toContain(
      '<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>2</value>',
    );
  });

  test('fill-blanks: one textEntryInteraction per blank, every accepted answer (and without accents) as a mapEntry', () => {
    const xml = qtiItem({
      ...base,
      type: 'fill-blanks',
      text: 'De fase [[oriëntatie|orientatie fase]] komt na **[[behoefte]]**.',
    } as Exercise);
    expect(xml.match(/<textEntryInteraction /g)).toHaveLength(2);
    expect(xml).toContain('<mapEntry mapKey="oriëntatie" mappedValue="0.5" caseSensitive="false"/>');
    expect(xml).toContain('<mapEntry mapKey="orientatie" mappedValue="0.5" caseSensitive="false"/>');
    expect(xml).toContain('<mapEntry mapKey="orientatie fase" mappedValue="0.5" caseSensitive="false"/>');
    expect(xml).toContain('<strong><textEntryInteraction responseIdentifier="RESPONSE_2"');
  });

  test('categorize and matching: directed pairs with partial credit; open: not scored, checklist for the scorer', () => {
    const categorize = qtiItem({
      ...base,
      type: 'categorize',
      categories: [
        { id: 'b2b', label: 'B2B' },
        { id: 'b2c', label: 'B2C' },
      ],
      items: [
        { id: 'bakker', text: 'Bakker', category: 'b2c' },
        { id: 'groothandel', text: 'Groothandel', category: 'b2b' },
      ],
    } as Exercise);
    expect(categorize).toContain('<mapEntry mapKey="i-bakker g-b2c" mappedValue="0.5"/>');
    expect(categorize).toContain('<simpleAssociableChoice identifier="g-b2b" matchMax="2">');
    const open = qtiItem({
      ...base,
      type: 'open',
      modelAnswer: 'Zo.',
      checklist: [
        { id: 'a', text: 'Punt A' },
        { id: 'b', text: 'Punt B' },
      ],
    } as Exercise);
    expect(open).toContain('<extendedTextInteraction');
    expect(open).toContain('<rubricBlock view="scorer">');
    expect(open).not.toContain('<mapResponse');
  });
});
