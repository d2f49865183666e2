// The service worker's precache list (scripts/build-sw.mjs): what one visit makes work offline.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { buildServiceWorker, ensureServiceWorker, precacheList, workerFile } from '../../scripts/build-sw.mjs';

const project = path.resolve(import.meta.dirname, '../..');
let root: string;

/** A finished build as `next build` leaves it, in miniature. */
function file(name: string, text = name) {
  const full = path.join(root, name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'klantreis-sw-'));
  // The build script resolves @serwist/build and esbuild, and bundles service-worker/sw.ts, from its root.
  writeFileSync(path.join(root, 'package.json'), '{}');
  symlinkSync(path.join(project, 'node_modules'), path.join(root, 'node_modules'));
  symlinkSync(path.join(project, 'service-worker'), path.join(root, 'service-worker'));
  file('.next/BUILD_ID', 'build-1');
  file('.next/static/chunks/app-abc123.js', 'console.log(1)');
  file('.next/static/chunks/app-abc123.js.map', '{}');
  file('.next/static/chunks/styles-def456.css', 'body{}');
  file('.next/server/app/index.html', '<html>home</html>');
  file('.next/server/app/offline.html', '<html>offline</html>');
  file('.next/server/app/begrippen.html');
  file('.next/server/app/oefenen.html');
  file('.next/server/app/proeftoets.html');
  file('.next/server/app/eindtoets.html');
  file('.next/server/app/voortgang.html');
  file('.next/server/app/studio.html');
  file('.next/server/app/studio/kaart.html');
  file('.next/server/app/lessen/b2b-en-b2c.html');
  file('.next/server/app/lessen/b2b-en-b2c/samenvatting.html');
  file('.next/server/app/_not-found.html');
  file('.next/server/app/_global-error.html');
  file('.next/server/app/docent/aanmelden.html');
  file('.next/server/app/opdracht.html');
  file('.next/server/app/manifest.webmanifest.body', '{}');
  file('public/icons/icon-192.png', 'png');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the precache list', () => {
  test('holds the students’ pages under their own address, the static files, the manifest and the icons', async () => {
    const { entries, files } = await precacheList(root);
    expect(files.get('/')).toBe('.next/server/app/index.html');
    expect(files.get('/lessen/b2b-en-b2c')).toBe('.next/server/app/lessen/b2b-en-b2c.html');
    const urls = (entries as { url: string }[]).map((entry) => entry.url).sort();
    expect(urls).toEqual(
      [
        '/',
        '/_next/static/chunks/app-abc123.js',
        '/_next/static/chunks/styles-def456.css',
        '/begrippen',
        '/eindtoets',
        '/icons/icon-192.png',
        '/lessen/b2b-en-b2c',
        '/lessen/b2b-en-b2c/samenvatting',
        '/manifest.webmanifest',
        '/oefenen',
        '/offline',
        '/proeftoets',
        '/studio',
        '/studio/kaart',
        '/voortgang',
      ].sort(),
    );
  });

  test('leaves out what needs the server or is no page: teachers, assignments, error pages, source maps', async () => {
    const { entries } = await precacheList(root);
    const urls = (entries as { url: string }[]).map((entry) => entry.url);
    for (const left of ['/docent/aanmelden', '/opdracht', '/_not-found', '/_global-error']) expect(urls).not.toContain(left);
    expect(urls.some((url) => url.endsWith('.map'))).toBe(false);
  });

  test('a page’s revision is its content: it changes when the page does, a hashed file needs none', async () => {
    const revisionOf = async (url: string) =>
      ((await precacheList(root)).entries as { url: string; revision: string | null }[]).find((entry) => entry.url === url)
        ?.revision;
    const before = await revisionOf('/begrippen');
    expect(before).toMatch(/^[0-9a-f]{32}$/);
    file('.next/server/app/begrippen.html', '<html>nieuw begrip</html>');
    expect(await revisionOf('/begrippen')).not.toBe(before);
    expect(await revisionOf('/_next/static/chunks/app-abc123.js')).toBeNull();
  });
});

describe('the worker', () => {
  test('is built once per build, carries the list, and is built again for a new build', async () => {
    const first = await buildServiceWorker(root);
    expect(first.entries).toBe(15);
    const code = readFileSync(workerFile(root), 'utf8');
    expect(code.startsWith('// Klantreis service worker, build build-1\n')).toBe(true);
    expect(code).toContain('/lessen/b2b-en-b2c');
    expect(code).not.toContain('__SW_MANIFEST');
    // Same build: the file on disk is served as it is.
    expect((await ensureServiceWorker(root)).toString()).toBe(code);
    file('.next/BUILD_ID', 'build-2');
    expect((await ensureServiceWorker(root)).toString().startsWith('// Klantreis service worker, build build-2\n')).toBe(true);
  });
});
