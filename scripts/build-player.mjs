// Builds the SCORM player (scorm/main.tsx) into .scorm-player/: one JS file and one CSS file,
// relative paths only, no code splitting, no Next runtime. The package builder copies both into
// every package (lib/lms/player-files.server.ts reads them). Usage: node scripts/build-player.mjs
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
export const PLAYER_DIR = path.join(root, '.scorm-player');
/** JS and CSS of a package together: at most 100 kB gzip (issue 16). */
export const BUDGET_GZIP = 100 * 1024;

/** Builds the player; returns the files' sizes (raw and gzip, bytes) and the time it took (ms). */
export async function buildPlayer({ quiet = false } = {}) {
  const started = performance.now();
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: quiet ? 'silent' : 'warn',
    publicDir: false,
    resolve: {
      alias: [
        // No progress store in a package (the LMS keeps the progress): keeps zod and the store out.
        {
          find: /^@\/components\/progress\/progress-provider$/,
          replacement: path.join(root, 'scorm/shims/progress-provider.ts'),
        },
        { find: /^@\//, replacement: `${root}/` },
      ],
    },
    esbuild: { jsx: 'automatic', legalComments: 'none' },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: PLAYER_DIR,
      emptyOutDir: true,
      target: 'es2020',
      minify: true,
      sourcemap: false,
      cssCodeSplit: false,
      modulePreload: false,
      // Anything an import pulls in (an icon, a font) goes inside the JS or CSS: a package has three files.
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: path.join(root, 'scorm/main.tsx'),
        formats: ['iife'],
        name: 'KlantreisSpeler',
        fileName: () => 'klantreis-speler.js',
        cssFileName: 'klantreis-speler',
      },
      rollupOptions: {
        output: { inlineDynamicImports: true },
        onwarn(warning, warn) {
          // 'use client' means nothing outside Next; zod's comments are about esbuild. Neither matters here.
          if (['MODULE_LEVEL_DIRECTIVE', 'SOURCEMAP_ERROR', 'INVALID_ANNOTATION'].includes(warning.code ?? '')) return;
          warn(warning);
        },
      },
    },
  });
  const sizes = {};
  for (const name of ['klantreis-speler.js', 'klantreis-speler.css']) {
    const file = path.join(PLAYER_DIR, name);
    await stat(file);
    const data = await readFile(file);
    sizes[name] = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
    const text = data.toString('utf8');
    // A package asks for nothing: no Next asset paths, no absolute or remote URL in the CSS.
    if (text.includes('/_next/')) throw new Error(`${name} refers to /_next/`);
    if (/url\(\s*['"]?(\/|https?:)/.test(text)) throw new Error(`${name} has an absolute url()`);
  }
  const gzip = Object.values(sizes).reduce((sum, size) => sum + size.gzip, 0);
  if (gzip > BUDGET_GZIP) throw new Error(`The SCORM player is ${gzip} bytes gzip, over the budget of ${BUDGET_GZIP}`);
  return { sizes, ms: Math.round(performance.now() - started) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { sizes, ms } = await buildPlayer();
  const total = Object.values(sizes).reduce((sum, size) => sum + size.gzip, 0);
  for (const [name, size] of Object.entries(sizes)) {
    console.log(`${name}: ${(size.raw / 1024).toFixed(1)} kB, ${(size.gzip / 1024).toFixed(1)} kB gzip`);
  }
  console.log(
    `SCORM player built in ${(ms / 1000).toFixed(1)} s into .scorm-player/ (JS+CSS ${(total / 1024).toFixed(1)} kB gzip)`,
  );
}
