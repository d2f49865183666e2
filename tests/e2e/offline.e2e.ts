// Offline (issue 19): one visit to the home page makes the whole course work without a connection,
// the progress made offline stays, and a new build's service worker waits until the student says
// "Vernieuwen". The other browser tests block the service worker (tests/e2e/browser.ts); this file allows it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launchBrowser, reachExercise, recordErrors, settle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The built service worker that scripts/server.mjs serves (scripts/build-sw.mjs). */
const WORKER = path.resolve(import.meta.dirname, '../../.next/klantreis-sw.js');

const LESSONS = ['/lessen/wat-is-een-customer-journey', '/lessen/b2b-en-b2c', '/lessen/het-7c-model'] as const;

/** A student's browser with the service worker allowed, after one visit to the home page. */
async function visitedOnce(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    serviceWorkers: 'allow',
    baseURL: baseUrl,
    viewport: { width: 360, height: 800 },
  });
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto('/', { waitUntil: 'load' });
  await settle(page);
  // Ready = installed (every file precached) and active; it then controls the page (clientsClaim).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page, errors };
}

/** Opens a page without a connection: it must come whole from the service worker. */
async function openOffline(page: Page, path: string): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  expect(response?.fromServiceWorker(), path).toBe(true);
  await settle(page);
}

/** Failed fetches while offline are expected (Next's link prefetches); anything else is an error. */
const realErrors = (errors: string[]) =>
  errors.filter((error) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(error));

describe('offline', () => {
  test('after one visit, lessons, the glossary, exercises and a Proeftoets work without a connection, and nothing is lost', async () => {
    const { context, page, errors } = await visitedOnce();
    await context.setOffline(true);

    for (const lesson of LESSONS) {
      await openOffline(page, lesson);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('section[data-exercise]').count()).toBeGreaterThan(0);
    }
    // Following a link (a client-side navigation in Next, which falls back to a full one offline).
    await page.getByRole('link', { name: /^Volgende les:/ }).click();
    await page.waitForURL(/\/lessen\/het-7c-model$|\/lessen\/touchpoints/);
    await settle(page);
    expect(await page.locator('h1').innerText()).not.toBe('');
    await openOffline(page, '/begrippen');
    expect(await page.locator('h1').innerText()).toContain('Begrippen');
    expect(await page.locator('dt').count()).toBeGreaterThan(20);

    // An exercise, checked offline: the first of lesson 1, answered right.
    await openOffline(page, LESSONS[0]);
    const exercise = page.locator('section[data-exercise]').first();
    await reachExercise(exercise);
    await exercise.getByRole('radio', { name: /door de ogen van de klant/ }).check();
    await exercise.getByRole('button', { name: 'Controleer' }).click();
    await exercise.locator('[data-verdict]').waitFor();
    expect(await exercise.locator('[data-verdict]').innerText()).toContain('Score: 1 van 1 punt');

    // A Proeftoets, offline, from start to result.
    await openOffline(page, '/proeftoets');
    await page.getByRole('button', { name: 'Start de proeftoets' }).click();
    for (const radio of await page.getByRole('radio', { name: 'Waar', exact: true }).all()) await radio.check();
    await page.getByRole('button', { name: 'Lever de toets in' }).click();
    await page.getByRole('button', { name: 'Toch inleveren' }).click();
    await page.getByRole('region', { name: /uitslag/ }).waitFor();

    // The progress page, offline, shows both.
    await openOffline(page, '/voortgang');
    await page.locator('.exam-history li').first().waitFor();
    const progress = await page.locator('main').innerText();

    // A page that needs the server gets the Dutch offline page.
    const docent = await page.goto('/docent', { waitUntil: 'load' });
    expect(docent?.fromServiceWorker()).toBe(true);
    expect(await page.locator('h1').innerText()).toBe('Deze pagina heeft internet nodig');

    // Back online: everything is still there.
    await context.setOffline(false);
    await page.goto('/voortgang', { waitUntil: 'load' });
    await settle(page);
    await page.locator('.exam-history li').first().waitFor();
    expect(await page.locator('main').innerText()).toBe(progress);
    expect(await page.locator('.exam-history li').count()).toBe(1);
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });

  test('a new build: the student sees "Er is een nieuwe versie", and after Vernieuwen the new version runs with the progress kept', async () => {
    const { context, page, errors } = await visitedOnce();
    await page.goto(LESSONS[0], { waitUntil: 'load' });
    await settle(page);
    const exercise = page.locator('section[data-exercise]').first();
    await reachExercise(exercise);
    await exercise.getByRole('radio', { name: /door de ogen van de klant/ }).check();
    await exercise.getByRole('button', { name: 'Controleer' }).click();
    await exercise.locator('[data-verdict]').waitFor();
    const progress = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('klantreis.voortgang.v3') ?? 'null') as { exercises: object } | null);
    const saved = await progress();
    expect(Object.keys(saved?.exercises ?? {})).toHaveLength(1);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

    // The next build: its worker differs (here: one page's revision), as a real new build's does.
    // The server serves a worker built again without a restart; the file is put back afterwards
    // (the other browser tests block service workers, so no other test sees it).
    const built = readFileSync(WORKER);
    const next = built.toString().replace(/(revision"?:\s*")([0-9a-f]+)"/, '$1nieuw$2"');
    expect(next).not.toBe(built.toString());
    writeFileSync(WORKER, next);
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    } finally {
      writeFileSync(WORKER, built);
    }
    const prompt = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie' });
    await prompt.waitFor();
    // Nothing changes until the student chooses it: the old worker still runs this page.
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Vernieuwen' }).click();
    await reloaded;
    await settle(page);
    expect(await prompt.count()).toBe(0);
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting ?? null, active: registration?.active?.state };
    });
    expect(state).toEqual({ waiting: null, active: 'activated' });
    // The progress is the same (the visit to the lesson is one more, later).
    expect((await progress())?.exercises).toEqual(saved?.exercises);
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });
});
