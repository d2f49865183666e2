import { expect, test } from 'vitest';
import type { GlossaryEntry } from '@/lib/content/glossary';
import { keyTermsOf, summaryDiagramOf, summaryTitle } from '@/lib/content/summary';

const entry = (id: string, lesson: string): GlossaryEntry => ({ id, term: id.toUpperCase(), definition: `Uitleg van ${id}.`, lesson });
const lesson = (slug: string, termIds: string[], diagramIds: string[] = []) => ({ slug, termIds, diagramIds });

test('a card lists the terms the lesson teaches, in the order the lesson uses them', () => {
  const glossary = [entry('b', 'les-1'), entry('a', 'les-1'), entry('c', 'les-1')];
  expect(keyTermsOf(lesson('les-1', ['c', 'a', 'b']), glossary).map((term) => term.id)).toEqual(['c', 'a', 'b']);
});

test('a term taught by an earlier lesson is not on a later card that only uses it again', () => {
  const glossary = [entry('dmu', 'b2b'), entry('persona', 'personas')];
  expect(keyTermsOf(lesson('personas', ['dmu', 'persona']), glossary).map((term) => term.id)).toEqual(['persona']);
  expect(keyTermsOf(lesson('b2b', ['dmu']), glossary).map((term) => term.id)).toEqual(['dmu']);
});

test('a term whose home is the lesson but that the lesson does not link comes last', () => {
  const glossary = [entry('x', 'les'), entry('y', 'les')];
  expect(keyTermsOf(lesson('les', ['y']), glossary).map((term) => term.id)).toEqual(['y', 'x']);
});

test('the card shows the lesson’s first diagram, a hand-made choice, or none', () => {
  expect(summaryDiagramOf(lesson('a', [], ['fasen', 'tabel']), {})).toBe('fasen');
  expect(summaryDiagramOf(lesson('a', [], []), {})).toBeNull();
  expect(summaryDiagramOf(lesson('a', [], []), { a: 'fasen' })).toBe('fasen');
  expect(summaryDiagramOf(lesson('a', [], ['kaart']), { a: null })).toBeNull();
});

test('the course’s own choices: lesson 6 borrows the phases, lesson 1 and 7 have none', () => {
  expect(summaryDiagramOf(lesson('touchpoints-en-customer-journey-mapping', []))).toBe('klantreis-fasen');
  expect(summaryDiagramOf(lesson('wat-is-een-customer-journey', []))).toBeNull();
  expect(summaryDiagramOf(lesson('de-customer-journey-map', [], ['journey-map-velovolt']))).toBeNull();
  expect(summaryDiagramOf(lesson('het-7c-model', [], ['zeven-c']))).toBe('zeven-c');
});

test('the card is titled after its lesson', () => {
  expect(summaryTitle('Het 7C-model')).toBe('Samenvatting: Het 7C-model');
});
