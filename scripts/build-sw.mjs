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

const readBuildId = (root) => readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
/** The worker's first line: which build it belongs to. */
const banner = (buildId) => `// Klantreis service worker, build ${buildId}`;

/**
 * The precache list of this build: [{ url, revision }], its size in bytes, and the file (relative
 * to `root`) each URL is made from.
 */
export async function precacheList(root) {
  const files = new Map();
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
          const url = urlOf(entry.url);
          if (url === null) return [];
          files.set(url, entry.url);
          return [{ ...entry, url }];
        }),
        warnings: [],
      }),
    ],
  });
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { entries: manifestEntries, size, files };

  /** The address a file of the build is served at, or null when it is not precached. */
  function urlOf(file) {
    if (file.startsWith('.next/static/')) return `/_next/static/${file.slice('.next/static/'.length)}`;
    if (file.startsWith('public/')) return `/${file.slice('public/'.length)}`;
    if (file === `${appDir}manifest.webmanifest.body`) return '/manifest.webmanifest';
    const page = file.slice(appDir.length);
    if (!OFFLINE_PAGES.test(page)) return null;
    return page === 'index.html' ? '/' : `/${page.slice(0, -'.html'.length)}`;
  }
}

/** Builds the worker for the build in `.next`; returns it and what it precaches. */
export async function buildServiceWorker(root) {
  const buildId = readBuildId(root);
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
    banner: { js: banner(buildId) },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  // Written whole under another name, then renamed: two servers starting on one build (the browser
  // tests' two lanes) never serve half a file.
  const file = workerFile(root);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, file);
  return { code, entries: entries.length, precacheBytes: size, workerBytes: Buffer.byteLength(code) };
}

/** The worker of this build, built when it is missing or belongs to an earlier build. */
export async function ensureServiceWorker(root) {
  const file = workerFile(root);
  const built = existsSync(file) ? readFileSync(file) : null;
  if (built?.toString('utf8', 0, 200).startsWith(`${banner(readBuildId(root))}\n`)) return built;
  return Buffer.from((await buildServiceWorker(root)).code);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  const built = await buildServiceWorker(root);
  console.log(
    `Service worker: ${built.entries} files precached, ${(built.precacheBytes / 1024).toFixed(0)} kB; the worker itself ${(built.workerBytes / 1024).toFixed(1)} kB`,
  );
}
