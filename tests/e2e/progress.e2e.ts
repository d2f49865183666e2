import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath, goto, launchBrowser, openPage, reachExercise, reload } from './browser';

const LESSON = '/lessen/wat-is-een-customer-journey';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('progress kept in the browser', () => {
  test('a checked exercise counts in the lesson, on the home page and after a reload', async () => {
    const { page, errors } = await openPage(browser, LESSON);
    const progress = page.locator('[data-progress-badge="lesson"]');
    await progress.getByText('0/18 gedaan').waitFor();
    const exercise = page.locator('section[data-exercise]').first();
    await reachExercise(exercise);
    await exercise.getByRole('radio', { name: /door de ogen van de klant/ }).check();
    await exercise.getByRole('button', { name: 'Controleer' }).click();
    await progress.getByText('1/18 gedaan').waitFor();
    await page.getByLabel('Ik heb deze les gelezen').check();

    await reload(page);
    await page.locator('[data-progress-badge="lesson"]').getByText('1/18 gedaan').waitFor();
    expect(await page.getByLabel('Ik heb deze les gelezen').isChecked()).toBe(true);

    await goto(page, '/');
    await page.getByRole('link', { name: 'Verder waar je was: les 1' }).waitFor();
    expect(
      await page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3 }) })
        .first()
        .locator('[data-progress-badge="card"]')
        .innerText(),
    ).toBe('Bezig · 1/18 gedaan · 6%');
    expect(errors).toEqual([]);
  });

  test('another tab sees the change without a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const [first, second] = [await context.newPage(), await context.newPage()];
    await goto(first, LESSON);
    await goto(second, '/voortgang');
    const row = second.getByRole('row', { name: /Les 1/ });
    expect(await row.innerText()).toContain('Niet gestart');
    const exercise = first.locator('section[data-exercise]').first();
    await reachExercise(exercise);
    await exercise.getByRole('radio').first().check();
    await exercise.getByRole('button', { name: 'Controleer' }).click();
    await row.getByText('Bezig').waitFor();
    await context.close();
  });

  test('the Eindtoets keeps its answers across a reload, and its result shows on Mijn voortgang', async () => {
    const { page, errors } = await openPage(browser, '/eindtoets');
    const notTrue = page.getByRole('radio', { name: 'Niet waar', exact: true });
    await notTrue.nth(0).check();
    await notTrue.nth(1).check();
    // Reload only once both answers are saved (a render later).
    await page.waitForFunction(
      () => Object.keys(JSON.parse(localStorage.getItem('klantreis.eindtoets') ?? '{}').responses ?? {}).length === 2,
    );
    await reload(page);
    const checked = page.getByRole('radio', { name: 'Niet waar', exact: true, checked: true });
    await checked.nth(1).waitFor();
    expect(await checked.count()).toBe(2);
    expect(await notTrue.nth(0).isChecked()).toBe(true);
    expect(await notTrue.nth(1).isChecked()).toBe(true);
    expect(await page.locator('[data-hand-in]').innerText()).toContain('Nog 28 van de 30 vragen zonder antwoord.');

    await page.getByRole('button', { name: 'Lever de toets in' }).click();
    await page.getByRole('button', { name: 'Toch inleveren' }).click();
    await page.getByRole('region', { name: /uitslag/ }).waitFor();
    await goto(page, '/voortgang');
    await page.locator('.final-test-history li').first().waitFor();
    expect(await page.locator('.final-test-history').innerText()).toMatch(/\d+ procent \([\d,]+ van [\d,]+ punten\)/);
    expect(errors).toEqual([]);
  });

  test('corrupt saved progress gives a working page and one Dutch notice', async () => {
    // The site's icon is a page of the same origin that runs none of the site's code: nothing there
    // can read (and clean) the progress before the lesson does. (Chromium asks for /favicon.ico
    // beside an image; the site has none.)
    const { page, errors } = await openPage(browser, '/icon.svg', 360, {
      setUp: (page) => page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 })),
    });
    await page.evaluate(() =>
      localStorage.setItem('klantreis.voortgang.v3', '{"version":1,"exercises":{"cj-definitie":{"attempts":"veel"'),
    );
    await goto(page, LESSON);
    const notice = page.locator('[data-progress-notice]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('beschadigd');
    // The lesson still works.
    const exercise = page.locator('section[data-exercise]').first();
    await reachExercise(exercise);
    await exercise.getByRole('radio').first().check();
    await exercise.getByRole('button', { name: 'Controleer' }).click();
    await exercise.locator('[data-verdict]').waitFor();
    // Told once: the cleaned progress is saved, so the next page has no notice.
    await reload(page);
    await page.locator('[data-progress-badge="lesson"]').getByText('1/18 gedaan').waitFor();
    expect(await page.locator('[data-progress-notice]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

test('progress survives closing and reopening the browser with the same profile', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'klantreis-profiel-'));
  const open = () =>
    chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  let context = await open();
  let page = await context.newPage();
  await goto(page, LESSON);
  const exercise = page.locator('section[data-exercise]').first();
  await reachExercise(exercise);
  await exercise.getByRole('radio').first().check();
  await exercise.getByRole('button', { name: 'Controleer' }).click();
  await page.locator('[data-progress-badge="lesson"]').getByText('1/18 gedaan').waitFor();
  await context.close();

  context = await open();
  page = await context.newPage();
  await goto(page, LESSON);
  await page.locator('[data-progress-badge="lesson"]').getByText('1/18 gedaan').waitFor();
  await context.close();
});

describe('oefenen', () => {
  test('a mistake in a lesson can be practised again by keyboard, and then leaves the list', async () => {
    const { page, errors } = await openPage(browser, LESSON);
    const exercise = page.locator('section[data-exercise]').first();
    await reachExercise(exercise);
    await exercise.getByRole('radio', { name: /route die een verkoper aflegt/ }).check();
    await exercise.getByRole('button', { name: 'Controleer' }).click();
    await exercise.locator('[data-verdict]').waitFor();

    await goto(page, '/oefenen?modus=fouten&les=wat-is-een-customer-journey');
    const start = page.getByRole('button', { name: 'Start (1 oefening)' });
    await start.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Vandaag aan de beurt' }).innerText()).toContain('Nog niet goed: 1');
    await start.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Oefening 1 van 1/ }).waitFor();
    const again = page.locator('section[data-exercise]');
    expect(await again.innerText()).toContain('Wat is een customer journey volgens het Basisboek?');
    await again.getByRole('radio', { name: /door de ogen van de klant/ }).check();
    await again.getByRole('button', { name: 'Controleer' }).click();
    await again.getByText('Goed!').waitFor();
    await page.getByRole('button', { name: 'Sessie afronden' }).click();
    await page.getByRole('heading', { name: 'Klaar!' }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
    expect(await page.getByRole('status').filter({ hasText: 'Vandaag aan de beurt' }).innerText()).toContain('Nog niet goed: 0');
    expect(errors).toEqual([]);
  });

  test('a review session shows what is due and schedules the next review', async () => {
    // New exercises come only from lessons the student opened: open one first.
    const { page, errors } = await openPage(browser, LESSON);
    await page.waitForFunction(() => localStorage.getItem('klantreis.voortgang.v3')?.includes('"visitedAt"'));
    await goto(page, '/oefenen');
    const start = page.getByRole('button', { name: /^Start \(/ });
    await start.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Vandaag aan de beurt' }).innerText()).toContain(
      'Vandaag aan de beurt: 0',
    );
    await start.click();
    const exercise = page.locator('section[data-exercise]');
    await exercise.locator('input').first().waitFor();
    expect(errors).toEqual([]);
  });
});

describe('proeftoets', () => {
  test('a timed practice exam survives a reload, is handed in by keyboard and reviewed', async () => {
    const { page, errors } = await openPage(browser, '/proeftoets', 1280);
    await page.getByRole('button', { name: 'Start de proeftoets' }).waitFor();
    // Only lesson 2, ten questions, with the timer.
    for (const lesson of await page.locator('fieldset').first().getByRole('checkbox').all()) {
      if ((await lesson.locator('xpath=..').innerText()).includes('Les 2')) continue;
      await lesson.uncheck();
    }
    // Twenty asked, but lesson 2 has 18 closed exercises: all of them are asked (so every true/false one is).
    await page.getByRole('radio', { name: '20 vragen' }).check();
    expect(await page.locator('[data-practice-setup]').innerText()).toContain(
      'Deze lessen hebben 18 vragen; je krijgt ze allemaal.',
    );
    await page.getByLabel(/Met tijd/).check();
    await page.getByRole('button', { name: 'Start de proeftoets' }).click();
    await page.getByRole('timer').waitFor();
    const questions = page.locator('.test-question');
    expect(await questions.count()).toBe(18);
    expect(await page.getByText(/^Vraag \d+ van \d+$/).allInnerTexts()).toContain('Vraag 18 van 18');
    expect(await page.getByRole('button', { name: 'Controleer' }).count()).toBe(0);

    // Answer every true/false question, then reload: the answers and the questions are still there.
    const radios = page.getByRole('radio', { name: 'Waar', exact: true });
    const answered = await radios.count();
    expect(answered).toBeGreaterThan(0);
    // By keyboard: focus the option and press Space.
    for (const radio of await radios.all()) {
      await radio.focus();
      await page.keyboard.press('Space');
    }
    const order = await page.locator('.test-question [data-prompt]').allInnerTexts();
    // Reload only once the last answer is saved: a test runner presses faster than any student, and
    // on a loaded CI machine the save (a render later) could otherwise still be on its way.
    await page.waitForFunction(
      (count) =>
        Object.values(JSON.parse(localStorage.getItem('klantreis.proeftoets') ?? '{}').responses ?? {}).filter(
          (response) => (response as { value?: unknown } | null)?.value === true,
        ).length === count,
      answered,
    );
    await reload(page);
    await page.getByRole('timer').waitFor();
    expect(await page.locator('.test-question [data-prompt]').allInnerTexts()).toEqual(order);
    expect(await page.getByRole('radio', { name: 'Waar', exact: true, checked: true }).count()).toBe(answered);

    // Hand in by keyboard.
    await page.getByRole('button', { name: 'Lever de toets in' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Toch inleveren' }).focus();
    await page.keyboard.press('Enter');
    const result = page.getByRole('region', { name: /uitslag/ });
    await result.waitFor();
    expect(await result.locator('tbody tr').count()).toBe(1);
    expect(await result.innerText()).toContain('Les 2: De fasen van de klantreis');
    expect(await result.innerText()).toContain('het juiste antwoord waar jouw antwoord niet helemaal goed was');
    // Every question now shows its result and, where needed, the right answer.
    expect(await page.locator('.test-question [data-verdict]').count()).toBe(18);
    expect(await page.locator('[data-reveal]').count()).toBeGreaterThan(0);

    await goto(page, '/voortgang');
    await page.locator('.exam-history li').first().waitFor();
    expect(await page.locator('.exam-history').innerText()).toContain('18 vragen over 1 les');
    expect(errors).toEqual([]);
  });
});

test('when the time is up, the practice exam is handed in by itself', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.clock.install();
  await goto(page, '/proeftoets');
  await page.getByLabel(/Met tijd/).check();
  await page.getByRole('button', { name: 'Start de proeftoets' }).click();
  await page.getByRole('timer').waitFor();
  expect(await page.getByRole('timer').innerText()).toContain('15:00');
  await page.clock.fastForward('15:05');
  await page.getByRole('region', { name: /uitslag/ }).waitFor();
  expect(await page.getByRole('region', { name: /uitslag/ }).innerText()).toContain('Jouw uitslag');
  await page.close();
});
