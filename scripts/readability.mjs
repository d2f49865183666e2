// Reports the Flesch–Douma reading ease of every lesson (the course aims at 65 or more: B1).
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
