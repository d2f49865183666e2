import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeEverywhere, baseUrl, exerciseAwake, launchBrowser, openPage, reachExercise } from './browser';

const LESSON = '/lessen/wat-is-een-customer-journey';
const INSTRUCTIONS = [
  'Kies één antwoord',
  'Kies alle goede antwoorden',
  'Waar of niet waar?',
  'Zet in de goede volgorde',
  'Zet elk item in de goede groep',
  'Koppel elk begrip aan het goede antwoord',
  'Vul de open plekken in',
  'Schrijf je antwoord en kijk het zelf na',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Gives every exercise some answer (by the non-drag paths), checks it, and asks for the solution. */
async function answerAndCheckAll(page: Page) {
  for (const exercise of await page.locator('section[data-exercise]').all()) {
    await reachExercise(exercise);
    const radio = exercise.locator('input[type=radio], input[type=checkbox]').first();
    if (await radio.count()) await radio.check();
    const blank = exercise.getByRole('textbox', { name: /^Open plek/ }).first();
    if (await blank.count()) await blank.fill('klantreis');
    const down = exercise.locator('[data-row] button[aria-label]:not([disabled])').first();
    if (await down.count()) await down.click();
    const chip = exercise.locator('[data-drop-zone=""] [data-item]').first();
    if (await chip.count()) {
      await chip.click();
      await exercise
        .getByRole('button', { name: /^(Zet hier|Koppel hier|Zet terug)/ })
        .last()
        .click();
    }
    const textarea = exercise.locator('textarea');
    if (await textarea.count()) {
      // The open exercise: write, compare with the model answer, tick a point, and finish marking.
      await textarea.fill('Mijn antwoord.');
      await exercise.getByRole('button', { name: 'Vergelijk met het modelantwoord' }).click();
      await exercise.getByRole('checkbox').first().check();
    }
    await exercise.getByRole('button', { name: /^(Controleer|Klaar met nakijken)$/ }).click();
    await exercise.locator('[data-verdict]').waitFor();
    const reveal = exercise.getByRole('button', { name: 'Toon antwoord' });
    if (await reveal.count()) await reveal.click();
  }
}

describe('accessibility of a lesson with every exercise type', () => {
  test('the lesson has one exercise of each type', async () => {
    const { page } = await openPage(browser, LESSON);
    // Numbered in lesson order: "Oefening 3 van 12 · Zet in de goede volgorde".
    const kickers = await page.getByText(/Oefening \d+ van \d+ · /).allInnerTexts();
    expect(kickers[0]).toMatch(/^✎ Oefening 1 van \d+ · /);
    for (const instruction of INSTRUCTIONS) expect(kickers.some((kicker) => kicker.includes(instruction))).toBe(true);
  });

  test('axe-core finds no WCAG 2.2 AA violations at 360 and 1280 px, light and dark, before and after checking', async () => {
    const { page, errors } = await openPage(browser, LESSON, 1280);
    expect(await axeEverywhere(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await answerAndCheckAll(page);
    expect(await page.locator('[data-verdict]').count()).toBe(await page.locator('section[data-exercise]').count());
    expect(await axeEverywhere(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a lesson exercise looks the same before its code has arrived (a slow line) as after it wakes', async () => {
    // The scripts the lesson's HTML loads come at once; those it loads later (the exercise code, the
    // progress store) are held back until the test lets them through.
    const html = await (await fetch(new URL(LESSON, baseUrl))).text();
    // Every exercise is in the HTML. (React writes those past the page's first 12,800 bytes at its end,
    // as hidden segments that its inline script moves into place in a later frame.)
    expect(html.match(/<section class="exercise"/g)?.length).toBe(18);
    const initial = new Set([...html.matchAll(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map((match) => match[1]));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      if (!initial.has(new URL(route.request().url()).pathname)) {
        held++;
        await released;
      }
      await route.continue();
    });
    await page.goto(new URL(LESSON, baseUrl).href, { waitUntil: 'load' });
    const exercise = page.locator('section[data-exercise]').nth(2);
    // Scrolled to (again until it takes: just after load, before the first frame, a scroll may not).
    await exercise.evaluate(
      (element) =>
        new Promise<void>((resolve) => {
          const scroll = () => {
            element.scrollIntoView({ block: 'start', behavior: 'instant' });
            if (scrollY > 0) resolve();
            else setTimeout(scroll, 50);
          };
          scroll();
        }),
    );
    const asleep = await exercise.boundingBox();
    expect(held).toBeGreaterThan(0);
    expect(await page.locator('[data-hydrated]').count()).toBe(0);
    release();
    await exerciseAwake(exercise);
    expect(await exercise.boundingBox()).toEqual(asleep);
    await page.close();
  });

  /** The layout shifts a page has had, summed in the page while the test scrolls it. */
  type Held = { shifted: number; add: (entries: PerformanceEntryList) => void; shifts: PerformanceObserver };

  test.each([LESSON, '/'])(
    'nothing shifts while %s loads, takes its shuffled order and shows progress, nor while its exercises wake on the way down',
    async (path) => {
      const { page } = await openPage(browser, path);
      // Settled: the progress (read after hydration) is shown.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-progress-badge]')].every((badge) => badge.hasAttribute('data-mastery')),
      );
      await page.evaluate(() => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
        const held = window as unknown as Held;
        held.shifted = 0;
        held.add = (entries) => (entries as Shift[]).forEach((entry) => (held.shifted += entry.hadRecentInput ? 0 : entry.value));
        held.shifts = new PerformanceObserver((list) => held.add(list.getEntries()));
        held.shifts.observe({ type: 'layout-shift', buffered: true });
      });
      // Down the page half a screen at a time, as a student reads: the lesson exercises in view wake
      // (hydrate and take the student's order) before the next step. (Scrolled smoothly and restarted
      // every few frames, Chrome skipped the intersection checks in between, and exercises passed that
      // way stayed asleep until they came near again.)
      // To the end of the page as it is at each step (it can still grow while it loads).
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < (await height()); y += 400) {
        await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), y);
        await page.waitForFunction(() =>
          [...document.querySelectorAll('[data-hydrate]')]
            .filter((wrapper) => {
              const { top, bottom } = wrapper.getBoundingClientRect();
              return bottom > 0 && top < innerHeight;
            })
            .every(
              (wrapper) => wrapper.hasAttribute('data-hydrated') && !wrapper.querySelector('[data-shuffled]:not([data-ready])'),
            ),
        );
      }
      const shift = await page.evaluate(async () => {
        const held = window as unknown as Held;
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        // Two frames after the last change, every shift it caused has been reported.
        await frame();
        await frame();
        held.add(held.shifts.takeRecords());
        held.shifts.disconnect();
        return held.shifted;
      });
      expect(await page.locator('[data-hydrate]:not([data-hydrated]), [data-shuffled]:not([data-ready])').count()).toBe(0);
      expect(shift).toBe(0);
    },
  );
});
