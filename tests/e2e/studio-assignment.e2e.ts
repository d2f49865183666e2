import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readPdf } from '../support/pdf-text';
import { axeEverywhere, launchBrowser, personPage, signUpTeacher } from './browser';

// A map assignment ("Klantreiskaart") from start to end, in one flow: a teacher makes it; two students
// join and hand in (Sanne by keyboard in the editor); the teacher grades Sanne with the rubric and
// writes feedback; Sanne sees her score and the feedback; the CSV and the class PDF are checked.

let browser: Browser;

async function newPage(width: number): Promise<{ page: Page; errors: string[] }> {
  const opened = await personPage(browser, width, { acceptDownloads: true });
  // A step that hangs fails on its own line, well inside the test's minute.
  opened.page.context().setDefaultTimeout(15_000);
  return opened;
}

const saved = (page: Page) =>
  page.waitForResponse((response) => response.url().endsWith('/kaart') && response.request().method() === 'PUT' && response.ok());

/** A student joins by link, adds one touchpoint in the first phase and hands in. */
async function handIn(code: string, name: string, note: string, byKeyboard: boolean): Promise<{ page: Page; errors: string[] }> {
  const student = await newPage(360);
  const { page } = student;
  await page.goto(`/opdracht/${code}`);
  await page.getByRole('heading', { name: 'De opdracht' }).waitFor();
  await page.getByLabel('Je naam').fill(name);
  await page.getByLabel('Je naam').press('Enter');
  const add = page.getByRole('button', { name: '+ Touchpoint in Bewustwording' });
  const autosave = saved(page);
  if (byKeyboard) {
    await add.focus();
    await page.keyboard.press('Enter');
    // The new note's field has focus: type into it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Touchpoint 1 in Bewustwording');
    await page.keyboard.type(note);
  } else {
    await add.click();
    await page.getByRole('textbox', { name: 'Touchpoint 1 in Bewustwording' }).fill(note);
  }
  await autosave;
  await page.getByRole('status').filter({ hasText: 'Je kaart is opgeslagen.' }).waitFor();
  await page.getByRole('button', { name: 'Lever je kaart in' }).click();
  await page.getByText(/Je hebt je kaart ingeleverd op/).waitFor();
  expect(await page.getByText('Je docent heeft je kaart nog niet beoordeeld.').isVisible()).toBe(true);
  return student;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a teacher sets a Klantreiskaart, two students hand in, the teacher grades one, and downloads the CSV and the class PDF', async () => {
  // The teacher makes the assignment: kind, template, brief; the rubric is the course's.
  const { page: teacher, errors: teacherErrors } = await newPage(1280);
  await signUpTeacher(teacher, 'Bakker');
  await teacher.goto('/docent/opdrachten/nieuw');
  await teacher.getByRole('radio', { name: /^Klantreiskaart/ }).check();
  const form = teacher.getByRole('form', { name: 'Nieuwe klantreiskaart' });
  await form.getByLabel('Titel').fill('Klantreis fiets kopen');
  await form.getByRole('radio', { name: /^Customer journey map/ }).check();
  await form.getByLabel(/^Opdrachttekst/).fill('Gebruik **jezelf** als persona.');
  await form.getByRole('button', { name: 'Maak de opdracht' }).click();
  await teacher.getByRole('heading', { name: 'Klantreis fiets kopen' }).waitFor();
  const code = (await teacher.getByLabel(/^Code: /).innerText()).trim();
  const results = teacher.url();

  // Two students hand in: Sanne by keyboard, Tim with the mouse.
  const sanne = await handIn(code, 'Sanne', 'Vergelijkt fietsen op een vergelijkingssite', true);
  await handIn(code, 'Tim', 'Ziet een advertentie op Instagram', false);

  // The teacher's results: both maps, drawn; Sanne graded with the rubric (every level "Goed") and feedback.
  await teacher.goto(results);

  // Nobody is still working: the count says only what was handed in and graded.
  await teacher.getByText('2 leerlingen hebben ingeleverd, 0 kaarten beoordeeld.', { exact: true }).waitFor();
  const grading = teacher.getByRole('form', { name: 'Beoordeling van Sanne' });
  for (const criterion of await grading.getByRole('group').all()) {
    await criterion.getByRole('radio', { name: /^Goed/ }).check();
  }
  await grading.getByLabel('Feedback voor Sanne').fill('Sterke eerste fase. Zoek nog twee touchpoints per fase.');
  expect(await grading.getByText('Totaal: 15 van 15 punten.').isVisible()).toBe(true);
  await grading.getByRole('button', { name: 'Sla de beoordeling op' }).click();
  await grading.getByRole('status').filter({ hasText: 'Opgeslagen: 15 van 15 punten.' }).waitFor();

  // Sanne sees the score per criterion, the total and the feedback.
  await sanne.page.reload();
  await sanne.page.getByRole('heading', { name: 'Je beoordeling' }).waitFor();
  expect(await sanne.page.getByText('Totaal:').innerText()).toContain('15 van 15 punten');
  expect(await sanne.page.getByRole('listitem').filter({ hasText: 'Touchpoints per fase' }).innerText()).toContain(
    'Goed (3 punten)',
  );
  expect(await sanne.page.getByText('Sterke eerste fase. Zoek nog twee touchpoints per fase.').isVisible()).toBe(true);
  expect(await axeEverywhere(sanne.page)).toEqual([]);
  expect(sanne.errors).toEqual([]);

  // The teacher's page of Sanne: the latest hand-in with its grade.
  await teacher.reload();
  await teacher.getByRole('link', { name: 'Sanne' }).click();
  await teacher.getByRole('heading', { name: /^Laatste inlevering/ }).waitFor();
  expect(await teacher.getByText(/Beoordeeld op .*: 15 van 15 punten/).isVisible()).toBe(true);
  await teacher.goBack();
  await teacher.getByText(/2 leerlingen hebben ingeleverd, 1 kaart beoordeeld/).waitFor();

  // The CSV: one column per criterion, then total and feedback; Tim is not graded yet.
  const csvDownload = teacher.waitForEvent('download');
  await teacher.getByRole('link', { name: 'Download beoordelingen (CSV voor Excel)' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = csv.slice(1).split('\r\n').filter(Boolean);
  expect(header).toBe(
    'Naam;Studentnummer;Groepsleden;Ingeleverd;Keer ingeleverd;Touchpoints per fase;Loyaliteitsideeën;Een samenhangende persona;Een emotiecurve die past;Pain points met kansen;Totaal;Maximum;Feedback',
  );
  expect(rows[0]).toMatch(/^Sanne;;;[^;]+;1;3;3;3;3;3;15;15;Sterke eerste fase\. Zoek nog twee touchpoints per fase\.$/);
  expect(rows[1]).toMatch(/^Tim;;;[^;]+;1;;;;;;;;$/);

  // The class PDF: one A4 landscape page per student, with what they wrote.
  const pdfDownload = teacher.waitForEvent('download');
  await teacher.getByRole('link', { name: 'Download alle kaarten (PDF)' }).click();
  const pdf = readPdf(new Uint8Array(readFileSync(await (await pdfDownload).path())));
  expect(pdf.pages).toHaveLength(2);
  for (const page of pdf.pages) expect(page.mediaBox[2]!).toBeGreaterThan(page.mediaBox[3]!);
  expect(pdf.pages[0]!.text.replace(/\s+/g, ' ')).toContain('Vergelijkt fietsen');
  expect(pdf.pages[1]!.text.replace(/\s+/g, ' ')).toContain('Ziet een advertentie');

  expect(await axeEverywhere(teacher)).toEqual([]);
  expect(teacherErrors).toEqual([]);
  // One long path through three browsers (about 30 s alone); beside the unit tests on two cores it
  // has taken 57 s, so it gets room.
}, 150_000);
