// The Klantreis-studio in Chromium: a map built by keyboard only survives a reload and exports as
// PNG and PDF; axe finds nothing on /studio and the editor at 360 and 1280 px, light and dark.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPdf } from '../support/pdf-text';
import { axeEverywhere, launchBrowser, openPage, reload, tabTo } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A predicate for tabTo: the focused element's accessible text starts with `text`. */
const named = (text: string) =>
  `((el.getAttribute('aria-label') ?? (el.labels?.[0]?.textContent ?? el.textContent ?? '')).replace(/\\s+/g, ' ').trim().startsWith(${JSON.stringify(text)}))`;

/** From /studio, a new map of the all-parts template from the empty start, by keyboard. */
async function newMapByKeyboard(page: Page) {
  await page.getByRole('button', { name: 'Maak kaart' }).waitFor();
  await page.getByText('Je hebt nog geen kaarten in deze browser.').waitFor();
  await tabTo(page, `el.tagName === 'BUTTON' && ${named('Maak kaart')}`, 80);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/studio\/kaart\?id=/);
  await page.getByRole('heading', { name: 'Persona', level: 2 }).waitFor();
}

describe('Klantreis-studio', () => {
  test('a map built by keyboard only survives a reload and exports as PNG and PDF', async () => {
    const { page, errors } = await openPage(browser, '/studio', 1280);
    await newMapByKeyboard(page);

    await tabTo(page, `el.tagName === 'INPUT' && ${named('Naam')}`, 40);
    await page.keyboard.type('Sam');
    const firstPhase = (await page.getByRole('textbox', { name: 'Naam van fase 1' }).inputValue()).trim();
    await tabTo(page, `el.tagName === 'BUTTON' && ${named(`+ Klantactie in ${firstPhase}`)}`, 200);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Zoekt reviews');
    await page.keyboard.press('Enter'); // the next note in the same cell
    await page.keyboard.type('Vraagt een vriend');
    await tabTo(page, `el.tagName === 'SELECT' && ${named(`Emotie in ${firstPhase}`)}`, 60);
    await page.keyboard.press('ArrowDown'); // "Nog geen score" → "+2 heel positief"
    await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();

    await reload(page);
    await expect.poll(() => page.getByRole('textbox', { name: 'Naam', exact: true }).inputValue()).toBe('Sam');
    expect(await page.getByRole('textbox', { name: `Klantactie 1 in ${firstPhase}` }).inputValue()).toBe('Zoekt reviews');
    expect(await page.getByRole('textbox', { name: `Klantactie 2 in ${firstPhase}` }).inputValue()).toBe('Vraagt een vriend');
    expect(await page.getByRole('combobox', { name: `Emotie in ${firstPhase}` }).inputValue()).toBe('2');

    await tabTo(page, `el.tagName === 'BUTTON' && ${named('Download PNG')}`, 30);
    const png = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const pngFile = readFileSync(await (await png).path());
    expect([...pngFile.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    await page.keyboard.press('Tab');
    const pdf = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const pdfDownload = await pdf;
    expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfFile = readFileSync(await pdfDownload.path());
    expect(pdfFile.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages } = readPdf(pdfFile);
    expect(pages).toHaveLength(1);
    const [, , width, height] = pages[0]!.mediaBox;
    expect(width).toBeGreaterThan(height!);
    const phases = await page
      .locator('input[data-focus^="phase-"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(phases.length).toBeGreaterThan(0);
    for (const phase of phases) expect(pages[0]!.text).toContain(phase);
    expect(errors).toEqual([]);
  });

  test('axe finds nothing on /studio and the editor, at 360 and 1280 px, light and dark', async () => {
    const { page, errors } = await openPage(browser, '/studio', 1280);
    await page.getByText('Je hebt nog geen kaarten in deze browser.').waitFor();
    expect(await axeEverywhere(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Maak kaart' }).click();
    await page.waitForURL(/\/studio\/kaart\?id=/);
    // The empty map with one note (a small page keeps axe quick), its options and the text view open.
    await page
      .getByRole('button', { name: /^\+ Touchpoint in / })
      .first()
      .click();
    await page.locator('details summary').first().click();
    await page.getByText('Tekstweergave').click();
    expect(await axeEverywhere(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
