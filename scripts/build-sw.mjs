// The service worker (service-worker/sw.ts, issue 19), built from a finished `next build`:
// @serwist/build lists what to precache (with a content hash per file as its revision), and esbuild
// bundles the worker with Serwist's runtime and that list. This is Serwist's "configurator mode"
// for Next 16 (a build step after Next has prerendered every page, so the pages' HTML can be
// precached), done in a few lines instead of through @serwist/cli.
//
// scripts/server.mjs calls ensureServiceWorker() before it listens: the worker is built once per
// build (it carries the build's id) and served at /sw.js. `node scripts/build-sw.mjs` builds it and
// prints what the precache holds.
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The students' pages that need no server: their prerendered HTML is precached. */
const OFFLINE_PAGES =
  /^(index|offline|begrippen(\/oefenen)?|bronnen|oefenen|proeftoets|eindtoets|voortgang|studio(\/kaart)?|lessen\/[a-z0-9-]+(\/samenvatting)?)\.html$/;

/** Where the built worker is written (inside the build: a new build starts without one). */
export const workerFile = (root) => path.join(root, '.next', 'klantreis-sw.js');

/** The precache list of this build: [{ url, revision }], and its size in bytes. */
export async function precacheList(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const { getManifest } = await import(require.resolve('@serwist/build'));
  const appDir = '.next/server/app/';
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: root,
    globPatterns: [
      '.next/static/**/*.{js,css,woff2,svg,png,webp}',
      `${appDir}**/*.html`,
      `${appDir}manifest.webmanifest.body`,
      'public/icons/*.png',
    ],
    globIgnores: ['.next/static/**/*.map'],
    // The hashed file names of /_next/static need no revision of their own.
    dontCacheBustURLsMatching: /^\.next\/static\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    manifestTransforms: [
      (entries) => ({
        manifest: entries.flatMap((entry) => {
          const url = entry.url;
          if (url.startsWith('.next/static/')) return [{ ...entry, url: `/_next/static/${url.slice(13)}` }];
          if (url.startsWith('public/')) return [{ ...entry, url: `/${url.slice(7)}` }];
          if (url === `${appDir}manifest.webmanifest.body`) return [{ ...entry, url: '/manifest.webmanifest' }];
          const page = url.slice(appDir.length);
          if (!OFFLINE_PAGES.test(page)) return [];
          const route = page === 'index.html' ? '/' : `/${page.slice(0, -'.html'.length)}`;
          return [{ ...entry, url: route }];
        }),
        warnings: [],
      }),
    ],
  });
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { entries: manifestEntries, size };
}

/** Builds the worker for the build in `.next`; returns what it precaches. */
export async function buildServiceWorker(root) {
  const buildId = readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
  const { entries, size } = await precacheList(root);
  const require = createRequire(path.join(root, 'package.json'));
  const { build } = require('esbuild');
  const result = await build({
    entryPoints: [path.join(root, 'service-worker', 'sw.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    define: { 'self.__SW_MANIFEST': JSON.stringify(entries) },
    banner: { js: `// Klantreis service worker, build ${buildId}` },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  // Written whole under another name, then renamed: two servers starting on one build (the browser
  // tests' two lanes) never serve half a file.
  const file = workerFile(root);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, file);
  return { buildId, entries: entries.length, precacheBytes: size, workerBytes: Buffer.byteLength(code) };
}

/** The worker of this build, built when it is missing or belongs to an earlier build. */
export async function ensureServiceWorker(root) {
  const file = workerFile(root);
  const buildId = readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
  if (existsSync(file) && readFileSync(file, 'utf8').startsWith(`// Klantreis service worker, build ${buildId}\n`))
    return readFileSync(file);
  await buildServiceWorker(root);
  return readFileSync(file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  const built = await buildServiceWorker(root);
  console.log(
    `Service worker: ${built.entries} files precached, ${(built.precacheBytes / 1024).toFixed(0)} kB; the worker itself ${(built.workerBytes / 1024).toFixed(1)} kB`,
  );
}
