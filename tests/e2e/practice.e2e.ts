import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeEverywhere, axeViolations, goto, launchBrowser, openPage } from './browser';

const LESSON = '/lessen/wat-is-een-customer-journey';
/** Opening a lesson is saved once the progress store has loaded, just after the page is idle. */
const lessonVisited = (page: Page) =>
  page.waitForFunction(() => localStorage.getItem('klantreis.voortgang.v3')?.includes('"visitedAt"'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Oefenen', () => {
  test('asks to open a lesson first; then offers that lesson and ends with a summary', async () => {
    const { page, errors } = await openPage(browser, '/oefenen');
    const note = page.getByText(/Open eerst een les/);
    await note.waitFor();
    expect(await note.getByRole('link').getAttribute('href')).toBe(LESSON);
    expect(await axeViolations(page)).toEqual([]);

    await goto(page, LESSON);
    await lessonVisited(page);
    await goto(page, '/oefenen');
    await page.getByText('De afgelopen 7 dagen heb je nog niet geoefend. Je doel is 4 dagen per week.').waitFor();
    await page.getByRole('button', { name: 'Start (5 oefeningen)' }).click();
    const exercise = page.locator('section[data-exercise]');
    await exercise.getByRole('radio', { name: /door de ogen van de klant/ }).check();
    await exercise.getByRole('button', { name: 'Controleer' }).click();
    await exercise.getByText('Goed!').waitFor();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Volgende oefening' }).click();
    await page.getByRole('button', { name: 'Sessie afronden' }).click();
    const done = page.getByRole('region', { name: 'Klaar!' });
    await done.getByText(/^1 van 1 goed\. 1 komt (vandaag nog|morgen|later) terug\.$/).waitFor();
    expect(await done.innerText()).toContain('De afgelopen 7 dagen oefende je op 1 dag.');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('Begrippen oefenen', () => {
  test('flashcards by keyboard at 360 px, saved as begrip- cards; axe clean at 360 and 1280 px, light and dark', async () => {
    const { page, errors } = await openPage(browser, LESSON, 360);
    await lessonVisited(page);
    await goto(page, '/begrippen/oefenen');
    const start = page.getByRole('button', { name: /^Start \(\d+ kaarten\)$/ });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Kaart 1 van \d+$/ }).waitFor();
    const card = page.locator('[data-flashcard]');
    expect(await card.textContent()).toContain('Voorkant: het begrip');
    expect(await axeEverywhere(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Draai de kaart om' }).focus();
    await page.keyboard.press('Space');
    await card.getByText(/Achterkant/).waitFor();
    // Focus moves to "Ik wist het" (after the turned card has rendered): Enter then grades.
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Ik wist het');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Kaart 2 van \d+$/ }).waitFor();
    expect(await axeEverywhere(page)).toEqual([]);
    const ids = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('klantreis.voortgang.v3')!).exercises));
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^begrip-[a-z0-9-]+-uitleg$/);
    // A flashcard is no review in the nav badge.
    expect(await page.getByRole('link', { name: /herhaling/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
