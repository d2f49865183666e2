// The SCORM player in Chromium: a test page acts as the LMS with scorm-again's Scorm12API or
// Scorm2004API, and loads an unzipped package in an iframe from a deep path, as Moodle does. A tiny
// node:http server serves both (not the Next site). Needs the built player: node scripts/build-player.mjs.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PackageData, ScormVersion } from '../../lib/lms/package';
import { score, solve, type Exercise } from '../../lib/scoring';
import { axeEverywhere, launchBrowser, recordErrors, settle } from './browser';
import { lessonPackage, packageFiles, quizItems, quizPackage } from './scorm-fixture';

const root = path.resolve(import.meta.dirname, '..', '..');
const DEEP = '/pluginfile.php/1/mod_scorm/content';
const packages: Record<string, PackageData> = {
  '1': quizPackage('1.2'),
  '2': quizPackage('2004'),
  '3': lessonPackage('1.2'),
  '4': lessonPackage('2004'),
};
const files = Object.fromEntries(Object.entries(packages).map(([key, data]) => [key, packageFiles(data)]));

// The LMS page: scorm-again's API on window.API / window.API_1484_11, with SetValue, GetValue, Commit
// and Finish wrapped to record every call (and, with noMode, to answer "" for the lesson mode).
const lmsPage = (
  version: string,
) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="/scorm-again/scorm${version === '1.2' ? '12' : '2004'}.min.js"></script></head>
<body><script>
window.lmsLog = [];
window.startLms = (version, content, initial, noMode) => {
  const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (initial) api.loadFromJSON(initial);
  const names = version === '1.2'
    ? { set: 'LMSSetValue', get: 'LMSGetValue', commit: 'LMSCommit', finish: 'LMSFinish', error: 'LMSGetLastError' }
    : { set: 'SetValue', get: 'GetValue', commit: 'Commit', finish: 'Terminate', error: 'GetLastError' };
  const real = Object.fromEntries(Object.entries(names).map(([key, name]) => [key, api[name].bind(api)]));
  api[names.set] = (key, value) => {
    const result = real.set(key, value);
    window.lmsLog.push({ call: 'set', key, value: String(value), result: String(result), error: String(real.error()) });
    return result;
  };
  api[names.get] = (key) => {
    if (noMode && (key === 'cmi.core.lesson_mode' || key === 'cmi.mode')) return '';
    return real.get(key);
  };
  api[names.commit] = (arg) => { const result = real.commit(arg); window.lmsLog.push({ call: 'commit', result: String(result) }); return result; };
  api[names.finish] = (arg) => { const result = real.finish(arg); window.lmsLog.push({ call: 'finish', result: String(result) }); return result; };
  window[version === '1.2' ? 'API' : 'API_1484_11'] = api;
  const frame = document.createElement('iframe');
  frame.title = 'Pakket';
  frame.style = 'width: 100%; height: 90vh; border: 0';
  frame.src = '${DEEP}/' + content + '/index.html';
  document.body.append(frame);
};
window.closePackage = () => document.querySelector('iframe').remove();
</script></body></html>`;

let server: Server;
let base: string;
let browser: Browser;
/** Every path the browser asked for, to check that a package asks only for its own files. */
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requested.push(url.pathname);
    const send = (type: string, body: string | Buffer) => {
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    };
    const inPackage = new RegExp(`^${DEEP}/(\\d)/([\\w.-]+)$`).exec(url.pathname);
    if (url.pathname === '/lms.html') return send('text/html; charset=utf-8', lmsPage(url.searchParams.get('v') ?? '1.2'));
    if (/^\/scorm-again\/scorm(12|2004)\.min\.js$/.test(url.pathname)) {
      return send('text/javascript', readFileSync(path.join(root, 'node_modules/scorm-again/dist', path.basename(url.pathname))));
    }
    const body = inPackage ? files[inPackage[1]!]?.get(inPackage[2]!) : undefined;
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const type = inPackage![2]!.endsWith('.js')
      ? 'text/javascript'
      : inPackage![2]!.endsWith('.css')
        ? 'text/css'
        : 'text/html; charset=utf-8';
    send(type, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

type LogEntry = { call: 'set' | 'commit' | 'finish'; key?: string; value?: string; result: string; error?: string };
const logOf = (page: Page) => page.evaluate(() => (window as unknown as { lmsLog: LogEntry[] }).lmsLog);
/** The last value set per element. */
const valuesOf = (log: LogEntry[]) =>
  Object.fromEntries(log.filter((entry) => entry.call === 'set').map((entry) => [entry.key!, entry.value!]));

/** Every SetValue succeeded and kept the strict 1.2 limits (scorm-again does not enforce them). */
function checkLimits(log: LogEntry[]) {
  for (const entry of log) {
    expect(entry.result, `${entry.call} ${entry.key}=${entry.value} (error ${entry.error})`).toBe('true');
    if (entry.key === 'cmi.suspend_data') expect(entry.value!.length).toBeLessThanOrEqual(4096);
    if (/\.(student_response|learner_response)$/.test(entry.key ?? '')) expect(entry.value!.length).toBeLessThanOrEqual(255);
    if (/^cmi\.interactions\.\d+\.id$/.test(entry.key ?? '')) expect(entry.value).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
  }
}

async function openLms(
  version: ScormVersion,
  initial: object | null,
  noMode = false,
  content = version === '1.2' ? '1' : '2',
): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = recordErrors(page);
  await page.goto(`${base}/lms.html?v=${version}`);
  await page.evaluate(
    ([v, content, data, mode]) =>
      (window as unknown as { startLms: (...args: unknown[]) => void }).startLms(v, content, data, mode),
    [version, content, initial, noMode] as const,
  );
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('[data-opslag]');
  return { page, frame, errors };
}

const items = quizItems();
const question = (frame: Frame, index: number) => frame.locator('.kr-questions > li').nth(index);
const optionText = (exercise: Exercise, correct: boolean) =>
  'options' in exercise ? exercise.options.find((option) => (option.correct === true) === correct)!.text : '';

/** Answers question `index` of the fixture quiz, right or wrong, through the page. */
async function answer(frame: Frame, index: number, right: boolean) {
  const exercise = items[index]!;
  const box = question(frame, index);
  if (exercise.type === 'single-choice') await box.getByRole('radio', { name: optionText(exercise, right), exact: true }).check();
  else if (exercise.type === 'multiple-choice') {
    for (const option of exercise.options) {
      const shouldTick = right ? option.correct === true : option.id === exercise.options.find((o) => o.correct !== true)!.id;
      const box2 = box.getByRole('checkbox', { name: option.text, exact: true });
      if (shouldTick) await box2.check();
      else await box2.uncheck();
    }
  } else if (exercise.type === 'true-false') {
    await box.getByRole('radio', { name: exercise.answer === right ? 'Waar' : 'Niet waar', exact: true }).check();
  } else if (exercise.type === 'fill-blanks') {
    const answers = (solve(exercise) as { answers: string[] }).answers;
    for (const [blank, text] of answers.entries()) {
      await box.getByRole('textbox', { name: `Open plek ${blank + 1} van ${answers.length}` }).fill(right ? text : 'xyzzy');
    }
  }
}

const pointsOf = (index: number, right: boolean) => (right ? score(items[index]!, solve(items[index]!)).points : 0);
const maxOf = items.reduce((sum, exercise) => sum + score(exercise, null).maxPoints, 0);

describe.each(['1.2', '2004'] as const)('a quiz package in an LMS with SCORM %s', (version) => {
  const status = (values: Record<string, string>) =>
    version === '1.2' ? values['cmi.core.lesson_status'] : `${values['cmi.completion_status']}/${values['cmi.success_status']}`;

  test('no lesson_mode, a partial answer, closed without Afronden, reopened with the same answers, then all right: passed and 100', async () => {
    // First visit: no lesson mode from the LMS (normal), one right and one wrong answer, then the LMS closes the frame.
    const first = await openLms(version, null, true);
    expect(await first.frame.locator('[data-opslag]').getAttribute('data-opslag')).toBe('normal');
    await answer(first.frame, 0, true);
    await answer(first.frame, 1, false);
    await first.page.waitForFunction(
      () => (window as unknown as { lmsLog: LogEntry[] }).lmsLog.filter((entry) => entry.key?.endsWith('.result')).length >= 2,
    );
    await first.page.evaluate(() => (window as unknown as { closePackage: () => void }).closePackage());
    const log = await logOf(first.page);
    checkLimits(log);
    const values = valuesOf(log);
    // The last answer's interaction, score, status and suspend_data all come before a commit.
    const lastSet = log.findLastIndex((entry) => entry.key === 'cmi.suspend_data');
    expect(log.slice(lastSet).some((entry) => entry.call === 'commit')).toBe(true);
    const keys = log.map((entry) => entry.key);
    const scoreKey = version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw';
    const statusKey = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
    expect(keys.lastIndexOf(scoreKey)).toBeLessThan(keys.lastIndexOf(statusKey));
    expect(values[`cmi.interactions.0.result`]).toBe('correct');
    expect(values[`cmi.interactions.1.result`]).toBe(version === '1.2' ? 'wrong' : 'incorrect');
    const partial = Math.round((pointsOf(0, true) / maxOf) * 10000) / 100;
    expect(Number(values[scoreKey])).toBe(partial);
    expect(status(values)).toBe(version === '1.2' ? 'incomplete' : 'incomplete/unknown');
    if (version === '2004') expect(Number(values['cmi.score.scaled'])).toBeCloseTo(partial / 100, 4);
    expect(first.errors).toEqual([]);
    await first.page.close();

    // Second visit: the LMS resumes with the saved data; the answers are back.
    const location =
      version === '1.2'
        ? { core: { entry: 'resume', lesson_location: values['cmi.core.lesson_location'] } }
        : { entry: 'resume', location: values['cmi.location'] };
    const second = await openLms(version, { cmi: { ...location, suspend_data: values['cmi.suspend_data'] } });
    expect(await second.frame.locator('[data-opslag]').innerText()).toContain('Welkom terug');
    const single = items[0]!;
    expect(
      await question(second.frame, 0)
        .getByRole('radio', { name: optionText(single, true), exact: true })
        .isChecked(),
    ).toBe(true);
    const multi = items[1]!;
    expect(
      await question(second.frame, 1)
        .getByRole('checkbox', { name: optionText(multi, false), exact: true })
        .isChecked(),
    ).toBe(true);
    await answer(second.frame, 1, true);
    await answer(second.frame, 2, true);
    await answer(second.frame, 3, true);
    await second.frame.getByRole('button', { name: 'Afronden' }).click();
    const result = second.frame.locator('[data-resultaat]');
    await result.waitFor();
    const total = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(maxOf);
    expect(await result.innerText()).toContain(`Je hebt ${total} van de ${total} punten: 100 %. Geslaagd (nodig: 55 %).`);
    const log2 = await logOf(second.page);
    checkLimits(log2);
    const after = valuesOf(log2);
    expect(after[scoreKey]).toBe('100');
    expect(status(after)).toBe(version === '1.2' ? 'passed' : 'completed/passed');
    if (version === '2004') expect(after['cmi.score.scaled']).toBe('1');
    expect(after[version === '1.2' ? 'cmi.core.score.min' : 'cmi.score.min']).toBe('0');
    expect(after[version === '1.2' ? 'cmi.core.score.max' : 'cmi.score.max']).toBe('100');
    expect(log2.at(-1)?.call).toBe('finish');
    expect(second.errors).toEqual([]);
    // The package asked only for its own three files, from its own deep folder.
    const own = requested.filter((url) => url.startsWith(DEEP));
    expect(new Set(own.map((url) => url.replace(/^.*\//, '')))).toEqual(
      new Set(['index.html', 'klantreis-speler.js', 'klantreis-speler.css']),
    );
    expect(requested.filter((url) => !url.startsWith(DEEP) && url !== '/lms.html' && !url.startsWith('/scorm-again/'))).toEqual(
      [],
    );
    await second.page.close();
  });
});

describe('a lesson package in an LMS with SCORM 2004', () => {
  test('each first check is saved; completed once every exercise is checked, no success status; Afronden terminates', async () => {
    const { page, frame, errors } = await openLms('2004', null, false, '4');
    const lesson = lessonPackage('2004');
    const [first, second] = [frame.locator('[data-oefening]').nth(0), frame.locator('[data-oefening]').nth(1)];
    await first.getByRole('radio', { name: optionText(lesson.items[0]!.exercise, true), exact: true }).check();
    await first.getByRole('button', { name: 'Controleer' }).click();
    await first.locator('[data-verdict="goed"]').waitFor();
    let values = valuesOf(await logOf(page));
    expect([values['cmi.completion_status'], values['cmi.success_status'], values['cmi.location']]).toEqual([
      'incomplete',
      'unknown',
      'oefening-1',
    ]);
    const truth = lesson.items[1]!.exercise as Extract<Exercise, { type: 'true-false' }>;
    await second.getByRole('radio', { name: truth.answer ? 'Niet waar' : 'Waar', exact: true }).check();
    await second.getByRole('button', { name: 'Controleer' }).click();
    await second.locator('[data-verdict="fout"]').waitFor();
    await frame.getByRole('button', { name: 'Afronden' }).click();
    await frame.locator('[data-afgerond]').waitFor();
    const log = await logOf(page);
    checkLimits(log);
    values = valuesOf(log);
    expect(values).toMatchObject({
      'cmi.interactions.0.result': 'correct',
      'cmi.interactions.1.type': 'true-false',
      'cmi.interactions.1.learner_response': String(!truth.answer),
      'cmi.interactions.1.result': 'incorrect',
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'unknown',
      'cmi.exit': 'suspend',
    });
    expect(Number(values['cmi.score.raw'])).toBeGreaterThan(0);
    expect(Number(values['cmi.score.raw'])).toBeLessThan(100);
    expect(log.at(-1)?.call).toBe('finish');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('without an LMS', () => {
  test('a lesson and a quiz are practice pages that store nothing and still check answers; axe finds nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${base}${DEEP}/3/index.html`);
    await settle(page);
    expect(await page.locator('[data-opslag]').innerText()).toBe(
      'Dit is een oefenversie buiten je leeromgeving: je antwoorden worden nergens opgeslagen.',
    );
    // The lesson's text is in index.html itself; the exercises are mounted in their slots.
    expect(await page.locator('[data-les] h2').first().innerText()).toBe('Wat is een persona?');
    const lesson = lessonPackage('1.2');
    const first = page.locator('[data-oefening]').first();
    const exercise = lesson.items[0]!.exercise;
    await first.getByRole('radio', { name: optionText(exercise, true), exact: true }).check();
    await first.getByRole('button', { name: 'Controleer' }).click();
    await first.locator('[data-verdict="goed"]').waitFor();
    expect(await page.locator('[data-voortgang]').innerText()).toContain('Je hebt 1 van de 2 oefeningen gedaan.');
    await page.getByRole('button', { name: 'Afronden' }).click();
    expect(await page.locator('[data-afgerond]').innerText()).toBe('Klaar met oefenen.');

    await page.goto(`${base}${DEEP}/1/index.html`);
    await settle(page);
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.getByRole('button', { name: 'Toch inleveren' }).click();
    const result = page.locator('[data-resultaat]');
    await result.waitFor();
    // The result takes the focus (and so comes into view), for keyboard and screen reader users.
    await page.waitForFunction(() => document.activeElement?.id === 'kr-resultaat');
    expect(await result.innerText()).toContain('Niet geslaagd (nodig: 55 %).');
    expect(await result.innerText()).toContain('Dit is een oefenversie: je resultaat is nergens opgeslagen.');
    expect(await page.locator('[data-les-resultaat]').count()).toBeGreaterThan(1);
    expect(await axeEverywhere(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(DEEP) && url !== '/lms.html' && !url.startsWith('/scorm-again/'))).toEqual(
      [],
    );
    await page.close();
  });
});
