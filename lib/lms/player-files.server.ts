// TEMP stub (s16-pack): the player helper owns this file; the lead drops this commit at the merge.
import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_FILES } from './package';

/** TEMP stub: the player's built JS and CSS (.scorm-player/, made by scripts/build-player.mjs). */
export async function readPlayerFiles(root = process.cwd()): Promise<{ js: string; css: string }> {
  const dir = path.join(/*turbopackIgnore: true*/ root, '.scorm-player');
  const read = (name: string) => readFile(path.join(/*turbopackIgnore: true*/ dir, name), 'utf8').catch(() => `/* ${name}: stub */`);
  return { js: await read(PACKAGE_FILES.js), css: await read(PACKAGE_FILES.css) };
}
