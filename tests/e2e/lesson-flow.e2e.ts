import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeEverywhere, launchBrowser, openPage, reachExercise, tabTo } from './browser';

// The lesson flow of issue 14: glossary terms open in place (item 10), and the lesson ends with a
// card that holds the score, the goals, what to review, "gelezen" and the next lesson (item 5).

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a glossary term in a lesson', () => {
  test('opens its definition in place by keyboard; Escape closes it and focus returns to the term', async () => {
    const { page, errors } = await openPage(browser, '/lessen/b2b-en-b2c');
    const term = page.locator('#begrip-dmu');
    expect(await term.evaluate((element) => element.tagName)).toBe('BUTTON');
    await tabTo(page, "el.id === 'begrip-dmu'", 120);
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: 'Begrip: DMU (Decision Making Unit)' });
    await popover.waitFor();
    expect(await popover.innerText()).toContain('inkoopcentrum');
    const link = popover.getByRole('link', { name: 'Naar de begrippenlijst' });
    expect(await link.getAttribute('href')).toBe('/begrippen#dmu');
    // The popover fits a 360 px screen.
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);

    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('begrip-dmu');
    // Still in the lesson: the term did not navigate.
    expect(new URL(page.url()).pathname).toBe('/lessen/b2b-en-b2c');
    expect(errors).toEqual([]);
  });

  test('its link leads to the glossary, which links back to the term', async () => {
    const { page } = await openPage(browser, '/lessen/b2b-en-b2c');
    await page.locator('#begrip-dmu').click();
    await page.getByRole('link', { name: 'Naar de begrippenlijst' }).click();
    await page.waitForURL('**/begrippen#dmu');
    await page
      .locator('#dmu')
      .getByRole('link', { name: /Zie les 3/ })
      .click();
    await page.waitForURL('**/lessen/b2b-en-b2c#begrip-dmu');
    expect(await page.locator('#begrip-dmu').innerText()).toBe('DMU');
  });

  test('axe finds nothing with a term open and with the end card loaded, at 360 and 1280 px, light and dark', async () => {
    const { page } = await openPage(browser, '/lessen/b2b-en-b2c');
    await page.locator('[data-lesson-end] [data-lesson-score]').waitFor();
    await page.locator('#begrip-dmu').click();
    await page.getByRole('dialog', { name: /Begrip: DMU/ }).waitFor();
    expect(await axeEverywhere(page)).toEqual([]);
  });
});

describe('the end of a lesson', () => {
  test('"Ik heb deze les gelezen" and the next lesson come after the last exercise; the card follows the exercises', async () => {
    const { page, errors } = await openPage(browser, '/lessen/wat-is-een-customer-journey');
    const card = page.getByRole('region', { name: 'Einde van de les' });
    const score = card.locator('[data-lesson-score]');
    await score.getByText(/0 van 18 oefeningen gedaan/).waitFor();
    const follows = await page.evaluate(() => {
      const exercises = document.querySelectorAll('section[data-exercise]');
      const last = exercises[exercises.length - 1]!;
      const toggle = [...document.querySelectorAll('label')].find((label) =>
        label.textContent?.includes('Ik heb deze les gelezen'),
      )!;
      return Boolean(last.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(follows).toBe(true);
    expect(await page.getByLabel('Ik heb deze les gelezen').count()).toBe(1);
    expect(await card.getByRole('link', { name: 'Volgende les: De fasen van de klantreis' }).getAttribute('href')).toBe(
      '/lessen/de-fasen-van-de-klantreis',
    );

    // A wrong answer shows up in the card at once, with a link back to the exercise.
    const exercise = page.locator('section[data-exercise]').first();
    await reachExercise(exercise);
    await exercise.getByRole('radio', { name: /verkoper/ }).check();
    await exercise.getByRole('button', { name: 'Controleer' }).click();
    await score.getByText(/1 van 18 oefeningen gedaan/).waitFor();
    await card.getByRole('link', { name: 'Oefening 1' }).first().click();
    expect(new URL(page.url()).hash).toBe('#oefening-cj-definitie');
    expect(errors).toEqual([]);
  });
});
