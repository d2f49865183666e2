import { beforeAll, describe, expect, test } from 'vitest';
import { loadStudioContent } from '@/lib/content/studio.server';
import { mapsToPdf } from '@/lib/server/studio-pdf.server';
import type { StudioContent } from '@/lib/studio/content';
import * as ops from '@/lib/studio/ops';
import { renderMapSvg } from '@/lib/studio/render-svg';
import { readPdf } from '../../support/pdf-text';

let content: StudioContent;
beforeAll(async () => {
  content = await loadStudioContent();
});
const example = () => content.starts.find((start) => start.id === 'anouk-e-bike')!.map;
const PHASES = ['Bewustwording', 'Oriëntatie', 'Keuze', 'Gebruik', 'Heroriëntatie'];

describe('mapsToPdf', () => {
  test('the worked example: one A4 landscape page, its text selectable, with the five phases; the Title', async () => {
    const map = example();
    const pdf = await mapsToPdf([{ svg: renderMapSvg(map), title: map.title }], { title: 'Klantreiskaart – Anouk' });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const read = readPdf(pdf);
    expect(read.pages).toHaveLength(1);
    expect(read.pages[0]!.mediaBox).toEqual([0, 0, 841.89, 595.28]);
    expect(read.title).toBe('Klantreiskaart – Anouk');
    const text = read.pages[0]!.text;
    for (const phase of PHASES) expect(text).toContain(phase);
    // WinAnsi beyond ASCII survives: curly quotes, ë and ï, the bullet, and a minus drawn as a hyphen.
    expect(text).toContain('“Ik wil de auto vaker laten staan.');
    expect(text).toContain('Beïnvloed door');
    expect(text).toContain('Moment of truth');
    expect(text).toMatch(/^-2$/m);
  });

  test('letters outside WinAnsi lose their mark instead of vanishing; an emoji becomes "?"', async () => {
    const map = ops.setTitle(example(), 'Şükrü en Łucja: één 😀 kaart');
    const read = readPdf(await mapsToPdf([{ svg: renderMapSvg(map), title: map.title }], { title: map.title }));
    expect(read.pages[0]!.text.split('\n')[0]).toBe('Sükrü en Lucja: één ? kaart');
    expect(read.title).toBe('Şükrü en Łucja: één 😀 kaart');
  });

  test('three maps make three pages, in order', async () => {
    const maps = content.starts.map((start) => ops.setTitle(start.map, `Kaart van ${start.id}`));
    const read = readPdf(
      await mapsToPdf(
        maps.map((map) => ({ svg: renderMapSvg(map), title: map.title })),
        { title: 'Klas 2B' },
      ),
    );
    expect(read.pages).toHaveLength(3);
    expect(read.pages.map((page) => page.text.split('\n')[0])).toEqual([
      'Kaart van leeg',
      'Kaart van anouk-e-bike',
      'Kaart van velovolt-zakelijk',
    ]);
    for (const page of read.pages) expect(page.mediaBox).toEqual([0, 0, 841.89, 595.28]);
  });
});
