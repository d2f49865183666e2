import { expect, test } from 'vitest';
import { diagramPrint } from '@/components/diagrams/diagram-print';
import { DIAGRAMS } from '@/lib/content/diagrams';

// The course PDF draws the lesson diagrams from the same components as the pages.

test('every lesson diagram can be printed', () => {
  for (const id of DIAGRAMS) expect(diagramPrint(id), id).not.toBeNull();
  expect(diagramPrint('bestaat-niet')).toBeNull();
});

test('the five phases print as a coloured SVG with their words and caption', () => {
  const print = diagramPrint('klantreis-fasen');
  expect(print?.kind).toBe('svg');
  if (print?.kind !== 'svg') return;
  expect(print.svg).toMatch(/^<svg viewBox="0 0 340 \d+" xmlns="http:\/\/www.w3.org\/2000\/svg">/);
  expect(print.svg).toContain('Heroriëntatie');
  expect(print.svg).toContain('fill="#0b6e6e"');
  expect(print.svg).toContain('text-anchor="middle"');
  expect(print.svg).not.toContain('class=');
  expect(print.caption).toMatch(/^De klantreis in vijf fasen/);
});

test('the journey map prints as a table of six columns, without the drawn curve but with the scores', () => {
  const print = diagramPrint('journey-map-velovolt');
  expect(print?.kind).toBe('table');
  if (print?.kind !== 'table') return;
  expect(print.table.rows[0]!.map((cell) => cell.text)).toEqual([
    'Laag',
    'Bewustwording',
    'Oriëntatie',
    'Keuze',
    'Gebruik',
    'Heroriëntatie',
  ]);
  const heads = print.table.rows.map((row) => row[0]!.text);
  expect(heads).toContain('Emotie (van −2 tot +2)');
  expect(heads).not.toContain('Emotiecurve');
  expect(heads).toContain('Kansen');
});
