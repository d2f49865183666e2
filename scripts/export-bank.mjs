// `npm run export:bank -- [--map <folder>] [--les <slug>…] [--niveau <niveau>…] [--soort <type>…]
// [--bank toetsbank|oefenbank]`: the question bank as klantreis-qti.zip (QTI 2.1) and
// klantreis-moodle.xml (Moodle XML), as a teacher downloads them on /docent/lms. Default folder:
// dist/vragenbank/; default bank: the toetsbank; nothing chosen means every lesson, level and type.
// The export itself is TypeScript in lib/lms (qti.ts, moodle-xml.ts, bank-export.ts); esbuild bundles
// it here (scripts/source-fingerprints.mjs does the same for one file).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'package.json'));
const { build } = require('esbuild');

const started = performance.now();
const entry = `
export { exportSections, EXPORT_BANKS, exportFileName } from './lib/lms/bank-export';
export { readBank, readLessonHeads } from './lib/lms/bank-files.server';
export { qtiPackage } from './lib/lms/qti';
export { moodleXml } from './lib/lms/moodle-xml';
export { zip } from './lib/lms/zip';
export { EXERCISE_TYPES } from './lib/scoring';
export { LEVELS } from './lib/scoring/schema';
export { countOf } from './lib/format/plural';
`;
// Bundled beside node_modules (so its packages resolve there), our own code only.
const outfile = path.join(root, 'node_modules', '.cache', 'klantreis', 'export-bank.mjs');
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  outfile,
  logLevel: 'error',
  // `server-only` guards the toetsbank reader inside Next; this script is the server.
  alias: { 'server-only': path.join(root, 'tests', 'support', 'empty.ts') },
});
const lms = await import(pathToFileURL(outfile).href);

/** Reads `--flag value…` arguments: each flag takes the values up to the next flag. */
function parseArgs(argv) {
  const args = { map: [], les: [], niveau: [], soort: [], bank: [] };
  let current;
  for (const arg of argv) {
    if (arg.startsWith('--')) {
      current = arg.slice(2);
      if (!(current in args)) fail(`Onbekende optie ${arg}. Kies uit --map, --les, --niveau, --soort en --bank.`);
    } else if (!current) fail(`"${arg}" hoort bij geen optie. Zet er bijvoorbeeld --les voor.`);
    else args[current].push(arg);
  }
  return args;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** `values`, when each is one of `allowed`; `unknown` names what is not ("Onbekende les"). */
function oneOf(values, allowed, unknown) {
  for (const value of values) if (!allowed.includes(value)) fail(`${unknown} "${value}". Kies uit: ${allowed.join(', ')}.`);
  return values;
}

const args = parseArgs(process.argv.slice(2));
if (args.map.length > 1 || args.bank.length > 1) fail('Geef --map en --bank elk hoogstens één waarde.');
const bank = oneOf(args.bank, lms.EXPORT_BANKS, 'Onbekende bank')[0] ?? 'toetsbank';
const lessons = await lms.readLessonHeads(root);
const choice = {
  lessons: oneOf(
    args.les,
    lessons.map((lesson) => lesson.slug),
    'Onbekende les',
  ),
  levels: oneOf(args.niveau, lms.LEVELS, 'Onbekend niveau'),
  types: oneOf(args.soort, lms.EXERCISE_TYPES, 'Onbekende soort'),
};
const sections = lms.exportSections(await lms.readBank(bank, root), lessons, choice);
const count = sections.reduce((sum, section) => sum + section.exercises.length, 0);
if (count === 0) fail('Geen vragen die bij deze keuze passen.');

const folder = path.resolve(root, args.map[0] ?? path.join('dist', 'vragenbank'));
mkdirSync(folder, { recursive: true });
const title = `Klantreis ${bank}`;
const qti = await lms.zip(lms.qtiPackage(title, sections), new Date());
writeFileSync(path.join(folder, lms.exportFileName('qti')), qti);
const moodle = lms.moodleXml(title, sections);
writeFileSync(path.join(folder, lms.exportFileName('moodle')), moodle);

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(
  `${lms.countOf(count, 'vraag', 'vragen')} uit de ${bank} (${lms.countOf(sections.length, 'les', 'lessen')}) in ${path.relative(process.cwd(), folder) || '.'}:\n` +
    `  ${lms.exportFileName('qti')}  ${kB(qti.length)}\n` +
    `  ${lms.exportFileName('moodle')}  ${kB(Buffer.byteLength(moodle))}\n` +
    `in ${Math.round(performance.now() - started)} ms`,
);
