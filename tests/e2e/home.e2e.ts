import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeEverywhere, axeViolations, launchBrowser, openPage, reload } from './browser';

const STORAGE_KEY = 'klantreis.voortgang.v3';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const NOW = new Date().toISOString();
const right = { attempts: 1, best: 1, last: 1, lastAt: NOW };

/** Saves progress in the page's browser and reloads, as a returning student. */
async function withProgress(page: Page, progress: object) {
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify({ version: 2, exercises: {}, lessons: {}, ...progress })],
  );
  await reload(page);
}

describe('the home page', () => {
  test('the course map: stations with their state, no overflow, axe clean at 360 and 1280 px, light and dark', async () => {
    const { page, errors } = await openPage(browser, '/');
    await withProgress(page, {
      lastLesson: 'wat-is-een-customer-journey',
      lessons: { 'wat-is-een-customer-journey': { visitedAt: NOW } },
      exercises: { 'cj-definitie': right },
    });
    const map = page.getByRole('region', { name: 'Jouw klantreis' });
    const stations = map.getByRole('listitem');
    await stations.first().getByText('Bezig').waitFor();
    expect(await stations.count()).toBe(7);
    expect(await stations.nth(1).getAttribute('data-state')).toBe('niet-gestart');
    expect(await stations.first().getByRole('link').getAttribute('href')).toBe('/lessen/wat-is-een-customer-journey');
    expect(await axeEverywhere(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a wrong code of the teacher is answered on the home page, keeping what was typed', async () => {
    const { page, errors } = await openPage(browser, '/');
    // A student told to type the code finds the way to it at the top of the page.
    await page.locator('header').getByRole('link', { name: 'Heb je een code van je docent?' }).click();
    await page.waitForURL('**/#code-van-je-docent');
    const field = page.getByRole('textbox', { name: 'Code van je docent' });
    await field.fill('abc-234');
    await page.getByRole('button', { name: 'Naar de opdracht' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Er is geen opdracht met deze code' });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await field.inputValue()).toBe('abc-234');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('code');

    await field.fill('xx');
    await page.getByRole('button', { name: 'Naar de opdracht' }).click();
    await page.getByRole('alert').filter({ hasText: 'Dit is geen geldige code' }).waitFor();
    expect(await field.inputValue()).toBe('xx');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('without JavaScript, /opdracht answers a code that does not exist in place instead of a dead end', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL('/opdracht?code=abc234', (await import('./browser')).baseUrl).href);
    expect(new URL(page.url()).pathname).toBe('/opdracht');
    expect(await page.getByText('Er is geen opdracht met deze code').count()).toBe(1);
    expect(await page.getByLabel('Code').inputValue()).toBe('abc234');
    await context.close();
  });

  test('the nav badge names the reviews due, and the menu does not move for it', async () => {
    const { page, errors } = await openPage(browser, '/', 360);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const before = await nav.getByRole('link', { name: 'Proeftoets' }).boundingBox();
    const past = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString();
    const card = {
      due: past,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      last_review: past,
    };
    await withProgress(page, {
      exercises: {
        'cj-definitie': { ...right, lastAt: past, card },
        'cj-fasen': { ...right, lastAt: past, card },
        'begrip-persona-term': { ...right, lastAt: past, card },
      },
    });
    await nav.getByRole('link', { name: 'Oefenen, 2 herhalingen klaar' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Proeftoets' }).boundingBox()).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
