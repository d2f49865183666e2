import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Exercise, TrueFalse } from '../../lib/scoring';
import { startMockLms, type MockLink, type MockLms, type MockUser } from '../support/mock-lms';
import { axeViolations, baseUrl, launchBrowser, personPage, signUpTeacher } from './browser';

// LTI 1.3 in a real browser against a mock LMS (tests/support/mock-lms.ts, on localhost, so it is
// another site than the tool on 127.0.0.1 and cookies behave as in real life): the admin registers
// it with one address (Dynamic Registration), a teacher in the LMS adds an assignment (Deep
// Linking), two students open it from their course, answer and hand in; the LMS gets both scores,
// and the teacher's page shows both students.

const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';
const trueFalse = (parse(readFileSync('content/toetsbank/03-b2b-en-b2c.yaml', 'utf8')) as Exercise[]).find(
  (exercise) => exercise.id === 'tb-b2-graafmachine',
) as TrueFalse;

let browser: Browser;
let lms: MockLms;
let admin: Page;
/** What the LMS showed while Klantreis registered itself (beforeAll). */
const registration = { text: '', errors: [] as string[] };
/** An assignment of the admin, linked by hand (custom parameter), for the launch in a frame. */
const framed = { code: '' };

const newPage = (width = 360) => personPage(browser, width);

/** An assignment of one true-false question; returns its page's path. */
async function makeAssignment(page: Page, title: string): Promise<string> {
  await page.goto('/docent/opdrachten/nieuw');
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Ik kies de oefeningen zelf').check();
  await page.locator('summary', { hasText: 'Les 3:' }).click();
  await page.locator(`input[value="${trueFalse.id}"]`).check();
  await page.getByRole('button', { name: 'Maak de opdracht' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  return new URL(page.url()).pathname;
}

beforeAll(async () => {
  browser = await launchBrowser();
  lms = await startMockLms({
    toolLoginUrl: `${baseUrl}/api/lti/login`,
    toolLaunchUrl: `${baseUrl}/api/lti/launch`,
    toolJwksUrl: `${baseUrl}/api/lti/jwks`,
  });
  ({ page: admin } = await newPage(1280));
  // The site's admin (ADMIN_EMAIL in tests/e2e/run.mjs) makes a registration address, and the LMS
  // admin opens it from the LMS (Dynamic Registration).
  await signUpTeacher(admin, 'Beheerder', 'beheer@klantreis.test');
  await admin.goto('/docent/beheer');
  await admin.getByRole('button', { name: 'Maak een registratie-URL' }).click();
  const address = (await admin.getByRole('status').filter({ hasText: 'Registratie-URL' }).locator('code').innerText()).trim();
  const { page: lmsAdmin, errors } = await newPage(1280);
  await lmsAdmin.goto(lms.registrationUrl(address));
  registration.text = await lmsAdmin.locator('main').innerText();
  registration.errors = errors;
  await makeAssignment(admin, 'Toets in een kader');
  framed.code = (await admin.getByLabel(/^Code: /).innerText()).trim();
});
afterAll(async () => {
  await browser?.close();
  await lms?.close();
});

/** A student opens the activity from their LMS course, answers and hands in. Returns the launch time. */
async function fromCourse(
  user: MockUser,
  link: MockLink,
  title: string,
  right: boolean,
): Promise<{ launchMs: number; handedInAt: number; errors: string[] }> {
  const { page, errors } = await newPage();
  // From the platform's form post of the id_token to the rendered assignment page.
  let posted = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/lti/launch') && !posted) posted = Date.now();
  });
  await page.goto(lms.loginUrl(user, link));
  await page.getByRole('heading', { name: title }).waitFor();
  const launchMs = Date.now() - posted;
  await hydrated(page);
  expect(new URL(page.url()).pathname).toMatch(/^\/opdracht\/[2-9A-HJKMNP-Z]{6}$/);
  // No join form: the LMS said who this is.
  expect(await page.getByLabel('Je naam').count()).toBe(0);
  expect(await page.getByText(`Hoi ${user.name}`).count()).toBe(1);
  await page.getByRole('radio', { name: trueFalse.answer === right ? 'Waar' : 'Niet waar', exact: true }).check();
  const handedInAt = Date.now();
  await page.getByRole('button', { name: 'Lever de opdracht in' }).click();
  await page.getByRole('heading', { name: 'Je uitslag' }).waitFor();
  return { launchMs, handedInAt, errors };
}

/**
 * Waits until the page's scripts ran and React is done (an answer chosen before hydration can be
 * reset by it; a loaded machine showed that once).
 */
async function hydrated(page: Page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
}

async function scoresArrived(n: number, within = 15_000): Promise<number> {
  const started = Date.now();
  while (lms.scores.length < n) {
    if (Date.now() - started > within) throw new Error(`only ${lms.scores.length} of ${n} scores arrived`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now();
}

describe('LTI 1.3: from the LMS course to its gradebook', () => {
  test('the admin registers the LMS with one address: Klantreis registers itself and lists the platform', async () => {
    expect(registration.errors).toEqual([]);
    expect(registration.text).toContain('Klantreis is aangemeld bij Moodle');
    expect(lms.registrations).toHaveLength(1);
    expect(lms.registrations[0]!.request).toMatchObject({
      initiate_login_uri: `${baseUrl}/api/lti/login`,
      redirect_uris: [`${baseUrl}/api/lti/launch`],
      jwks_uri: `${baseUrl}/api/lti/jwks`,
      token_endpoint_auth_method: 'private_key_jwt',
    });
    await admin.goto('/docent/beheer');
    expect(await admin.getByText(lms.clientId, { exact: true }).count()).toBe(1);
    expect(await admin.getByText(lms.deploymentId, { exact: true }).count()).toBe(1);
    // The address works once.
    const again = await admin.request.get(lms.registrationUrl(`${baseUrl}/api/lti/register?t=al-gebruikt-of-onbekend-0000`));
    expect(again.status()).toBe(401);
  });

  test('a teacher adds an assignment from the LMS (Deep Linking); two students launch it and hand in; the LMS gets each score once; the teacher sees both', async () => {
    const { page: teacher, errors: teacherErrors } = await newPage(1280);
    const instructor: MockUser = { sub: 'moodle-docent-7', name: 'Mevrouw Jansen', roles: [INSTRUCTOR] };
    await teacher.goto(lms.deepLinkUrl(instructor));
    await teacher.getByRole('heading', { name: 'Klantreis toevoegen aan je cursus' }).waitFor();
    const choice = teacher.url();
    // A teacher new to Klantreis makes the assignment first, then comes back to the choice.
    const assignmentUrl = await makeAssignment(teacher, 'Toets B2B via Moodle');
    // The new assignment's page leads back to the choice.
    await teacher.getByRole('link', { name: 'Terug naar je keuze' }).click();
    await teacher.waitForURL(choice);
    expect(await axeViolations(teacher)).toEqual([]);
    await teacher.getByLabel(/Toets B2B via Moodle/).check();
    await teacher.getByRole('button', { name: 'Toevoegen aan je cursus' }).click();
    await teacher.waitForURL(lms.deepLinkReturnUrl);
    expect(await teacher.locator('body').innerText()).toContain('Toegevoegd');
    expect(lms.rejectedDeepLinks).toEqual([]);
    expect(lms.lineItems).toEqual([
      expect.objectContaining({ label: 'Toets B2B via Moodle', scoreMaximum: 100, resourceLinkTitle: 'Toets B2B via Moodle' }),
    ]);
    const link = lms.linkFromDeepLink();

    const sanne = await fromCourse(
      { sub: 'moodle-501', name: 'Sanne de Vries', roles: [LEARNER] },
      link,
      'Toets B2B via Moodle',
      true,
    );
    const sannesScore = await scoresArrived(1);
    const tim = await fromCourse(
      { sub: 'moodle-502', name: 'Tim Bakker', roles: [LEARNER] },
      link,
      'Toets B2B via Moodle',
      false,
    );
    const timsScore = await scoresArrived(2);
    expect(sanne.errors).toEqual([]);
    expect(tim.errors).toEqual([]);
    const byUser = Object.fromEntries(lms.scores.map((score) => [score.body.userId, score]));
    expect(byUser['moodle-501']).toMatchObject({
      lineItem: link.lineItem,
      body: { scoreGiven: 1, scoreMaximum: 1, gradingProgress: 'FullyGraded' },
    });
    expect(byUser['moodle-502']).toMatchObject({
      lineItem: link.lineItem,
      body: { scoreGiven: 0, scoreMaximum: 1, gradingProgress: 'FullyGraded' },
    });
    expect(lms.scores).toHaveLength(2);
    console.log(
      `LTI: from the platform's form post to the rendered page ${sanne.launchMs} ms and ${tim.launchMs} ms; hand-in click to score at the LMS ${sannesScore - sanne.handedInAt} ms and ${timsScore - tim.handedInAt} ms`,
    );

    // The course has a third student who has not opened it yet (Names and Role Provisioning).
    lms.members.push(
      { user_id: 'moodle-501', name: 'Sanne de Vries', roles: [LEARNER] },
      { user_id: 'moodle-502', name: 'Tim Bakker', roles: [LEARNER] },
      { user_id: 'moodle-503', name: 'Eva Jansen', roles: [LEARNER] },
      { user_id: instructor.sub, name: instructor.name, roles: [INSTRUCTOR] },
    );
    // The teacher opens Klantreis from the course again and sees both students, and who has not started.
    await teacher.goto(lms.loginUrl(instructor, link));
    await teacher.getByRole('heading', { name: 'Toets B2B via Moodle' }).waitFor();
    expect(new URL(teacher.url()).pathname).toBe(assignmentUrl);
    for (const name of ['Sanne de Vries', 'Tim Bakker']) expect(await teacher.getByText(name).count()).toBeGreaterThan(0);
    const notStarted = teacher.getByRole('region', { name: 'Nog niet begonnen (uit je LMS)' });
    await notStarted.waitFor();
    expect(await notStarted.getByRole('listitem').allInnerTexts()).toEqual(['Eva Jansen']);
    // A second Instructor of the course is a teacher of it too: the same page, with both students.
    const { page: colleague } = await newPage(1280);
    await colleague.goto(lms.loginUrl({ sub: 'moodle-docent-9', name: 'Meneer Bos', roles: [INSTRUCTOR] }, link));
    await colleague.getByRole('heading', { name: 'Toets B2B via Moodle' }).waitFor();
    expect(new URL(colleague.url()).pathname).toBe(assignmentUrl);
    for (const name of ['Sanne de Vries', 'Tim Bakker']) expect(await colleague.getByText(name).count()).toBeGreaterThan(0);
    expect(teacherErrors).toEqual([]);
  });

  test('in the LMS’s frame with third-party cookies blocked, the launch keeps its state in the platform’s storage and continues in a new window', async () => {
    // A browser that gives a framed site no cookies, as Safari does and Chrome can (set below).
    const strict = await launchBrowser();
    try {
      const context = await strict.newContext({ viewport: { width: 1280, height: 900 } });
      const course = await context.newPage();
      // Chrome's "block third-party cookies" (DevTools protocol: the same switch as the settings page).
      const cdp = await context.newCDPSession(course);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCookieControls', { enableThirdPartyCookieRestriction: true });
      const errors: string[] = [];
      course.on('pageerror', (error) => errors.push(String(error)));
      const link: MockLink = { id: 'rl-kader', custom: { opdracht: framed.code }, lineItem: `${lms.url}/lineitems/77/lineitem` };
      const user: MockUser = { sub: 'moodle-601', name: 'Noor Visser', roles: [LEARNER] };
      await course.goto(lms.coursePageUrl(user, link));
      const frame = course.frameLocator('iframe[name="lti-tool"]');
      await frame.getByRole('heading', { name: 'Klantreis opent in een nieuw venster' }).waitFor();
      // The state went through the platform's storage: put by the login page, got by the launch page.
      const messages = (
        await course.evaluate(
          () => (window as unknown as { __ltiMessages: { origin: string; data: { subject: string } }[] }).__ltiMessages,
        )
      )
        .filter((message) => message.origin === baseUrl)
        .map((message) => message.data.subject);
      expect(messages).toEqual(['lti.put_data', 'lti.get_data']);
      const [student] = await Promise.all([
        context.waitForEvent('page'),
        frame.getByRole('link', { name: 'Open Klantreis' }).click(),
      ]);
      await student.getByRole('heading', { name: 'Toets in een kader' }).waitFor();
      await hydrated(student);
      expect(await student.getByText('Hoi Noor Visser').count()).toBe(1);
      await student.getByRole('radio', { name: trueFalse.answer ? 'Waar' : 'Niet waar', exact: true }).check();
      await student.getByRole('button', { name: 'Lever de opdracht in' }).click();
      await student.getByRole('heading', { name: 'Je uitslag' }).waitFor();
      const started = Date.now();
      while (!lms.scores.some((score) => score.body.userId === 'moodle-601')) {
        if (Date.now() - started > 15_000) throw new Error('no score arrived');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(lms.scores.find((score) => score.body.userId === 'moodle-601')).toMatchObject({
        lineItem: link.lineItem,
        body: { scoreGiven: 1 },
      });
      // The ticket works once.
      const href = await frame.getByRole('link', { name: 'Open Klantreis' }).getAttribute('href');
      expect(href).toMatch(/\/api\/lti\/doorgaan\?ticket=/);
      const again = await context.request.get(href!);
      expect(again.status()).toBe(410);
      expect(errors).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  test('a teacher adds a lesson from the LMS: it becomes an assignment with the lesson’s exercises and a gradebook column', async () => {
    const { page: teacher, errors } = await newPage(360);
    await teacher.goto(lms.deepLinkUrl({ sub: 'moodle-docent-8', name: 'Meneer Smit', roles: [INSTRUCTOR] }));
    await teacher.getByRole('heading', { name: 'Klantreis toevoegen aan je cursus' }).waitFor();
    expect(await teacher.getByText('Je hebt nog geen opdrachten.').count()).toBe(1);
    expect(await axeViolations(teacher)).toEqual([]);
    const lesson = teacher.getByRole('radio', { name: /^Les 1: / });
    const title = (await lesson.locator('xpath=ancestor::label').locator('strong').innerText()).trim();
    await lesson.check();
    await teacher.getByRole('button', { name: 'Toevoegen aan je cursus' }).click();
    await teacher.waitForURL(lms.deepLinkReturnUrl);
    expect(lms.lineItems.at(-1)).toMatchObject({ label: title, scoreMaximum: 100 });
    await teacher.goto('/docent');
    expect(await teacher.getByRole('link', { name: title }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('an LMS can also be registered by hand', async () => {
    const other = await startMockLms({
      toolLoginUrl: `${baseUrl}/api/lti/login`,
      toolLaunchUrl: `${baseUrl}/api/lti/launch`,
      toolJwksUrl: `${baseUrl}/api/lti/jwks`,
      clientId: 'met-de-hand',
    });
    try {
      await admin.goto('/docent/beheer');
      for (const [label, value] of [
        ['Naam', 'Brightspace (test)'],
        ['Issuer (platform-id)', other.issuer],
        ['Client-id', other.clientId],
        ['Deployment-id’s', other.deploymentId],
        ['Inlogadres (authentication request URL)', other.authUrl],
        ['Tokenadres (access token URL)', other.tokenUrl],
        ['Sleuteladres (public keyset URL)', other.jwksUrl],
      ] as const)
        await admin.getByLabel(label, { exact: true }).fill(value);
      await admin.getByRole('button', { name: 'LMS aanmelden' }).click();
      await admin.getByRole('heading', { name: 'Brightspace (test)' }).waitFor();
      expect(await axeViolations(admin)).toEqual([]);
    } finally {
      await other.close();
    }
  });
  test('a launch whose browser lost the login cookie gets a Dutch page, not a crash', async () => {
    const { page } = await newPage();
    const response = await page.request.post('/api/lti/launch', { form: { id_token: 'x.y.z', state: 'onbekend' } });
    expect(response.status()).toBe(401);
    expect(await response.text()).toContain('Je browser gaf de inlog niet terug aan Klantreis');
  });

  test('a teacher who is not the admin finds no admin page', async () => {
    const { page } = await newPage();
    await signUpTeacher(page, 'Jansen', `jansen-${Date.now()}@school.nl`);
    const response = await page.goto('/docent/beheer');
    expect(response?.status()).toBe(404);
  });
});
