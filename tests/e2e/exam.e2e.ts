import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeEverywhere, goto, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A timed Proeftoets of ten questions (15 minutes) on a clock the test moves. */
async function startTimedExam(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
  await page.clock.install();
  await goto(page, '/proeftoets');
  await page.getByLabel(/Met tijd/).check();
  await page.getByRole('button', { name: 'Start de proeftoets' }).click();
  await page.getByRole('timer').waitFor();
  return page;
}

const bar = (page: Page) => page.locator('[data-exam-bar]');

describe('the timer of the Proeftoets', () => {
  test('turns amber, then red with "Nog 1 minuut", and says clearly when the time is up', async () => {
    const page = await startTimedExam(360);
    expect(await bar(page).getAttribute('data-urgency')).toBe('rustig');
    expect(await bar(page).innerText()).toContain('0 van 10 beantwoord');
    // By keyboard: the first choice option in the exam. Not just any input: the draw is random, and Space in
    // a fill-in-the-blank field types a blank, which is no answer.
    await page.locator('.test-question input:is([type="radio"], [type="checkbox"])').first().focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('[data-exam-bar]')?.textContent?.includes('1 van 10 beantwoord'));

    await page.clock.fastForward('12:30');
    await page.waitForFunction(() => document.querySelector('[data-exam-bar]')?.getAttribute('data-urgency') === 'oranje');
    await page.clock.fastForward('01:40');
    await page.waitForFunction(() => document.querySelector('[data-exam-bar]')?.getAttribute('data-urgency') === 'rood');
    expect(await page.getByRole('timer').innerText()).toContain('Nog 1 minuut');

    await page.clock.fastForward('01:00');
    const notice = page.getByRole('alert').filter({ hasText: 'De tijd is om.' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Je toets is vanzelf ingeleverd');
    expect(await page.getByRole('timer').count()).toBe(0);
    await page.close();
  });

  test('never covers a question: what is scrolled to stops below it', async () => {
    const page = await startTimedExam(360);
    const questions = page.locator('.test-question');
    for (const index of [3, 6]) {
      // Scrolling to a question (as a link or the browser's find does) puts its top below the bar.
      await questions.nth(index).evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
      const barBox = (await bar(page).boundingBox())!;
      const questionBox = (await questions.nth(index).boundingBox())!;
      expect(questionBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
    }
    await page.close();
  });

  test('axe finds nothing at 360 and 1280 px, light and dark, while the time runs out', async () => {
    const page = await startTimedExam(360);
    expect(await axeEverywhere(page)).toEqual([]);
    await page.clock.fastForward('14:10');
    await page.waitForFunction(() => document.querySelector('[data-exam-bar]')?.getAttribute('data-urgency') === 'rood');
    expect(await axeEverywhere(page)).toEqual([]);
    await page.clock.fastForward('01:00');
    await page.getByRole('alert').filter({ hasText: 'De tijd is om.' }).waitFor();
    expect(await axeEverywhere(page)).toEqual([]);
    await page.close();
  });
});
