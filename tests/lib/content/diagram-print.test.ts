import { expect, test } from 'vitest';
import { diagramPrintOf, svgMarkup, type PrintNode } from '@/lib/content/diagram-print';

const el = (tag: string, attrs: Record<string, string>, ...children: PrintNode[]): PrintNode => ({ tag, attrs, children });

test('an SVG figure keeps its drawing, gets its class styles inline and loses its screen-reader title', () => {
  const tree = el(
    'figure',
    {},
    el('svg', { viewBox: '0 0 340 100', role: 'img', 'aria-labelledby': 't' }, el('title', { id: 't' }, 'Samenvatting'), el('rect', { class: 'node', x: '1' }), el('text', { class: 'small' }, 'A & B')),
    el('figcaption', {}, 'De fasen. ', el('details', {}, el('summary', {}, 'Tekstversie'))),
  );
  const print = diagramPrintOf(tree, { node: { fill: '#fff', stroke: '#0b6e6e' }, small: { 'font-size': '13' } });
  expect(print).toEqual({
    kind: 'svg',
    svg: '<svg viewBox="0 0 340 100" xmlns="http://www.w3.org/2000/svg"><rect fill="#fff" stroke="#0b6e6e" x="1"></rect><text font-size="13">A &amp; B</text></svg>',
    width: 340,
    height: 100,
    caption: 'De fasen.',
  });
});

test('a table becomes rows of cells with heads and spans; a row with a drawing is left out', () => {
  const tree = el(
    'figure',
    {},
    el(
      'table',
      {},
      el('caption', {}, 'Kaart'),
      el('thead', {}, el('tr', {}, el('th', {}, 'Laag'), el('th', {}, 'Keuze'))),
      el('tbody', {}, el('tr', {}, el('th', {}, 'Gevoel'), el('td', {}, 'Blij')), el('tr', {}, el('th', {}, 'Curve'), el('td', { colspan: '1' }, el('svg', { viewBox: '0 0 1 1' })))),
      el('tbody', {}, el('tr', {}, el('th', { colspan: '2' }, 'Groep'))),
    ),
  );
  expect(diagramPrintOf(tree, {})).toEqual({
    kind: 'table',
    table: {
      caption: 'Kaart',
      headRows: 1,
      rows: [
        [{ text: 'Laag', header: true, span: 1 }, { text: 'Keuze', header: true, span: 1 }],
        [{ text: 'Gevoel', header: true, span: 1 }, { text: 'Blij', header: false, span: 1 }],
        [{ text: 'Groep', header: true, span: 2 }],
      ],
    },
  });
});

test('no drawing and no table, or an SVG without a size, is nothing to print', () => {
  expect(diagramPrintOf(el('p', {}, 'tekst'), {})).toBeNull();
  expect(diagramPrintOf(el('svg', {}), {})).toBeNull();
  expect(svgMarkup('<&>', {})).toBe('&lt;&amp;&gt;');
});
