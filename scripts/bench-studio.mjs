// `node scripts/bench-studio.mjs`: what a full studio map costs on the server. A FULL map (5 phases,
// 6 lanes, 60 journey notes, the persona and 10 empathy notes; tests/support/studio-full-map.ts):
// the time to draw it as SVG (lib/studio/render-svg.ts) and as a one-page PDF
// (lib/server/studio-pdf.server.ts), its size as JSON (what the browser's store and the database
// keep) plain and gzipped, and the time and size of a class PDF of 30 such maps. Once with ordinary
// texts and once with every text at its limit. (The PNG is drawn in the browser: see the studio e2e.)
// Like scripts/readability.mjs, esbuild compiles the TypeScript here; pdfkit and svg-to-pdfkit stay
// packages (pdfkit reads its font files from its own folder).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'package.json'));
const { build } = require('esbuild');

const entry = `
export { fullMap } from './tests/support/studio-full-map';
export { renderMapSvg } from './lib/studio/render-svg';
export { mapsToPdf } from './lib/server/studio-pdf.server';
export { parseMap } from './lib/studio/parse';
`;
const outDir = mkdtempSync(path.join(tmpdir(), 'bench-studio-'));
const outFile = path.join(outDir, 'bench.mjs');
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: outFile,
  alias: { '@': root, 'server-only': path.join(root, 'tests/support/empty.ts') },
  plugins: [
    {
      name: 'packages-as-they-are',
      setup(build) {
        // pdfkit and svg-to-pdfkit from node_modules, by absolute path (the bundle sits in a temp folder).
        build.onResolve({ filter: /^(pdfkit|svg-to-pdfkit)$/ }, (args) => ({ path: require.resolve(args.path), external: true }));
      },
    },
  ],
  logLevel: 'error',
});
const { fullMap, renderMapSvg, mapsToPdf, parseMap } = await import(pathToFileURL(outFile).href);
rmSync(outDir, { recursive: true, force: true });

/** The median time of `runs` calls of `fn` (after three calls to warm up), in ms. */
async function median(fn, runs) {
  for (let i = 0; i < 3; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(1)} ms`;

for (const long of [false, true]) {
  const map = fullMap({ long });
  if (!parseMap(JSON.parse(JSON.stringify(map))).ok) throw new Error('De volle kaart is niet geldig.');
  const notes = map.journey.notes.length + Object.values(map.empathy).flat().length;
  const json = Buffer.from(JSON.stringify(map));
  const svg = renderMapSvg(map);
  const svgTime = await median(() => renderMapSvg(map), 30);
  const pdfTime = await median(() => mapsToPdf([{ svg: renderMapSvg(map), title: map.title }], { title: map.title }), 10);
  const pdf = await mapsToPdf([{ svg, title: map.title }], { title: map.title });
  const maps = Array.from({ length: 30 }, (_, i) => fullMap({ long, id: `kaart-${i}` }));
  const classTime = await median(
    () =>
      mapsToPdf(
        maps.map((m) => ({ svg: renderMapSvg(m), title: m.title })),
        { title: 'Klas' },
      ),
    3,
  );
  const classPdf = await mapsToPdf(
    maps.map((m) => ({ svg: renderMapSvg(m), title: m.title })),
    { title: 'Klas' },
  );
  console.log(
    `\n${long ? 'Elke tekst op zijn maximum' : 'Gewone teksten'} (${map.journey.phases.length} fasen, 6 lagen, ${map.journey.notes.length} notities op de kaart, ${notes} in totaal):`,
  );
  console.log(`  JSON (browser en database): ${kB(json.length)}, gzip ${kB(gzipSync(json).length)}`);
  console.log(`  SVG: ${ms(svgTime)} (mediaan), ${kB(svg.length)}`);
  console.log(`  PDF van 1 kaart (SVG + PDF): ${ms(pdfTime)} (mediaan), ${kB(pdf.length)}`);
  console.log(`  Klassen-PDF van 30 kaarten: ${ms(classTime)} (mediaan van 3), ${kB(classPdf.length)}`);
}
