import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeEverywhere, baseUrl, launchBrowser, openPage } from './browser';

// The summary cards (/lessen/[slug]/samenvatting) on screen and on paper, and the course PDF as the
// built site serves it.

const LESSONS = readdirSync('content/lessons')
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const source = readFileSync(path.join('content/lessons', name), 'utf8');
    const title = /^title: (.+)$/m.exec(source)![1]!.replace(/^(['"])(.*)\1$/, '$2');
    return { slug: name.replace(/^\d+-/, '').replace(/\.mdx$/, ''), title };
  });

/** The pages of a PDF as Chromium prints it. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('summary cards', () => {
  test.each(LESSONS)(
    'the card of $slug passes axe on a phone and a laptop and prints on one A4 without the site frame',
    async ({ slug, title }) => {
      const { page, errors } = await openPage(browser, `/lessen/${slug}/samenvatting`);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(`Samenvatting: ${title}`);
      await expect(page.getByRole('heading', { name: 'Dit moet je kunnen' }).count()).resolves.toBe(1);
      await expect(page.getByRole('link', { name: '← Terug naar de les' }).getAttribute('href')).resolves.toBe(`/lessen/${slug}`);
      expect(await page.locator('dl dt').count(), 'key terms').toBeGreaterThan(3);
      expect(await axeEverywhere(page)).toEqual([]);

      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('link', { name: '← Terug naar de les' }).isVisible()).resolves.toBe(false);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pageCount(pdf)).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('a lesson links to its card', async () => {
    const { slug } = LESSONS[2]!;
    const { page } = await openPage(browser, `/lessen/${slug}`);
    await page.getByRole('link', { name: /^Leerkaart/ }).click();
    await page.waitForURL(`**/lessen/${slug}/samenvatting`);
    await page.close();
  });
});

test('/cursus.pdf is served from the build as a PDF with every lesson', async () => {
  const response = await fetch(new URL('/cursus.pdf', baseUrl));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const body = Buffer.from(await response.arrayBuffer());
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The outline names every lesson (as PDF text strings).
  expect(body.length).toBeGreaterThan(50_000);
  const pages = (body.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  expect(pages).toBeGreaterThan(LESSONS.length * 2);
});
