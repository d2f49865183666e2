import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Exercise, FillBlanks, SingleChoice, TrueFalse } from '../../lib/scoring';
import { blanksOf } from '../../lib/scoring/fill-blanks-text';
import { axeViolations, baseUrl, launchBrowser } from './browser';

// A teacher makes an assignment, two students take it in their own browsers (one reloads
// halfway), and the teacher reads both results and downloads the CSV.

const bank = parse(readFileSync('content/exercises/01-wat-is-een-customer-journey.yaml', 'utf8')) as Exercise[];
const single = bank.find((exercise) => exercise.id === 'cj-definitie') as SingleChoice;
const trueFalse = bank.find((exercise) => exercise.id === 'cj-eerst-b2b') as TrueFalse;
const fill = bank.find((exercise) => exercise.id === 'cj-begrippen-invullen') as FillBlanks;
const rightOption = single.options.find((option) => option.correct)!;
const wrongOption = single.options.find((option) => !option.correct)!;

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(width = 360): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL: baseUrl, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors };
}

async function signUp(page: Page, name: string) {
  await page.goto('/docent/aanmelden');
  await page.getByLabel('Je naam').fill(name);
  await page.getByLabel('E-mailadres').fill(`${name.toLowerCase()}-${Date.now()}@school.nl`);
  await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
  await page.getByRole('button', { name: 'Maak mijn account' }).click();
  await page.getByRole('heading', { name: 'Je opdrachten' }).waitFor();
}

const question = (page: Page, index: number) => page.locator('.test-question').nth(index);
const saved = (page: Page) =>
  page.waitForResponse(
    (response) => response.url().includes('/antwoorden') && response.request().method() === 'PUT' && response.ok(),
  );

describe('a class assignment, graded on the server', () => {
  let teacher: Page;
  let teacherErrors: string[];
  let code = '';
  let assignmentUrl = '';

  test('a teacher signs up and makes an assignment with a join code and a QR code', async () => {
    ({ page: teacher, errors: teacherErrors } = await newPage(1280));
    await signUp(teacher, 'Bakker');
    await teacher.getByRole('link', { name: 'Nieuwe opdracht' }).click();
    await teacher.getByLabel('Titel').fill('Oefentoets les 1');
    await teacher.getByLabel('Ik kies de oefeningen zelf').check();
    await teacher.getByText('Les 1:').first().click();
    for (const exercise of [single, trueFalse, fill]) await teacher.locator(`input[value="${exercise.id}"]`).check();
    await teacher.getByLabel('Direct na het inleveren').check();
    await teacher.getByRole('button', { name: 'Maak de opdracht' }).click();
    await teacher.getByRole('heading', { name: 'Oefentoets les 1' }).waitFor();
    code = (await teacher.locator('.join-code').innerText()).trim();
    assignmentUrl = new URL(teacher.url()).pathname;
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(await teacher.locator('.qr svg').count()).toBe(1);
    expect(await teacher.getByRole('link', { name: new RegExp(`/opdracht/${code}$`) }).count()).toBe(1);
    expect(await axeViolations(teacher)).toEqual([]);
  });

  test('a student joins by code, answers, reloads halfway and hands in; the server scores it', async () => {
    const { page, errors } = await newPage();
    await page.goto('/opdracht');
    await page.getByLabel('Code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Naar de opdracht' }).click();
    await page.getByLabel('Je naam').fill('Sanne');
    await page.getByLabel(/Studentnummer/).fill('123456');
    await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
    await question(page, 0).waitFor();
    // The page holds only the public view: no explanation, no feedback, no "correct" flags.
    const html = await page.content();
    expect(html).not.toContain(single.explanation.slice(0, 30));
    expect(html).not.toContain('"correct"');

    const firstSave = saved(page);
    await question(page, 0).getByLabel(rightOption.text).check();
    await firstSave;
    await page.reload();
    expect(await question(page, 0).getByLabel(rightOption.text).isChecked()).toBe(true);

    await question(page, 1)
      .getByRole('radio', { name: trueFalse.answer ? 'Waar' : 'Niet waar' })
      .check();
    const blanks = blanksOf(fill.text);
    for (const [index, accepted] of blanks.entries()) {
      await question(page, 2)
        .getByLabel(`Open plek ${index + 1} van ${blanks.length}`)
        .fill(accepted[0]!);
    }
    await page.getByRole('button', { name: 'Lever de opdracht in' }).click();
    await page.getByRole('heading', { name: 'Je uitslag' }).waitFor();
    expect(await page.locator('.test-total').innerText()).toContain('100 procent');
    // Answers are shown directly: the explanation is there now.
    expect(await page.locator('.result-explanation').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a second student, in another browser, hands in one wrong and one empty answer after a warning', async () => {
    const { page, errors } = await newPage();
    await page.goto(`/opdracht/${code.toLowerCase()}`);
    expect(new URL(page.url()).pathname).toBe(`/opdracht/${code}`);
    await page.getByLabel('Je naam').fill('Tim');
    await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
    await question(page, 0).getByLabel(wrongOption.text).check();
    await question(page, 1)
      .getByRole('radio', { name: trueFalse.answer ? 'Waar' : 'Niet waar' })
      .check();
    await page.getByRole('button', { name: 'Lever de opdracht in' }).click();
    expect(await page.locator('.test-confirm').innerText()).toContain('telt als 0 punten');
    await page.getByRole('button', { name: 'Toch inleveren' }).click();
    await page.getByRole('heading', { name: 'Je uitslag' }).waitFor();
    expect(await page.locator('.test-total').innerText()).toContain('33 procent');
    // A shared classroom computer: the next student says "not Tim" and gets the join form.
    await page.getByRole('button', { name: 'Ben je niet Tim? Wissel van leerling' }).click();
    await page.getByRole('button', { name: 'Ja, ik ben iemand anders' }).click();
    await page.getByLabel('Je naam').waitFor();
    expect(await page.getByRole('heading', { name: 'Je uitslag' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('the teacher sees both students, the share right per question and the most chosen wrong answer', async () => {
    await teacher.reload();
    const students = teacher.getByRole('region', { name: 'Resultaten per leerling' });
    expect(await students.getByRole('row').count()).toBe(3);
    expect(await students.getByRole('row', { name: /Sanne/ }).innerText()).toContain('100%');
    expect(await students.getByRole('row', { name: /Tim/ }).innerText()).toContain('33%');
    const questions = teacher.getByRole('region', { name: 'Resultaten per vraag' });
    const first = await questions.getByRole('row').nth(1).innerText();
    expect(first).toContain('50% (1 van 2)');
    expect(first).toContain(`${wrongOption.text} (1×)`);

    await students.getByRole('link', { name: 'Tim' }).click();
    await teacher.getByRole('heading', { name: 'Tim' }).waitFor();
    expect(await teacher.getByRole('row', { name: /^1\./ }).innerText()).toContain(wrongOption.text);
    expect(await teacher.getByText('geen antwoord').count()).toBe(1);
    await teacher.goBack();
  });

  test('the CSV opens in Dutch Excel: BOM, semicolons, decimal comma, one row per student', async () => {
    const download = teacher.waitForEvent('download');
    await teacher.getByRole('link', { name: /Download resultaten/ }).click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toMatch(/^\uFEFFNaam;Studentnummer;Ingeleverd;/);
    expect(lines).toHaveLength(3);
    expect(lines.find((line) => line.startsWith('Sanne;123456;'))).toContain(';3;3;100;');
    expect(lines.find((line) => line.startsWith('Tim;;'))).toMatch(/;1;3;33,33;/);
    expect(teacherErrors).toEqual([]);
  });

  test('another teacher gets a 404 for this assignment, its students and its CSV', async () => {
    const { page } = await newPage(1280);
    await signUp(page, 'Jansen');
    for (const path of [assignmentUrl, `${assignmentUrl}/resultaten`, `${assignmentUrl}/leerling/1`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain('Sanne');
    }
  });

  test('once the teacher closes the assignment, nobody can join or hand in', async () => {
    await teacher.getByRole('button', { name: 'Sluit de opdracht nu' }).click();
    await teacher.getByRole('button', { name: 'Open de opdracht opnieuw' }).waitFor();
    const { page } = await newPage();
    await page.goto(`/opdracht/${code}`);
    expect(await page.locator('.lead').innerText()).toContain('gesloten');
    expect(await page.getByLabel('Je naam').count()).toBe(0);
    const refused = await page.request.post(`/api/opdracht/${code}/deelnemen`, {
      data: { displayName: 'Laat' },
      headers: { origin: baseUrl },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error).toContain('gesloten');
  });

  test('deleting the assignment removes it and its code', async () => {
    await teacher.getByText('Opdracht verwijderen').click();
    await teacher.getByRole('button', { name: 'Verwijder de opdracht en alle resultaten' }).click();
    await teacher.getByRole('heading', { name: 'Je opdrachten' }).waitFor();
    expect(await teacher.getByRole('link', { name: 'Oefentoets les 1' }).count()).toBe(0);
    expect((await teacher.request.get(assignmentUrl)).status()).toBe(404);
    const { page } = await newPage();
    await page.goto(`/opdracht/${code}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Deze code kennen we niet');
  });
});

describe('bad requests get a Dutch 400, never a 500', () => {
  const post = (path: string, body: string, headers: Record<string, string> = { origin: baseUrl }) =>
    fetch(new URL(path, baseUrl), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  test.each([
    ['no JSON', '{"displayName":', 400, 'geen geldige JSON'],
    ['an unknown field', '{"displayName":"Sanne","email":"a@b.nl"}', 400, 'Onbekend veld: email'],
    ['a missing name', '{}', 400, 'Naam ontbreekt'],
    ['a huge body', JSON.stringify({ displayName: 'x'.repeat(70_000) }), 413, 'te groot'],
  ])('joining with %s', async (_label, body, status, message) => {
    const response = await post('/api/opdracht/K7M2PQ/deelnemen', body);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toContain(message);
  });

  test('a request from another site is refused', async () => {
    const response = await post('/api/opdracht/K7M2PQ/deelnemen', '{"displayName":"Sanne"}', { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });

  test('saving or handing in without having joined says so', async () => {
    const response = await fetch(new URL('/api/opdracht/K7M2PQ/inleveren', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ submissionId: '6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b', answers: {} }),
    });
    expect([403, 404]).toContain(response.status);
    expect((await response.json()).error).toMatch(/geen opdracht|nog niet mee/);
  });
});
