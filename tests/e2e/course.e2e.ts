import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('around the lessons', () => {
  test('a term in a lesson opens in place and links on to the glossary, which links back to where it is explained', async () => {
    const { page, errors } = await openPage(browser, '/lessen/b2b-en-b2c');
    // The term opens in place; its card links on to the glossary.
    await page.locator('#begrip-dmu').click();
    await page.getByRole('link', { name: 'Naar de begrippenlijst' }).click();
    await page.waitForURL('**/begrippen#dmu');
    // The glossary offers its flashcards.
    expect(await page.getByRole('link', { name: 'Oefen de begrippen met flitskaarten' }).getAttribute('href')).toBe(
      '/begrippen/oefenen',
    );
    const entry = page.locator('#dmu');
    expect(await entry.innerText()).toContain('Decision Making Unit');
    await entry.getByRole('link', { name: /Zie les 3/ }).click();
    await page.waitForURL('**/lessen/b2b-en-b2c#begrip-dmu');
    expect(await page.locator('#begrip-dmu').innerText()).toBe('DMU');
    expect(errors).toEqual([]);
  });

  test('a closed section shows a chevron, which turns when it opens', async () => {
    const { page } = await openPage(browser, '/voortgang');
    const summary = page.locator('summary', { hasText: 'Les 1:' }).first();
    const chevron = () =>
      summary.evaluate((element) => {
        const style = getComputedStyle(element, '::before');
        return {
          // A summary styled as flex has no marker: the chevron is drawn, on every summary.
          visible: style.content !== 'none' && parseFloat(style.width) > 0 && style.display !== 'none',
          transform: style.transform,
        };
      });
    const closed = await chevron();
    expect(closed.visible).toBe(true);
    await summary.click();
    // It turns with a short transition: wait for it to end.
    await expect.poll(async () => (await chevron()).transform).not.toBe(closed.transform);
    expect((await chevron()).visible).toBe(true);
  });

  test('the final test scores only when handed in, and gives a result per lesson with links', async () => {
    const { page, errors } = await openPage(browser, '/eindtoets');
    const questions = page.locator('.test-question');
    expect(await questions.count()).toBe(30);
    // No per-question checking in a test.
    expect(await page.getByRole('button', { name: 'Controleer' }).count()).toBe(0);

    // Answer the true/false questions only, then hand in: the test warns first.
    for (const radio of await page.getByRole('radio', { name: 'Niet waar' }).all()) await radio.check();
    await page.getByRole('button', { name: 'Lever de toets in' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'Wil je toch inleveren?' }).innerText()).toContain(
      'telt als 0 punten',
    );
    await page.getByRole('button', { name: 'Toch inleveren' }).click();

    const result = page.getByRole('region', { name: /uitslag/ });
    await result.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-labelledby') === 'uitslag');
    const rows = result.locator('tbody tr');
    expect(await rows.count()).toBe(7);
    expect(await rows.first().getByRole('link').getAttribute('href')).toBe('/lessen/wat-is-een-customer-journey');
    expect(await result.innerText()).toContain('Lees deze les nog eens door.');
    // Each question now shows its verdict.
    expect(await page.locator('.test-question [data-verdict]').count()).toBe(30);

    await page.getByRole('button', { name: 'Maak de toets opnieuw' }).click();
    expect(await page.locator('[data-verdict]').count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Niet waar' }).first().isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });

  test.each([
    '/',
    '/begrippen',
    '/bronnen',
    '/eindtoets',
    '/lessen/het-7c-model',
    '/lessen/personas',
    '/lessen/de-fasen-van-de-klantreis',
    '/lessen/b2b-en-b2c',
    '/lessen/touchpoints-en-customer-journey-mapping',
    '/lessen/de-customer-journey-map',
    '/voortgang',
    '/oefenen',
    '/proeftoets',
  ])('axe-core finds no WCAG 2.2 AA violations on %s, and nothing is wider than a phone', async (path) => {
    const { page, errors } = await openPage(browser, path);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  });
});
