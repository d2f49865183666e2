import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The site under test, served by tests/e2e/run.mjs. */
export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';

/**
 * Debian's Chromium: CHROMIUM_PATH, else its headless shell (the lean headless build Playwright
 * itself prefers; a test file takes about 40 % less time on it), else the full browser.
 */
export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((file) => existsSync(file)) ??
  '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with nothing that reaches for the network. Its pages run without the
 * service worker unless a test asks for it (`serviceWorkers: 'allow'`, tests/e2e/offline.e2e.ts):
 * otherwise every new context would precache the whole course in the background, about 3 MB and 70
 * requests that slow the server down under every other test.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
}

/** A new page that records console errors and uncaught exceptions (hydration errors among them). */
export async function openPage(
  browser: Browser,
  path: string,
  width = 360,
  { setUp, ...options }: { colorScheme?: 'light' | 'dark'; hasTouch?: boolean; setUp?: (page: Page) => Promise<unknown> } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, ...options });
  await setUp?.(page);
  const errors = recordErrors(page);
  await goto(page, path);
  return { page, errors };
}

/** Collects a page's console errors and uncaught exceptions (hydration errors among them) as they happen. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/**
 * A page of its own browser context (a person of their own: their own cookies), 900 px high, with
 * the site as base URL, its errors recorded.
 */
export async function personPage(
  browser: Browser,
  width = 360,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL: baseUrl, ...options });
  const page = await context.newPage();
  return { page, errors: recordErrors(page) };
}

/**
 * Waits until the page has loaded, hydrated and loaded the progress store (a chunk of its own, fetched
 * after hydration; <html data-progress> says when it is there), and its main thread has gone idle.
 * A page of another kind (an SVG, a download) is done at load. Much quicker than `networkidle`,
 * which also waits out Next's link prefetches and 500 ms of quiet (about 1.5 s per page here).
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => !('__next_f' in self) || document.documentElement.dataset.progress !== undefined);
  // Then what the store's arrival set off renders (idle callbacks come only once React's scheduler is done).
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
}

/** Opens `path` (relative to the site) in `page` and waits for it to settle. */
export async function goto(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  await settle(page);
}

/** Reloads `page` and waits for it to settle. */
export async function reload(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await settle(page);
}

/**
 * Waits until a lesson exercise has woken as a person sees it settle: hydrated, and its shuffled list
 * (if any) in the student's order. Lesson exercises hydrate near the screen or on first use
 * (components/exercises/lazy-hydrate.tsx); `reachExercise` scrolls it into view first.
 */
export async function exerciseAwake(exercise: Locator): Promise<void> {
  await exercise.page().waitForFunction(
    (element) => {
      const wrapper = element?.closest('[data-hydrate]');
      return (!wrapper || wrapper.hasAttribute('data-hydrated')) && !element?.querySelector('[data-shuffled]:not([data-ready])');
    },
    await exercise.elementHandle(),
  );
}

export async function reachExercise(exercise: Locator): Promise<void> {
  await exercise.scrollIntoViewIfNeeded();
  await exerciseAwake(exercise);
}

/** Presses Tab (or Shift+Tab) until the focused element matches `predicate`, failing after `max` presses. */
export async function tabTo(page: Page, predicate: string, max = 60, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((source) => new Function('el', `return ${source}`)(document.activeElement), predicate)) return;
  }
  throw new Error(`Tab never reached: ${predicate}`);
}

type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };

/** The WCAG 2.2 A and AA rules, by axe-core's tags. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules whose outcome depends on colours: all that can change when only the colour scheme does. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core in the page against WCAG 2.2 A and AA (or only the colour rules, `coloursOnly`);
 * returns one line per violation.
 */
export async function axeViolations(page: Page, { coloursOnly = false } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const runOnly = coloursOnly ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: WCAG };
  const result = await page.evaluate(
    (only) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe.run(document, {
        runOnly: only,
        // Only violations are read; leaving out the passing nodes makes a run about 40 % quicker.
        resultTypes: ['violations'],
      }) as Promise<AxeResult>,
    runOnly,
  );
  return result.violations.map(
    (violation) => `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * axe at 360 and 1280 px, in light and dark mode, on the page as it is now (one load, not four):
 * the viewport and the colour scheme change in place. Returns the violations per combination, and
 * whether anything was wider than the viewport.
 */
export async function axeEverywhere(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // Dark mode changes colours only (the same page, other custom properties): its run checks the
      // colour rules, which saves about two thirds of a run.
      const violations = await axeViolations(page, { coloursOnly: colorScheme === 'dark' });
      for (const violation of violations) found.push(`${width} px, ${colorScheme}: ${violation}`);
    }
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > width) found.push(`${width} px: the page is ${wide} px wide`);
  }
  return found;
}

/** Makes a teacher's account in `page` (whose context has the site as base URL) and waits for their assignments page. */
export async function signUpTeacher(
  page: Page,
  name: string,
  email = `${name.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@school.nl`,
): Promise<void> {
  await page.goto('/docent/aanmelden');
  await page.getByLabel('Je naam').fill(name);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
  await page.getByRole('button', { name: 'Maak mijn account' }).click();
  await page.getByRole('heading', { name: 'Je opdrachten' }).waitFor();
}
