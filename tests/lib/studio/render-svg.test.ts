// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import * as ops from '@/lib/studio/ops';
import { describeEmotion, drawingText, renderMapSvg, textWidth, toWinAnsi, wrapText } from '@/lib/studio/render-svg';
import { blank, sample } from './fixtures';

/** Parses the SVG as XML (fails on anything not well formed) and returns the document. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((node) => node.textContent ?? '');

describe('renderMapSvg', () => {
  test('a standalone A4 landscape SVG with no external references, fonts Helvetica first', () => {
    const svg = renderMapSvg(sample());
    const root = parse(svg).documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual([
      '842pt',
      '595pt',
      '0 0 842 595',
    ]);
    expect(root.getAttribute('font-family')).toMatch(/^Helvetica, Arial, .*sans-serif$/);
    expect(svg).not.toMatch(/href|url\(|<image|@import|<script|<foreignObject/i);
  });

  test('escapes text and removes what XML forbids', () => {
    let map = ops.setPersona(sample(), 'name', 'Sem <b>&amp; "co"</b>');
    map = ops.updateNote(map, 'n3', { text: 'a\u0007b </text><script>x</script>' });
    map = ops.setTitle(map, "Kaart & 'titel'");
    const doc = parse(renderMapSvg(map));
    expect(doc.querySelector('title')?.textContent).toBe("Kaart & 'titel'");
    expect(doc.querySelector('script')).toBeNull();
    const all = texts(doc).join('\n');
    expect(all).toContain('Sem <b>&amp; "co"</b>');
    expect(all).toContain('a b </text><script>x</script>');
  });

  test('the minus sign becomes a hyphen (WinAnsi has none), in text and scale', () => {
    let map = ops.updateNote(sample(), 'n3', { text: 'Score −2 − slecht' });
    map = ops.setEmotion(map, 'f1', -2);
    const svg = renderMapSvg(map);
    expect(svg).not.toContain('\u2212');
    const all = texts(parse(svg));
    expect(all).toContain('Score -2 - slecht');
    expect(all).toContain('-2');
    expect(drawingText('a\u2212b')).toBe('a-b');
  });

  test('phases, lane names, touchpoint details and the moment of truth are drawn', () => {
    const all = texts(parse(renderMapSvg(sample(), { parts: 'journey' })));
    for (const name of [
      'Bewustwording',
      'Oriëntatie',
      'Keuze',
      'Gebruik',
      'Heroriëntatie',
      'Klantacties',
      'Touchpoints',
      'Emotiecurve',
      'Kansen',
    ]) {
      expect(all).toContain(name);
    }
    expect(all).toContain('Instagram · online · paid');
    expect(all).toContain('Moment of truth');
    // Only the journey: no persona, no empathy map.
    expect(all).not.toContain('Core values');
    expect(all).not.toContain('Doet');
  });

  test('a hidden lane is not drawn; channel and kind show only on touchpoints', () => {
    const map = ops.moveNote(ops.setLaneHidden(sample(), 'thoughts', true), 'n1', { lane: 'actions' });
    const all = texts(parse(renderMapSvg(map, { parts: 'journey' })));
    expect(all).not.toContain('Gedachten en gevoelens');
    expect(all).toContain('Advertentie');
    expect(all).not.toContain('Instagram · online · paid');
  });

  test('a full cell shows what fits and says "+N meer"', () => {
    let map = blank();
    for (let i = 0; i < 30; i++)
      map = ops.addNote(map, { phase: 'f1', lane: 'actions', text: `Notitie ${i} met wat tekst erbij om te vullen` }, `n${i}`);
    const all = texts(parse(renderMapSvg(map, { parts: 'all' })));
    const more = all.find((text) => /^\+\d+ meer$/.test(text));
    expect(more).toBeDefined();
    const shown = all.filter((text) => text.startsWith('Notitie')).length;
    expect(shown + Number(more!.match(/\d+/)![0])).toBe(30);
  });

  test('the emotion curve is a path through the scored phases, with a gap for an unscored one', () => {
    let map = blank();
    for (const [id, score] of [
      ['f1', -1],
      ['f2', 1],
      ['f4', 2],
      ['f5', 0],
    ] as const)
      map = ops.setEmotion(map, id, score);
    const path = parse(renderMapSvg(map, { parts: 'journey' }))
      .querySelector('path')!
      .getAttribute('d')!;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(2);
    expect(parse(renderMapSvg(blank(), { parts: 'journey' })).querySelector('path')).toBeNull();
  });

  test('persona and empathy parts; the title option', () => {
    const persona = texts(
      parse(renderMapSvg(ops.setPersona(sample(), 'name', 'Anouk'), { parts: 'persona', title: 'Mijn persona' })),
    );
    expect(persona[0]).toBe('Mijn persona');
    expect(persona).toContain('Core values');
    expect(persona).not.toContain('Bewustwording');
    const empathy = texts(parse(renderMapSvg(sample(), { parts: 'empathy' })));
    expect(empathy).toEqual(expect.arrayContaining(['Doet', 'Voelt', 'Wil', 'Beïnvloed door', 'Problemen', 'Twijfelt']));
  });
});

describe('text helpers', () => {
  test('textWidth uses Helvetica widths', () => {
    expect(textWidth('Hi', 10)).toBeCloseTo(((722 + 222) * 10) / 1000);
    expect(textWidth('é', 10)).toBe(textWidth('e', 10));
    expect(textWidth('A', 10, true)).toBeGreaterThan(textWidth('A', 10));
  });
  test('wrapText wraps, breaks long words and cuts with …', () => {
    const lines = wrapText('een twee drie vier vijf zes zeven acht', 40, 10);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(40);
    expect(wrapText('x'.repeat(50), 30, 10).every((line) => textWidth(line, 10) <= 30)).toBe(true);
    const cut = wrapText('een twee drie vier vijf zes zeven acht', 40, 10, { maxLines: 2 });
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});

describe('toWinAnsi (for the PDF)', () => {
  test('keeps WinAnsi, strips marks it lacks, maps a few letters, and "?" for the rest', () => {
    expect(toWinAnsi('Oriëntatie “café” – € 3.000 • ok')).toBe('Oriëntatie “café” – € 3.000 • ok');
    expect(toWinAnsi('Şükrü Łódź ĳ − 😀 日本')).toBe('Sükrü Lódz ? - ? ??');
  });
});

describe('describeEmotion', () => {
  test('lists every phase and names the lowest and highest point', () => {
    let map = blank();
    for (const [id, score] of [
      ['f1', -1],
      ['f2', 0],
      ['f3', -2],
      ['f4', 2],
    ] as const)
      map = ops.setEmotion(map, id, score);
    expect(describeEmotion(map)).toBe(
      'Emotie per fase: Bewustwording −1, Oriëntatie 0, Keuze −2, Gebruik +2, Heroriëntatie geen score; laagste punt: Keuze; hoogste punt: Gebruik.',
    );
    expect(describeEmotion(blank())).toBe('Emotie per fase: nog geen scores.');
    const flat = ops.setEmotion(ops.setEmotion(blank(['A', 'B']), 'f1', 1), 'f2', 1);
    expect(describeEmotion(flat)).toBe('Emotie per fase: A +1, B +1; overal even hoog.');
  });
});
