// Reports the Flesch–Douma reading ease of every lesson (the course aims at 65 or more: B1).
// Then the share of each Bloom level and type, per lesson, for the bank, the Eindtoets and the toetsbank.
// Usage: npm run readability
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
// The formula lives in lib/content/readability.ts; esbuild (a dependency of mdx-bundler) compiles it here.
const require = createRequire(path.join(root, 'package.json'));
const { transformSync } = require('esbuild');
const source = readFileSync(path.join(root, 'lib/content/readability.ts'), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const { fleschDouma, lessonProse, textStats } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

const dir = path.join(root, 'content', 'lessons');
const rows = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const prose = lessonProse(readFileSync(path.join(dir, name), 'utf8'));
    const stats = textStats(prose);
    return { name, score: fleschDouma(prose), ...stats };
  });

const seedsDir = path.join(root, '..', 'shared', 'seeds');
let seeds = [];
try {
  seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name: `seed ${name}`,
      score: fleschDouma(readFileSync(path.join(seedsDir, name), 'utf8')),
      ...textStats(readFileSync(path.join(seedsDir, name), 'utf8')),
    }));
} catch {
  // The seeds sit beside the project only on the authors' machine.
}

console.log('Flesch–Douma reading ease (65 or more is the aim; higher is easier)');
console.log('file'.padEnd(52), 'score'.padStart(6), 'words'.padStart(6), 'w/sent'.padStart(7), 'syl/w'.padStart(6));
for (const row of [...rows, ...seeds]) {
  console.log(
    row.name.padEnd(52),
    row.score.toFixed(1).padStart(6),
    String(row.words).padStart(6),
    (row.words / row.sentences).toFixed(1).padStart(7),
    (row.syllables / row.words).toFixed(2).padStart(6),
  );
}

// The bank per lesson: how many exercises, at which Bloom level, of which type (docs/content.md).
const { parse } = require('yaml');
const LEVELS = ['onthouden', 'begrijpen', 'toepassen', 'analyseren', 'creëren'];
const TYPES = ['single-choice', 'multiple-choice', 'true-false', 'ordering', 'categorize', 'matching', 'fill-blanks', 'open'];
const TYPE_SHORT = ['SC', 'MC', 'TF', 'Ord', 'Cat', 'Mat', 'Fill', 'Open'];
const readBank = (dir) =>
  readdirSync(path.join(root, 'content', dir))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => parse(readFileSync(path.join(root, 'content', dir, name), 'utf8')) ?? []);
const finalTest = new Set(parse(readFileSync(path.join(root, 'content', 'eindtoets.yaml'), 'utf8')).exercises);
const topics = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => name.slice(3, -4));
const percent = (part, whole) => (whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`);

function table(title, groups) {
  console.log(`\n${title}`);
  console.log(
    'group'.padEnd(44),
    'n'.padStart(4),
    ...LEVELS.map((level) => level.slice(0, 6).padStart(7)),
    'onth%'.padStart(6),
    ' ',
    TYPE_SHORT.map((type) => type.padStart(5)).join(''),
  );
  for (const [name, exercises] of groups) {
    const levels = LEVELS.map((level) => exercises.filter((exercise) => exercise.level === level).length);
    console.log(
      name.padEnd(44),
      String(exercises.length).padStart(4),
      ...levels.map((count) => String(count).padStart(7)),
      percent(levels[0], exercises.length).padStart(6),
      ' ',
      TYPES.map((type) => String(exercises.filter((exercise) => exercise.type === type).length).padStart(5)).join(''),
    );
  }
}

const bank = readBank('exercises');
const lessonItems = bank.filter((exercise) => !finalTest.has(exercise.id));
table('Oefenbank: lessons (Eindtoets items apart)', [
  ...topics.map((topic) => [topic, lessonItems.filter((exercise) => exercise.topic === topic)]),
  ['Eindtoets', bank.filter((exercise) => finalTest.has(exercise.id))],
  ['whole bank', bank],
]);
const testBank = readBank('toetsbank');
table('Toetsbank', [
  ...topics.map((topic) => [topic, testBank.filter((exercise) => exercise.topic === topic)]),
  ['whole toetsbank', testBank],
]);
