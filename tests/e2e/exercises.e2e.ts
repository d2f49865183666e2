import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Categorize, Exercise, Matching, Ordering } from '../../lib/scoring';
import { exerciseAwake, launchBrowser, openPage, reachExercise, reload, tabTo } from './browser';

const LESSON = '/lessen/wat-is-een-customer-journey';
// The key comes from the bank itself, so these tests follow the content when it changes.
const bank = parse(readFileSync('content/exercises/01-wat-is-een-customer-journey.yaml', 'utf8')) as Exercise[];
const exerciseOf = <T extends Exercise['type']>(type: T) =>
  bank.find((exercise): exercise is Extract<Exercise, { type: T }> => exercise.type === type)!;
const ordering: Ordering = exerciseOf('ordering');
const categorize: Categorize = exerciseOf('categorize');
const matching: Matching = exerciseOf('matching');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const section = (page: Page, exercise: Exercise) =>
  page.locator('section[data-exercise]', { hasText: exercise.prompt.slice(0, 40) });
const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement?.querySelector('[data-drag-text]') ?? document.activeElement)?.textContent ?? '');
const orderOf = (exercise: Locator) => exercise.locator('ol[data-shuffled] [data-drag-text]').allInnerTexts();

async function checkAndRead(page: Page, exercise: Locator, byKeyboard: boolean) {
  if (byKeyboard) {
    await tabTo(page, "el.textContent === 'Controleer'");
    await page.keyboard.press('Enter');
  } else {
    await exercise.getByRole('button', { name: 'Controleer' }).click();
  }
  const result = exercise.locator('[data-verdict]');
  await result.waitFor();
  return result.innerText();
}

/** Presses the mouse on `from`'s grip and drags it to (x, y) in small steps, as a hand would. */
async function drag(page: Page, grip: Locator, x: number, y: number) {
  const box = (await grip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.up();
}

/** Scrolls at once (the site scrolls smoothly, which would move targets while the test measures). */
const scrollTo = (locator: Locator, block: 'start' | 'center') =>
  locator.evaluate((element, where) => element.scrollIntoView({ block: where, behavior: 'instant' }), block);

const centre = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

describe('ordering (Zet in de goede volgorde)', () => {
  const correct = ordering.items.map((item) => item.text);

  test('done by keyboard only: Tab to a step, Space, arrows, Space', async () => {
    const { page, errors } = await openPage(browser, LESSON);
    const exercise = section(page, ordering);
    await tabTo(page, "el.matches('ol[data-shuffled] [data-item]')");
    // Reached by Tab, it wakes with the focus; the student reads the steps once they have settled.
    await exerciseAwake(exercise);
    let focus = 0;
    for (const [target, text] of correct.entries()) {
      const from = (await orderOf(exercise)).indexOf(text);
      for (; focus < from; focus++) await page.keyboard.press('Tab');
      for (; focus > from; focus--) await page.keyboard.press('Shift+Tab');
      if (from === target) continue;
      await page.keyboard.press('Space');
      for (let i = from; i > target; i--) await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Space');
      focus = target;
      // The moved step keeps the focus, although it moved in the DOM.
      expect(await focusedText(page)).toBe(text);
    }
    expect(await orderOf(exercise)).toEqual(correct);
    expect(await exercise.getByRole('status').innerText()).toContain('neergezet op plaats');
    const result = await checkAndRead(page, exercise, true);
    expect(result).toContain('Goed!');
    expect(result).toContain(`Alle ${correct.length} stappen staan op de goede plek.`);
    expect(errors).toEqual([]);
  });

  test('done by dragging with the mouse', async () => {
    const { page, errors } = await openPage(browser, LESSON, 1280);
    const exercise = section(page, ordering);
    // Hydrated: a press before that has no handler yet.
    await reachExercise(exercise);
    await scrollTo(exercise.locator('ol[data-shuffled]'), 'center');
    for (const [target, text] of correct.entries()) {
      const from = (await orderOf(exercise)).indexOf(text);
      if (from === target) continue;
      const rows = exercise.locator('[data-row]');
      const goal = (await rows.nth(target).boundingBox())!;
      await drag(page, rows.nth(from).locator('[data-grip]'), goal.x + 40, goal.y + 4);
    }
    expect(await orderOf(exercise)).toEqual(correct);
    expect(await checkAndRead(page, exercise, false)).toContain('Goed!');
    expect(errors).toEqual([]);
  });

  test('Escape during a mouse drag puts the step back', async () => {
    const { page } = await openPage(browser, LESSON, 1280);
    const exercise = section(page, ordering);
    // Hydrated: a press before that has no handler yet.
    await reachExercise(exercise);
    await scrollTo(exercise.locator('ol[data-shuffled]'), 'center');
    const before = await orderOf(exercise);
    const grip = exercise.locator('[data-row]').nth(0).locator('[data-grip]');
    const start = await centre(grip);
    const last = (await exercise.locator('[data-row]').last().boundingBox())!;
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x, last.y + last.height - 4, { steps: 12 });
    expect(await orderOf(exercise)).not.toEqual(before);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    expect(await orderOf(exercise)).toEqual(before);
    expect(await exercise.getByRole('button', { name: 'Controleer' }).isDisabled()).toBe(true);
  });

  test('on a phone a finger on the grip drags, a finger on the text scrolls the page', async () => {
    const { page } = await openPage(browser, LESSON, 360, { hasTouch: true });
    const exercise = section(page, ordering);
    // Hydrated and shuffled: before that the places are empty and a touch has no handler yet.
    await reachExercise(exercise);
    // Away from the viewport's edges, where dragging scrolls the page.
    await scrollTo(exercise.locator('ol[data-shuffled]'), 'center');
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: { x: number; y: number }, dy: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: from.x, y: from.y + (dy * i) / 10 }],
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const before = await orderOf(exercise);
    const second = (await exercise.locator('[data-row]').nth(1).boundingBox())!;
    await swipe(
      await centre(exercise.locator('[data-row]').nth(0).locator('[data-grip]')),
      second.y + second.height / 2 + 10 - (await centre(exercise.locator('[data-row]').nth(0))).y,
    );
    expect(await orderOf(exercise)).toEqual([before[1], before[0], ...before.slice(2)]);

    const scrolled = await page.evaluate(() => window.scrollY);
    await swipe(await centre(exercise.locator('[data-row]').nth(2).locator('[data-drag-text]')), -150);
    await page.waitForFunction((y) => window.scrollY > y + 50, scrolled);
    expect(await orderOf(exercise)).toEqual([before[1], before[0], ...before.slice(2)]);
  });

  test('the shuffled order is the same after a reload', async () => {
    const { page } = await openPage(browser, LESSON);
    // Read once the list has taken its shuffled order (before that its places are empty).
    const ready = () => reachExercise(section(page, ordering));
    await ready();
    const before = await orderOf(section(page, ordering));
    expect(before).not.toEqual(correct);
    await reload(page);
    await ready();
    expect(await orderOf(section(page, ordering))).toEqual(before);
  });
});

/**
 * Places every needed item of a board by keyboard only: focus a pool item with Tab or Shift+Tab,
 * Space to pick it up, ArrowRight to the wanted zone, Space to put it down.
 */
async function placeAllByKeyboard(page: Page, zoneIds: string[], wanted: Map<string, string>) {
  const needed = JSON.stringify([...wanted.keys()]);
  const isNeededPoolItem = `el.matches('[data-drop-zone=""] [data-item]') && ${needed}.includes(el.querySelector('[data-drag-text]').textContent)`;
  const rounds = wanted.size;
  for (let round = 0; round < rounds; round++) {
    if (round === 0) await tabTo(page, isNeededPoolItem);
    else await tabTo(page, isNeededPoolItem, 40, 'Shift+Tab');
    const text = await focusedText(page);
    await page.keyboard.press('Space');
    for (let i = 0; i <= zoneIds.indexOf(wanted.get(text)!); i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    wanted.delete(text);
    expect(await focusedText(page)).toBe(text);
  }
}

async function placeAllByMouse(page: Page, exercise: Locator, wanted: Map<string, string>) {
  // Hydrated: a press before that has no handler yet.
  await reachExercise(exercise);
  for (const [text, zone] of wanted) {
    const chip = exercise.locator('[data-drop-zone=""] [data-item]', { hasText: text });
    await scrollTo(exercise.locator('[data-drop-zone=""]'), 'start');
    // Near the zone's top: its centre can sink into the viewport's bottom edge as cards fill it, where
    // dragging scrolls the page (by design) and the drop would land elsewhere.
    const box = (await exercise.locator(`[data-drop-zone="${zone}"]`).boundingBox())!;
    const goal = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 30) };
    await drag(page, chip.locator('[data-grip]'), goal.x, goal.y);
    expect(await exercise.locator(`[data-drop-zone="${zone}"] [data-drag-text]`, { hasText: text }).count()).toBe(1);
  }
}

describe('categorize (Zet elk item in de goede groep)', () => {
  const groups = categorize.categories.map((category) => category.id);
  const key = () => new Map(categorize.items.map((item) => [item.text, item.category]));

  test('done by keyboard only', async () => {
    const { page, errors } = await openPage(browser, LESSON);
    const exercise = section(page, categorize);
    await placeAllByKeyboard(page, groups, key());
    const result = await checkAndRead(page, exercise, true);
    expect(result).toContain('Goed!');
    expect(result).toContain(`${categorize.items.length} van de ${categorize.items.length} items staan in de goede groep.`);
    expect(errors).toEqual([]);
  });

  test('done by dragging with the mouse', async () => {
    const { page, errors } = await openPage(browser, LESSON, 1280);
    const exercise = section(page, categorize);
    await placeAllByMouse(page, exercise, key());
    expect(await exercise.locator('[data-drop-zone=""]').innerText()).toContain('Alles is geplaatst.');
    expect(await checkAndRead(page, exercise, false)).toContain('Goed!');
    expect(errors).toEqual([]);
  });

  test('a finger drags by the grip on a phone', async () => {
    const { page } = await openPage(browser, LESSON, 360, { hasTouch: true });
    const exercise = section(page, categorize);
    // The last card in the pool onto the first group: both fit on a phone's screen at once. Where a card
    // lands is what a drag decides; whether that is right is only judged on checking.
    await reachExercise(exercise);
    const chip = exercise.locator('[data-drop-zone=""] [data-item]').last();
    const text = (await chip.locator('[data-drag-text]').innerText()).trim();
    const zone = exercise.locator('[data-drop-zone]').first();
    await scrollTo(chip, 'center');
    const start = await centre(chip.locator('[data-grip]'));
    const goal = await centre(zone.locator('p').first());
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    await touch('touchStart', [start]);
    for (let i = 1; i <= 10; i++) {
      await touch('touchMove', [{ x: start.x + ((goal.x - start.x) * i) / 10, y: start.y + ((goal.y - start.y) * i) / 10 }]);
    }
    await touch('touchEnd', []);
    expect(await zone.locator('[data-drag-text]', { hasText: text }).count()).toBe(1);
  });
});

describe('drag instructions fit the input (issue 14, item 11)', () => {
  const help = (exercise: Locator, kind: string) => exercise.locator(`[data-help="${kind}"]`);

  test('on a touch phone: tap instructions; a tapped item says "Tik nu op een groep"; a tap on a group places it', async () => {
    const { page, errors } = await openPage(browser, LESSON, 360, { hasTouch: true });
    const exercise = section(page, categorize);
    await reachExercise(exercise);
    expect(await help(exercise, 'touch').isVisible()).toBe(true);
    expect(await help(exercise, 'pointer').isVisible()).toBe(false);
    expect(await help(exercise, 'keys').boundingBox()).toMatchObject({ width: 1, height: 1 });
    const chip = exercise.locator('[data-drop-zone=""] [data-item]').first();
    const text = (await chip.locator('[data-drag-text]').innerText()).trim();
    // Where the groups stand in the page: the line that appears must not push them down.
    const groupsAt = () =>
      exercise
        .locator('[data-drop-zone]:not([data-drop-zone=""])')
        .first()
        .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const before = await groupsAt();
    await chip.locator('[data-drag-text]').tap();
    expect(await exercise.locator('[data-tap-next]').innerText()).toBe('Tik nu op een groep.');
    expect(await groupsAt()).toBe(before);
    expect(await exercise.getByRole('status').innerText()).toContain('Tik nu op een groep.');
    const zone = exercise.locator('[data-drop-zone]:not([data-drop-zone=""])').first();
    // The groups were brought into view (a smooth scroll: wait for it to end).
    await zone.evaluate(
      (element) =>
        new Promise<void>((resolve, reject) => {
          const started = performance.now();
          const poll = () => {
            const { top } = element.getBoundingClientRect();
            if (top >= 0 && top < window.innerHeight - 40) resolve();
            else if (performance.now() - started > 3000) reject(new Error(`group not in view: top ${top}`));
            else requestAnimationFrame(poll);
          };
          poll();
        }),
    );
    await zone.locator('p').first().tap();
    expect(await zone.locator('[data-drag-text]', { hasText: text }).count()).toBe(1);
    expect(await exercise.locator('[data-tap-next]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('with a mouse: mouse instructions; with keyboard focus on an item: the keyboard instructions', async () => {
    const { page } = await openPage(browser, LESSON, 1280);
    const exercise = section(page, ordering);
    await reachExercise(exercise);
    expect(await help(exercise, 'pointer').isVisible()).toBe(true);
    expect(await help(exercise, 'touch').isVisible()).toBe(false);
    expect(await help(exercise, 'keys').boundingBox()).toMatchObject({ width: 1, height: 1 });
    await exercise.locator('[data-item]').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const keys = (await help(exercise, 'keys').boundingBox())!;
    expect(keys.width).toBeGreaterThan(100);
    expect(await help(exercise, 'pointer').isVisible()).toBe(false);
  });
});

describe('matching (Koppel elk begrip aan het goede antwoord)', () => {
  const terms = matching.prompts.map((prompt) => prompt.id);
  const textOf = new Map(matching.answers.map((answer) => [answer.id, answer.text]));
  const key = () => new Map(matching.prompts.map((prompt) => [textOf.get(prompt.match)!, prompt.id]));

  test('done by keyboard only; the distractor stays behind', async () => {
    const { page, errors } = await openPage(browser, LESSON);
    const exercise = section(page, matching);
    await placeAllByKeyboard(page, terms, key());
    expect(await exercise.locator('[data-drop-zone=""] [data-item]').count()).toBe(
      matching.answers.length - matching.prompts.length,
    );
    const result = await checkAndRead(page, exercise, true);
    expect(result).toContain('Goed!');
    expect(errors).toEqual([]);
  });

  test('done by dragging with the mouse', async () => {
    const { page, errors } = await openPage(browser, LESSON, 1280);
    const exercise = section(page, matching);
    await placeAllByMouse(page, exercise, key());
    expect(await checkAndRead(page, exercise, false)).toContain('Goed!');
    expect(errors).toEqual([]);
  });
});
