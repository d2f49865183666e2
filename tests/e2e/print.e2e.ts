import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Exercise, FillBlanks, SingleChoice } from '../../lib/scoring';
import { blanksOf } from '../../lib/scoring/fill-blanks-text';
import { neutralOrder } from '../../lib/scoring/neutral';
import { scoringRule } from '../../lib/scoring/schema';
import { launchBrowser, openPage, personPage, signUpTeacher } from './browser';

// Printing (docs/print.md): a lesson on A4 without navigation, with every diagram and its exercises as
// paper questions, an answers page only on request; a teacher's paper test and answer key, for that
// teacher only.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** How many elements matching `selector` take up room on the page (display: none takes none). */
const shown = (page: Page, selector: string) =>
  page.evaluate(
    (css) => [...document.querySelectorAll(css)].filter((element) => element.getClientRects().length > 0).length,
    selector,
  );

/** The number of pages of a PDF, counted from its page objects. */
const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** Replaces the browser's print with a note of what was chosen, so the test can read it. */
const recordPrint = (page: Page) =>
  page.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = document.documentElement.hasAttribute('data-print-answers') ? 'met' : 'zonder';
    };
  });

describe('a printed lesson', () => {
  for (const lesson of ['/lessen/de-fasen-van-de-klantreis', '/lessen/de-customer-journey-map']) {
    test(`${lesson} links to its print page, which prints without navigation, with every diagram and its exercises as paper questions`, async () => {
      const { page, errors } = await openPage(browser, lesson, 1024);
      const onScreen = {
        diagrams: await shown(page, 'figure'),
        pictures: await shown(page, 'figure svg'),
        exercises: await shown(page, '[data-exercise]'),
      };
      expect(onScreen.pictures).toBeGreaterThan(0);
      expect(onScreen.exercises).toBeGreaterThan(10);
      // The paper versions and the answers are not in the lesson page at all (issue 20: a lighter page).
      expect(await page.locator('[data-paper], [data-lesson-answers]').count()).toBe(0);
      // The lesson printed as it is (Ctrl+P): text and pictures, and a word on where the exercises are.
      await page.emulateMedia({ media: 'print' });
      expect(await shown(page, '[data-exercise]')).toBe(0);
      expect(await shown(page, 'figure svg')).toBe(onScreen.pictures);
      expect(await page.locator('.printNote').innerText()).toContain('Druk ze af met de knop ‘Afdrukken’');
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('.printNote').isVisible()).toBe(false);

      await page.getByRole('link', { name: 'Afdrukken', exact: true }).click();
      await page.waitForURL(`**${lesson}/afdrukken`);
      await page.locator('[data-paper]').first().waitFor();
      // On screen the print page shows the paper questions (a preview), not the answers.
      expect(await shown(page, '[data-paper]')).toBe(onScreen.exercises);
      expect(await shown(page, '[data-lesson-answers]')).toBe(0);

      await page.emulateMedia({ media: 'print' });
      expect(
        await shown(page, 'nav, body > header, body > footer, dialog, button:not([data-term]), .button, a[href="#inhoud"]'),
      ).toBe(0);
      expect(await shown(page, '[data-progress-badge], [data-lesson-end]')).toBe(0);
      expect(await shown(page, 'figure')).toBe(onScreen.diagrams);
      expect(await shown(page, 'figure svg')).toBe(onScreen.pictures);
      expect(
        await page
          .locator('figure')
          .first()
          .evaluate((figure) => getComputedStyle(figure).breakInside),
      ).toBe('avoid');
      expect(await shown(page, '[data-paper]')).toBe(onScreen.exercises);
      expect(await shown(page, '[data-paper] .paperBox, [data-paper] .paperLine, [data-paper] .paperBlank')).toBeGreaterThan(20);
      expect(await shown(page, '[data-lesson-answers]')).toBe(0);
      // A glossary term is a word in the sentence, not a button.
      const term = page.locator('[data-term]').first();
      expect(await term.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none');
      expect(await term.isVisible()).toBe(true);

      const pdf = await page.pdf({ format: 'A4' });
      expect(pagesOf(pdf)).toBeGreaterThan(3);
      expect(errors).toEqual([]);
    });
  }

  test('"Met antwoorden" adds an answers page, "Zonder antwoorden" does not; the dialog works by keyboard', async () => {
    const { page, errors } = await openPage(browser, '/lessen/wat-is-een-customer-journey/afdrukken', 1024, {
      setUp: recordPrint,
    });
    const dialog = page.getByRole('dialog', { name: 'Les afdrukken' });
    const printed = () => page.evaluate(() => document.documentElement.dataset.printed);
    const pdfPages = async () => {
      await page.emulateMedia({ media: 'print' });
      const pages = pagesOf(await page.pdf({ format: 'A4' }));
      await page.emulateMedia({ media: 'screen' });
      return pages;
    };

    await page.getByRole('button', { name: 'Afdrukken' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zonder antwoorden');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await printed()).toBeUndefined();

    await page.getByRole('button', { name: 'Afdrukken' }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await printed()).toBe('met');
    expect(await dialog.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const answers = page.locator('[data-lesson-answers]');
    expect(await answers.isVisible()).toBe(true);
    expect(await answers.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
    expect(await answers.getByRole('heading', { level: 3 }).count()).toBe(await page.locator('[data-paper]').count());
    expect(await answers.innerText()).toContain('Oefening 1');
    await page.emulateMedia({ media: 'screen' });
    const withAnswers = await pdfPages();

    await page.getByRole('button', { name: 'Afdrukken' }).click();
    await dialog.getByRole('button', { name: 'Zonder antwoorden' }).click();
    expect(await printed()).toBe('zonder');
    await page.emulateMedia({ media: 'print' });
    expect(await answers.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await pdfPages()).toBeLessThan(withAnswers);
    expect(errors).toEqual([]);
  });
});

describe("a teacher's paper test", () => {
  const toetsbank = parse(readFileSync('content/toetsbank/01-wat-is-een-customer-journey.yaml', 'utf8')) as Exercise[];
  const byId = (id: string) => toetsbank.find((exercise) => exercise.id === id)!;
  const fill = byId('tb-cj-rekenen') as FillBlanks;
  const single = byId('tb-cj-schoenen') as SingleChoice;
  const ids = ['tb-cj-rekenen', 'tb-cj-schoenen', 'tb-cj-bakkerij-invloed', 'tb-cj-basisboek-volgorde'];
  let base = '';
  let code = '';

  let teacher: Page;

  beforeAll(async () => {
    ({ page: teacher } = await personPage(browser, 1024));
    await signUpTeacher(teacher, 'Papier');
    await teacher.goto('/docent/opdrachten/nieuw');
    await teacher.getByLabel('Titel').fill('Toets les 1 op papier');
    await teacher.getByLabel('Ik kies de oefeningen zelf').check();
    await teacher.locator('summary', { hasText: 'Les 1:' }).click();
    for (const id of ids) await teacher.locator(`input[value="${id}"]`).check();
    await teacher.getByRole('button', { name: 'Maak de opdracht' }).click();
    await teacher.getByRole('heading', { name: 'Toets les 1 op papier' }).waitFor();
    base = new URL(teacher.url()).pathname;
    code = (await teacher.getByLabel(/^Code: /).innerText()).trim();
  });

  test('the paper test has a name line and the questions numbered with room to answer, and no answers', async () => {
    await teacher.goto(base);
    await teacher.getByRole('link', { name: 'Toets op papier' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Toets les 1 op papier' }).waitFor();
    await teacher.emulateMedia({ media: 'print' });
    const sheet = await teacher.locator('article').innerText();
    expect(sheet).toMatch(/Naam:\s*Klas:/);
    expect(sheet).toMatch(/Vraag 1 · Vul de open plekken in \(1 punt\)[\s\S]*Vraag 2 · Kruis één antwoord aan[\s\S]*Vraag 4/);
    expect(await shown(teacher, '[data-paper]')).toBe(4);
    expect(await shown(teacher, '[data-paper] table')).toBe(1);
    expect(await shown(teacher, 'nav, button, .button')).toBe(0);
    for (const answer of blanksOf(fill.text).map((accepted) => accepted[0]!)) expect(sheet).not.toContain(answer);
    expect(sheet).not.toContain(single.explanation.slice(0, 40));
    expect(pagesOf(await teacher.pdf({ format: 'A4' }))).toBeGreaterThan(0);
    await teacher.emulateMedia({ media: 'screen' });
  });

  test('the answer key gives the right answers in the letters of the test, and how the points are given', async () => {
    await teacher.goto(`${base}/papier`);
    await teacher.getByRole('link', { name: 'Naar het antwoordmodel' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Antwoordmodel: Toets les 1 op papier' }).waitFor();
    const key = await teacher.locator('article').innerText();
    const options = neutralOrder(single.options);
    const right = options.findIndex((option) => single.options.find((o) => o.id === option.id)!.correct);
    expect(key).toContain(`${String.fromCharCode(65 + right)}: ${options[right]!.text}`);
    expect(key).toContain(`Punten: ${scoringRule(single)}`);
    expect(key).toContain(`Punten: ${scoringRule(fill)}`);
    for (const id of ids) expect(key).toContain(`Punten: ${scoringRule(byId(id))}`);
  });

  test('a student or a stranger gets neither sheet, and another teacher gets a 404', async () => {
    const { page: student } = await personPage(browser);
    await student.goto(`/opdracht/${code}`);
    await student.getByLabel('Je naam').fill('Sanne');
    await student.getByRole('button', { name: 'Begin met de opdracht' }).click();
    await student.getByRole('button', { name: 'Lever de opdracht in' }).waitFor();
    for (const path of [`${base}/papier`, `${base}/papier/antwoorden`]) {
      await student.goto(path);
      expect(new URL(student.url()).pathname).toBe('/docent');
      expect(await student.locator('[data-paper], [data-paper-answer]').count()).toBe(0);
      expect(await student.content()).not.toContain(single.options[0]!.text);
    }
    const { page: other } = await personPage(browser);
    await signUpTeacher(other, 'Anders');
    for (const path of [`${base}/papier`, `${base}/papier/antwoorden`]) {
      const response = await other.goto(path);
      expect(response?.status()).toBe(404);
      expect(await other.content()).not.toContain(single.options[0]!.text);
    }
  });
});
