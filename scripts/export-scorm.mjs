// `npm run export:scorm -- [folder]`: builds every SCORM package without a running site: each lesson
// and the Eindtoets, in SCORM 1.2 and 2004 4th Edition, into the folder (dist/scorm/ by default),
// and prints their sizes and the time it took. Assignment packages are not made here: they come
// from the teacher's assignment page (they hold toetsbank items, for that teacher only).
//
// Like the teacher's download route (lib/lms/scorm-builder.server.ts), esbuild bundles the builder
// (lib/lms/scorm-package.server.ts) with the site's own components; React and the Markdown packages
// come from node_modules. The player's files come from .scorm-player/ (scripts/build-player.mjs makes
// them; this script runs it first when they are missing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const started = performance.now();
const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'scorm'));
const require = createRequire(path.join(root, 'package.json'));
const { build } = require('esbuild');

const playerDir = path.join(root, '.scorm-player');
const playerFiles = ['klantreis-speler.js', 'klantreis-speler.css'];
if (!playerFiles.every((name) => existsSync(path.join(playerDir, name)))) {
  const script = path.join(root, 'scripts', 'build-player.mjs');
  if (!existsSync(script)) {
    console.error('The player is not built (.scorm-player/) and scripts/build-player.mjs is missing.');
    process.exit(1);
  }
  const made = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (made.status !== 0) process.exit(made.status ?? 1);
}
const [js, css] = playerFiles.map((name) => readFileSync(path.join(playerDir, name)));

// Inside the project, so the bundle finds node_modules by walking up.
const bundleDir = path.join(root, '.next', 'cache', 'klantreis-scorm');
mkdirSync(bundleDir, { recursive: true });
const bundle = path.join(bundleDir, `export-${process.pid}.mjs`);
await build({
  stdin: {
    contents: `export { loadCourse } from './lib/content/course.server';\nexport { buildScormPackage } from './lib/lms/scorm-package.server';\n`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  jsx: 'automatic',
  // CommonJS packages inside the bundle (mdx-bundler's client) require() their own dependencies.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  alias: { '@': root },
  loader: { '.css': 'local-css' },
  plugins: [
    {
      name: 'packages-from-node-modules',
      setup(build) {
        // server-only guards Next's bundles; here it is an empty module.
        build.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
        build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
        // Packages stay in node_modules (found by walking up from the bundle), except mdx-bundler's
        // client, which Node's ESM loader cannot import by its folder name: that one is bundled.
        build.onResolve({ filter: /^[^./@]|^@[^/]+\/[^/]/ }, (args) =>
          args.path === 'mdx-bundler/client' ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
  logLevel: 'error',
});
let builder;
try {
  builder = await import(pathToFileURL(bundle).href);
} finally {
  rmSync(bundle, { force: true });
  rmSync(bundle.replace(/\.mjs$/, '.css'), { force: true });
}

const course = await builder.loadCourse(root);
mkdirSync(out, { recursive: true });
const requests = [...course.lessons.map((lesson) => ({ kind: 'les', slug: lesson.slug })), { kind: 'eindtoets' }];
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const jsCss = { raw: js.length + css.length, gzip: gzipSync(js, { level: 9 }).length + gzipSync(css, { level: 9 }).length };
const rows = [];
for (const request of requests) {
  for (const version of ['1.2', '2004']) {
    const made = await builder.buildScormPackage(course, request, version, { js, css });
    writeFileSync(path.join(out, made.fileName), made.bytes);
    const html = Buffer.from(JSON.stringify(made.data));
    rows.push([made.fileName, kB(made.bytes.length), kB(html.length), kB(gzipSync(html, { level: 9 }).length)]);
  }
}
const widths = [0, 1, 2, 3].map((column) =>
  Math.max(...[['pakket', 'zip', 'data', 'data gzip'], ...rows].map((row) => row[column].length)),
);
for (const row of [['pakket', 'zip', 'data', 'data gzip'], ...rows]) {
  console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]))).join('  '));
}
console.log(`Speler (JS + CSS, in elk pakket): ${kB(jsCss.raw)}, gzip ${kB(jsCss.gzip)}`);
console.log(
  `${rows.length} pakketten in ${path.relative(process.cwd(), out) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
