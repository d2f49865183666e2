import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { unzip } from '../../lib/lms/zip';
import { axeEverywhere, axeViolations, baseUrl, launchBrowser, recordErrors, signUpTeacher } from './browser';

// A teacher takes Klantreis into the school's LMS on the built site: the guide, a lesson as a SCORM
// package, the toetsbank as QTI, and an assignment's questions as a SCORM quiz. The packages
// themselves are tested in tests/lib/lms and scorm.e2e.ts; this proves the pages and routes deliver them.

let browser: Browser;
let teacher: Page;
let errors: string[] = [];

/** Submits a form by its button and returns the downloaded file's name and unzipped files. */
async function download(button: ReturnType<Page['getByRole']>) {
  const started = teacher.waitForEvent('download');
  await button.click();
  const file = await started;
  return { name: file.suggestedFilename(), files: await unzip(readFileSync(await file.path())) };
}

const text = (data: Uint8Array | undefined) => new TextDecoder().decode(data);

/**
 * The downloaded package, served from a deep path as an LMS serves it and opened without an LMS:
 * the player fills every exercise slot of the lesson, asks for nothing but the package's own files,
 * and logs no error.
 */
async function runsOnItsOwn(files: Map<string, Uint8Array>) {
  const deep = '/pluginfile.php/1/mod_scorm/content/1/';
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requested.push(url.pathname);
    const body = url.pathname.startsWith(deep) ? files.get(url.pathname.slice(deep.length)) : undefined;
    if (!body) return void response.writeHead(404).end();
    const type = url.pathname.endsWith('.js') ? 'text/javascript' : url.pathname.endsWith('.css') ? 'text/css' : 'text/html';
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  const pageErrors = recordErrors(page);
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${deep}index.html`);
    await page.waitForSelector('[data-opslag]');
    const slots = page.locator('[data-oefening]');
    expect(await slots.count()).toBeGreaterThan(0);
    // Each exercise is there to do: checked with Controleer, an open one compared with its model answer.
    for (const slot of await slots.all()) {
      expect(await slot.getByRole('button', { name: /^(Controleer|Vergelijk met het modelantwoord)$/ }).count()).toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(new Set(requested)).toEqual(
      new Set([...files.keys()].filter((name) => name !== 'imsmanifest.xml').map((name) => deep + name)),
    );
    expect(pageErrors).toEqual([]);
  } finally {
    await page.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: baseUrl, acceptDownloads: true });
  teacher = await context.newPage();
  errors = recordErrors(teacher);
  await signUpTeacher(teacher, 'Lotte');
});

afterAll(async () => {
  await browser?.close();
});

describe('Klantreis in the LMS', () => {
  test("the guide is linked from the teacher's home, axe clean; it downloads a lesson package and the toetsbank as QTI", async () => {
    await teacher.getByRole('link', { name: 'Klantreis in je leeromgeving' }).first().click();
    await teacher.getByRole('heading', { level: 1, name: 'Klantreis in je leeromgeving' }).waitFor();
    expect(await axeEverywhere(teacher)).toEqual([]);
    await teacher.setViewportSize({ width: 1280, height: 900 });

    const lessonForm = teacher.locator('form', { has: teacher.getByRole('heading', { name: 'Een les' }) });
    await lessonForm.getByLabel('Les').selectOption({ label: "Persona's" });
    await lessonForm.getByLabel(/SCORM 2004/).check();
    const lesson = await download(lessonForm.getByRole('button', { name: 'Download de les' }));
    expect(lesson.name).toBe('klantreis-les-personas-scorm2004.zip');
    expect([...lesson.files.keys()].sort()).toEqual([
      'imsmanifest.xml',
      'index.html',
      'klantreis-speler.css',
      'klantreis-speler.js',
    ]);
    expect(text(lesson.files.get('imsmanifest.xml'))).toContain('2004 4th Edition');
    expect(text(lesson.files.get('index.html'))).not.toContain('/_next/');
    await runsOnItsOwn(lesson.files);

    const qti = await download(teacher.getByRole('button', { name: /QTI/ }));
    expect(qti.name).toMatch(/\.zip$/);
    const items = [...qti.files.keys()].filter((name) => name.startsWith('items/'));
    expect(items.length).toBeGreaterThan(20);
    expect(text(qti.files.get('imsmanifest.xml'))).toContain(items[0]!);
    expect(errors).toEqual([]);
  });

  test("an assignment's questions download as a SCORM 1.2 quiz with the pass mark the teacher sets", async () => {
    await teacher.goto('/docent/opdrachten/nieuw');
    await teacher.getByLabel('Titel').fill('Oefentoets LMS');
    await teacher.getByLabel(/^Les 1:/).check();
    await teacher.getByRole('button', { name: 'Maak de opdracht' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Oefentoets LMS' }).waitFor();
    const section = teacher.getByRole('region', { name: 'Als SCORM-pakket' });
    await section.getByLabel('Cesuur (procent)').fill('60');
    const quiz = await download(section.getByRole('button', { name: 'Download als SCORM-pakket' }));
    expect(quiz.name).toMatch(/scorm12\.zip$/);
    const manifest = text(quiz.files.get('imsmanifest.xml'));
    expect(manifest).toMatch(/<adlcp:masteryscore>60<\/adlcp:masteryscore>/);
    // The package carries the assignment's (toetsbank) questions: the teacher was told so.
    expect(text(quiz.files.get('index.html'))).toContain('"tb-');
    expect(await section.innerText()).toContain('de antwoorden zitten in het pakket');
    expect(errors).toEqual([]);
  });
});
