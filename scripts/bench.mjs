// Measures what the issues ask to be reported in numbers: build time on this machine and the
// first-load JavaScript of each static page (gzip, the scripts its HTML loads, without noModule).
// Then the course PDF's size and pages, and the offline numbers of scripts/bench-offline.mjs.
// Usage: npm run bench            (builds first)
//        npm run bench -- --no-build   (measures the existing .next build)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

if (!process.argv.includes('--no-build')) {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [next, 'build'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  console.log(`next build: ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
}

const appDir = path.join(root, '.next', 'server', 'app');
function htmlPages(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return htmlPages(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    if (!entry.name.endsWith('.html') || entry.name.startsWith('_global-error')) return [];
    const route = `${prefix}/${entry.name.replace(/\.html$/, '')}`.replace(/\/index$/, '/') || '/';
    return [{ route, file: path.join(dir, entry.name) }];
  });
}

const gzipCache = new Map();
function gzipSize(src) {
  if (!gzipCache.has(src)) {
    const file = path.join(root, '.next', src.replace(/^\/_next\//, ''));
    gzipCache.set(src, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
  }
  return gzipCache.get(src);
}

const rows = htmlPages(appDir).map(({ route, file }) => {
  const html = readFileSync(file, 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map(([, attributes]) => attributes)
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src) => src?.startsWith('/_next/'));
  const unique = [...new Set(scripts)];
  return {
    route,
    scripts: unique.length,
    gzip: unique.reduce((sum, src) => sum + gzipSize(src), 0),
    html: gzipSync(html).length,
  };
});

rows.sort((a, b) => a.route.localeCompare(b.route));
// The yardstick: what a page adds over the course home (which has no exercises).
const floor = rows.find((row) => row.route === '/')?.gzip ?? 0;
console.log('\nFirst-load JS per page (gzip level 9; scripts the HTML loads, noModule excluded)');
console.log('route'.padEnd(44), 'scripts'.padStart(7), 'JS gzip'.padStart(10), 'vs home'.padStart(9), 'HTML gzip'.padStart(10));
for (const row of rows) {
  console.log(
    row.route.padEnd(44),
    String(row.scripts).padStart(7),
    kb(row.gzip).padStart(10),
    `+${kb(row.gzip - floor)}`.padStart(9),
    kb(row.html).padStart(10),
  );
}

// The course handout (issue 19), made by the build.
const pdf = path.join(appDir, 'cursus.pdf.body');
if (existsSync(pdf)) {
  const bytes = readFileSync(pdf);
  const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  console.log(`\n/cursus.pdf: ${kb(bytes.length)}, ${pages} pages`);
}

// The service worker's precache and a first visit on Fast 3G (scripts/bench-offline.mjs).
await import('./bench-offline.mjs');
