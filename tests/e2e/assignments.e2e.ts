import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Exercise, FillBlanks, SingleChoice, TrueFalse } from '../../lib/scoring';
import { blanksOf } from '../../lib/scoring/fill-blanks-text';
import { axeViolations, baseUrl, launchBrowser, personPage, signUpTeacher } from './browser';

// A teacher makes assignments from the toetsbank; students take them in their own browsers (one
// reloads halfway), and the teacher reads the results and downloads the CSV. Every test depends only
// on the shared setup in beforeAll, never on another test, so each can run alone (vitest -t).

const toetsbank = (file: string) => parse(readFileSync(`content/toetsbank/${file}`, 'utf8')) as Exercise[];
const lesson1 = toetsbank('01-wat-is-een-customer-journey.yaml');
const lesson3 = toetsbank('03-b2b-en-b2c.yaml');
const fill = lesson1.find((exercise) => exercise.id === 'tb-cj-rekenen') as FillBlanks;
const single = lesson1.find((exercise) => exercise.id === 'tb-cj-schoenen') as SingleChoice;
const trueFalse = lesson3.find((exercise) => exercise.id === 'tb-b2-graafmachine') as TrueFalse;
// The order of an assignment: by lesson, then as in the bank.
const QUESTIONS = { fill: 0, single: 1, trueFalse: 2 } as const;
const rightOption = single.options.find((option) => option.correct)!;
const wrongOption = single.options.find((option) => !option.correct)!;
const rightBlanks = blanksOf(fill.text).map((accepted) => accepted[0]!);

let browser: Browser;
let teacher: Page;
let teacherErrors: string[];
/** An assignment two students handed in (Sanne 100 %, Tim 33 %), for the result tests. */
const graded = { code: '', url: '' };

const newPage = (width = 360) => personPage(browser, width, { acceptDownloads: true });

/** Makes an assignment by hand from the toetsbank (the default bank) with these three questions. */
async function makeAssignment(title: string, options: { afterClosing?: string } = {}): Promise<{ code: string; url: string }> {
  await teacher.goto('/docent/opdrachten/nieuw');
  await teacher.getByLabel('Titel').fill(title);
  expect(await teacher.getByRole('radio', { name: /Toetsbank/ }).isChecked()).toBe(true);
  await teacher.getByLabel('Ik kies de oefeningen zelf').check();
  for (const lesson of ['Les 1:', 'Les 3:']) await teacher.locator('summary', { hasText: lesson }).click();
  for (const exercise of [fill, single, trueFalse]) await teacher.locator(`input[value="${exercise.id}"]`).check();
  expect(await teacher.getByRole('status').filter({ hasText: 'gekozen' }).innerText()).toBe('3 oefeningen gekozen');
  // Feedback by default: answers directly after handing in.
  expect(await teacher.getByLabel('Direct na het inleveren').isChecked()).toBe(true);
  if (options.afterClosing !== undefined) {
    await teacher.getByLabel('Pas als de opdracht sluit').check();
    await teacher.getByRole('button', { name: 'Maak de opdracht' }).click();
    await teacher.getByRole('alert').filter({ hasText: 'Kies een sluittijd' }).waitFor();
    // The refusal keeps everything the teacher chose.
    expect(await teacher.getByLabel('Ik kies de oefeningen zelf').isChecked()).toBe(true);
    expect(await teacher.locator('input[name="exerciseIds"]:checked').count()).toBe(3);
    await teacher.getByLabel(/^Sluit op/).fill(options.afterClosing);
  }
  await teacher.getByRole('button', { name: 'Maak de opdracht' }).click();
  await teacher.getByRole('heading', { name: title }).waitFor();
  return { code: (await teacher.getByLabel(/^Code: /).innerText()).trim(), url: new URL(teacher.url()).pathname };
}

type Answers = { fill?: boolean; single?: 'right' | 'wrong'; trueFalse?: boolean };

/** A student who joins by link in their own browser, answers and hands in (after the warning, when something is left open). */
async function handIn(code: string, displayName: string, studentNumber: string, answers: Answers) {
  const { page, errors } = await newPage();
  await page.goto(`/opdracht/${code}`);
  await page.getByLabel('Je naam').fill(displayName);
  if (studentNumber) await page.getByLabel(/Studentnummer/).fill(studentNumber);
  await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
  if (answers.fill) {
    for (const [index, answer] of rightBlanks.entries()) {
      await question(page, QUESTIONS.fill)
        .getByLabel(`Open plek ${index + 1} van ${rightBlanks.length}`)
        .fill(answer);
    }
  }
  if (answers.single)
    await question(page, QUESTIONS.single)
      .getByLabel((answers.single === 'right' ? rightOption : wrongOption).text)
      .check();
  if (answers.trueFalse) {
    await question(page, QUESTIONS.trueFalse)
      .getByRole('radio', { name: trueFalse.answer ? 'Waar' : 'Niet waar' })
      .check();
  }
  await page.getByRole('button', { name: 'Lever de opdracht in' }).click();
  if (!(answers.fill && answers.single && answers.trueFalse)) await page.getByRole('button', { name: 'Toch inleveren' }).click();
  await page.getByRole('heading', { name: 'Je uitslag' }).waitFor();
  return { page, errors };
}

const question = (page: Page, index: number) => page.locator('.test-question').nth(index);
const saved = (page: Page) =>
  page.waitForResponse(
    (response) => response.url().includes('/antwoorden') && response.request().method() === 'PUT' && response.ok(),
  );

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page: teacher, errors: teacherErrors } = await newPage(1280));
  await signUpTeacher(teacher, 'Bakker');
  Object.assign(graded, await makeAssignment('Toets les 1 en 3'));
  await handIn(graded.code, 'Sanne', '00123456', { fill: true, single: 'right', trueFalse: true });
  await handIn(graded.code, 'Tim', '', { single: 'wrong', trueFalse: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('a class assignment from the toetsbank, graded on the server', () => {
  test('the picker shows a true-false exercise by its statement, with a preview', async () => {
    await teacher.goto('/docent/opdrachten/nieuw');
    await teacher.getByLabel('Ik kies de oefeningen zelf').check();
    await teacher.locator('summary', { hasText: 'Les 3:' }).click();
    const box = teacher.locator(`input[value="${trueFalse.id}"]`);
    const label = await box.locator('xpath=ancestor::label').innerText();
    expect(label).toContain(trueFalse.statement.replace(/[*_]/g, '').slice(0, 25));
    expect(label).not.toContain('waar of niet waar?');
    expect(await teacher.getByText('Geavanceerd').count()).toBe(0);
    await teacher.getByLabel('Een aantal per les, willekeurig getrokken').check();
    expect(await teacher.getByLabel(/Startwaarde/).isVisible()).toBe(false);
    await teacher.getByText('Geavanceerd').click();
    expect(await teacher.getByLabel(/Startwaarde/).isVisible()).toBe(true);
  });

  test('the teacher gets a join code, a link and a QR code; the assignment says it comes from the toetsbank', async () => {
    await teacher.goto(graded.url);
    expect(graded.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(await teacher.getByRole('img', { name: 'QR-code met de link naar de opdracht' }).locator('svg').count()).toBe(1);
    expect(await teacher.getByRole('link', { name: new RegExp(`/opdracht/${graded.code}$`) }).count()).toBe(1);
    expect(await teacher.getByText('Uit de toetsbank').count()).toBe(1);
    expect(await axeViolations(teacher)).toEqual([]);
  });

  test('a student joins by code, answers, reloads halfway and hands in; the page never names a bank item', async () => {
    const { code } = await makeAssignment('Toets voor Noor');
    const { page, errors } = await newPage();
    await page.goto('/opdracht');
    await page.getByLabel('Code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Naar de opdracht' }).click();
    await page.getByLabel('Je naam').fill('Noor');
    await page.getByLabel(/Studentnummer/).fill('123456');
    await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
    await question(page, 0).waitFor();
    // The page holds only the public view: no key, no explanation, no bank ids or lessons.
    const html = await page.content();
    for (const secret of [single.explanation.slice(0, 30), '"correct"', 'tb-', 'wat-is-een-customer-journey', 'b2b-en-b2c']) {
      expect(html, secret).not.toContain(secret);
    }

    const firstSave = saved(page);
    await question(page, QUESTIONS.single).getByLabel(rightOption.text).check();
    await firstSave;
    await page.reload();
    expect(await question(page, QUESTIONS.single).getByLabel(rightOption.text).isChecked()).toBe(true);

    await question(page, QUESTIONS.trueFalse)
      .getByRole('radio', { name: trueFalse.answer ? 'Waar' : 'Niet waar' })
      .check();
    for (const [index, answer] of rightBlanks.entries()) {
      await question(page, QUESTIONS.fill)
        .getByLabel(`Open plek ${index + 1} van ${rightBlanks.length}`)
        .fill(answer);
    }
    await page.getByRole('button', { name: 'Lever de opdracht in' }).click();
    await page.getByRole('heading', { name: 'Je uitslag' }).waitFor();
    expect(await page.title()).toBe('Opdracht · Klantreis');
    expect(
      await page
        .getByRole('region', { name: /uitslag/ })
        .getByText(/^Je (score|beste poging):/)
        .innerText(),
    ).toContain('100 procent');
    // Answers are shown directly: the explanation is there now.
    expect(await page.getByText('Uitleg', { exact: true }).count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a student hands in one wrong and one empty answer after a warning, then hands the computer over', async () => {
    const { code } = await makeAssignment('Toets voor Tim');
    const { page, errors } = await newPage();
    await page.goto(`/opdracht/${code.toLowerCase()}`);
    expect(new URL(page.url()).pathname).toBe(`/opdracht/${code}`);
    await page.getByLabel('Je naam').fill('Tim');
    await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
    await question(page, QUESTIONS.single).getByLabel(wrongOption.text).check();
    await question(page, QUESTIONS.trueFalse)
      .getByRole('radio', { name: trueFalse.answer ? 'Waar' : 'Niet waar' })
      .check();
    await page.getByRole('button', { name: 'Lever de opdracht in' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'Wil je toch inleveren?' }).innerText()).toContain(
      'telt als 0 punten',
    );
    await page.getByRole('button', { name: 'Toch inleveren' }).click();
    await page.getByRole('heading', { name: 'Je uitslag' }).waitFor();
    expect(
      await page
        .getByRole('region', { name: /uitslag/ })
        .getByText(/^Je (score|beste poging):/)
        .innerText(),
    ).toContain('33 procent');
    // A shared classroom computer: the next student says "not Tim" and gets the join form.
    await page.getByRole('button', { name: 'Ben je niet Tim? Wissel van leerling' }).click();
    await page.getByRole('button', { name: 'Ja, ik ben iemand anders' }).click();
    await page.getByLabel('Je naam').waitFor();
    expect(await page.getByRole('heading', { name: 'Je uitslag' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('the teacher sees both students, the share right per question and the most chosen wrong answer', async () => {
    await teacher.goto(graded.url);
    const students = teacher.getByRole('region', { name: 'Resultaten per leerling' });
    expect(await students.getByRole('row').count()).toBe(3);
    expect(await students.getByRole('row', { name: /Sanne/ }).innerText()).toContain('100%');
    expect(await students.getByRole('row', { name: /Tim/ }).innerText()).toContain('33%');
    const questions = teacher.getByRole('region', { name: 'Resultaten per vraag' });
    const singleRow = await questions
      .getByRole('row')
      .nth(QUESTIONS.single + 1)
      .innerText();
    expect(singleRow).toContain('50% (1 van 2)');
    expect(await teacher.getByText('Over de poging die telt van 2 leerlingen die inleverden.').count()).toBe(1);
    expect(singleRow).toContain(`${wrongOption.text} (1×)`);

    await students.getByRole('link', { name: 'Tim' }).click();
    await teacher.getByRole('heading', { name: 'Tim' }).waitFor();
    expect(await teacher.getByRole('row', { name: new RegExp(`^${QUESTIONS.single + 1}\\.`) }).innerText()).toContain(
      wrongOption.text,
    );
    expect(await teacher.getByText('geen antwoord').count()).toBe(1);
    expect(teacherErrors).toEqual([]);
  });

  test('the CSV opens in Dutch Excel: BOM, semicolons, decimal comma, student numbers as typed', async () => {
    await teacher.goto(graded.url);
    const download = teacher.waitForEvent('download');
    await teacher.getByRole('link', { name: /Download resultaten/ }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toMatch(/^\uFEFFNaam;Studentnummer;Ingeleverd;/);
    expect(lines[0]).toContain(';Vraag 1: ');
    expect(lines[0]).not.toContain('(tb-');
    expect(lines).toHaveLength(3);
    expect(lines.find((line) => line.startsWith('Sanne;'))).toMatch(/^Sanne;"=""00123456""";.*;3;3;100;/);
    expect(lines.find((line) => line.startsWith('Tim;;'))).toMatch(/;1;3;33,33;/);
  });

  test('another teacher gets a 404 for the assignment, its students and its CSV', async () => {
    const { page } = await newPage(1280);
    await signUpTeacher(page, 'Jansen');
    for (const path of [graded.url, `${graded.url}/resultaten`, `${graded.url}/leerling/1`, `${graded.url}/stand`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain('Sanne');
    }
  });

  test('once the teacher closes an assignment, nobody can join or hand in', async () => {
    const { code } = await makeAssignment('Toets die sluit');
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

  test('deleting an assignment removes it and its code', async () => {
    const { code, url } = await makeAssignment('Toets die weg moet');
    await teacher.getByText('Opdracht verwijderen').click();
    await teacher.getByRole('button', { name: 'Verwijder de opdracht en alle resultaten' }).click();
    await teacher.getByRole('heading', { name: 'Je opdrachten' }).waitFor();
    expect(await teacher.getByRole('status').filter({ hasText: 'is verwijderd' }).innerText()).toContain(
      'Opdracht “Toets die weg moet” is verwijderd',
    );
    expect(await teacher.getByRole('link', { name: 'Toets die weg moet' }).count()).toBe(0);
    expect((await teacher.request.get(url)).status()).toBe(404);
    const { page } = await newPage();
    await page.goto(`/opdracht/${code}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Deze code kennen we niet');
  });
});

describe('feedback, live results and double joins (issue 14)', () => {
  test('answers after closing: a student sees ✓/✗ per question at once, the key only later; a name ending in a period ends once', async () => {
    const { code } = await makeAssignment('Toets met antwoorden na sluiten', { afterClosing: '2099-06-30T17:00' });
    const { page, errors } = await newPage();
    await page.goto(`/opdracht/${code}`);
    await page.getByLabel('Je naam').fill('Sem B.');
    await page.getByRole('button', { name: 'Begin met de opdracht' }).click();
    const greeting = await page.getByText(/^Hoi Sem B/).innerText();
    expect(greeting).toMatch(/^Hoi Sem B\. Je antwoorden/);
    await question(page, QUESTIONS.single).getByLabel(rightOption.text).check();
    await page.getByRole('button', { name: 'Lever de opdracht in' }).click();
    await page.getByRole('button', { name: 'Toch inleveren' }).click();
    await page.getByRole('heading', { name: 'Je uitslag' }).waitFor();
    const marks = page.getByRole('list', { name: 'Per vraag' }).getByRole('listitem');
    expect(await marks.count()).toBe(3);
    expect(await marks.nth(QUESTIONS.single).innerText()).toContain('✓ Goed');
    expect(await marks.nth(QUESTIONS.fill).innerText()).toContain('✗ Fout');
    expect(await page.getByText('Uitleg', { exact: true }).count()).toBe(0);
    expect(await page.content()).not.toContain(single.explanation.slice(0, 30));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  test('the results update by themselves, and a student who joined twice is merged into one', async () => {
    const { code, url } = await makeAssignment('Toets met een dubbele aanmelding');
    await teacher.goto(url);
    await teacher.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
    await handIn(code, 'Lotte', '', { single: 'wrong' });
    await handIn(code, 'Lotte', '', { fill: true, single: 'right', trueFalse: true });
    const students = teacher.getByRole('region', { name: 'Resultaten per leerling' });
    // No reload: the page asks for a stamp and re-renders itself (the window keeps its marker). It
    // asks every 12 s and when the teacher comes back to the tab; the test does the latter, not to
    // wait for the timer (tests/components/teacher/live-results.test.tsx covers the timer).
    await teacher.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await students.getByRole('row', { name: /Lotte.*100%/ }).waitFor({ timeout: 30_000 });
    expect(await teacher.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    expect(await students.getByRole('row', { name: /Lotte/ }).count()).toBe(2);

    const twins = teacher.getByRole('region', { name: 'Dubbele aanmeldingen' });
    for (const [width, colorScheme] of [
      [1280, 'light'],
      [1280, 'dark'],
      [360, 'dark'],
      [360, 'light'],
    ] as const) {
      await teacher.setViewportSize({ width, height: 900 });
      await teacher.emulateMedia({ colorScheme });
      await twins.locator('summary').first().click();
      expect(await axeViolations(teacher), `${width} ${colorScheme}`).toEqual([]);
      await twins.locator('summary').first().click();
    }
    await teacher.setViewportSize({ width: 1280, height: 900 });
    await teacher.emulateMedia({ colorScheme: 'light' });
    await twins.locator('summary').first().click();
    await twins.getByRole('button', { name: 'Voeg samen' }).click();
    await teacher.getByRole('status').filter({ hasText: 'Alle pogingen staan nu bij Lotte' }).waitFor();
    expect(await students.getByRole('row', { name: /Lotte/ }).count()).toBe(1);
    expect(await students.getByRole('row', { name: /Lotte/ }).innerText()).toContain('100%');
    expect(await students.getByRole('row', { name: /Lotte/ }).innerText()).toContain('2 pogingen');
    expect(await teacher.getByRole('region', { name: 'Dubbele aanmeldingen' }).count()).toBe(0);

    // Removing a student ends with a message too.
    await students.getByRole('link', { name: 'Lotte' }).click();
    await teacher.getByText('Leerling verwijderen').click();
    await teacher.getByRole('button', { name: /^Verwijder Lotte/ }).click();
    await teacher.getByRole('status').filter({ hasText: 'De leerling is verwijderd' }).waitFor();
    expect(await teacher.getByText('Nog niemand doet mee.').count()).toBe(1);
    expect(teacherErrors).toEqual([]);
  });

  test('reopening after students saw the answers asks first, with that warning', async () => {
    const { code } = await makeAssignment('Toets die weer opengaat');
    await handIn(code, 'Ravi', '', { single: 'right' });
    await teacher.reload();
    await teacher.getByRole('button', { name: 'Sluit de opdracht nu' }).click();
    await teacher.locator('summary', { hasText: 'Open de opdracht opnieuw' }).click();
    expect(await teacher.getByText(/leerlingen hebben de juiste antwoorden en de uitleg al gezien/).isVisible()).toBe(true);
    await teacher.getByRole('button', { name: 'Ja, open de opdracht opnieuw' }).click();
    await teacher.getByRole('button', { name: 'Sluit de opdracht nu' }).waitFor();
  });
});

describe('bad requests get a Dutch 4xx, never a 500', () => {
  const post = (path: string, body: string, headers: Record<string, string> = { origin: baseUrl }) =>
    fetch(new URL(path, baseUrl), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  test.each([
    ['no JSON', '{"displayName":', 400, 'geen geldige JSON'],
    ['an unknown field', '{"displayName":"Sanne","email":"a@b.nl"}', 400, 'Onbekend veld: email'],
    ['a missing name', '{}', 400, 'Naam ontbreekt'],
    ['a name without a letter', '{"displayName":"1234"}', 400, 'minstens één letter'],
    ['a name with a right-to-left override', '{"displayName":"\\u202Eennas"}', 400, 'stuurtekens'],
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
