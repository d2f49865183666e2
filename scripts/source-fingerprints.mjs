// Writes tests/content/source-fingerprints.txt: the hashed 8-word runs of the source texts in
// ../shared/seeds (or the folder given), so the no-copy content test runs on any clone without the
// sources, which are not ours to publish. Run again when the sources change:
//   npm run fingerprints [-- <folder with .txt sources>]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
// The hashing lives in lib/content/shingles.ts, which the test uses too; esbuild compiles it here.
const require = createRequire(path.join(root, 'package.json'));
const { transformSync } = require('esbuild');
const { code } = transformSync(readFileSync(path.join(root, 'lib/content/shingles.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
const { fingerprintsOf, SHINGLE_WORDS } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const sources = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'seeds'));
const names = readdirSync(sources).filter((name) => name.endsWith('.txt')).sort();
if (names.length === 0) {
  console.error(`No .txt sources in ${sources}`);
  process.exit(1);
}
const prints = fingerprintsOf(names.map((name) => readFileSync(path.join(sources, name), 'utf8')));
const out = path.join(root, 'tests', 'content', 'source-fingerprints.txt');
writeFileSync(
  out,
  `# ${SHINGLE_WORDS}-word runs of ${names.length} source texts, hashed (SHA-256, first 64 bits); made by scripts/source-fingerprints.mjs\n${prints.join('\n')}\n`,
);
console.log(`${prints.length} fingerprints of ${names.length} sources written to ${path.relative(root, out)}`);
