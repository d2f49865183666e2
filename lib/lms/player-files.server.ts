import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_FILES } from './package';

/** Where scripts/build-player.mjs writes the player (gitignored). */
export const PLAYER_DIR = '.scorm-player';

/** The SCORM player's JS and CSS text, to put in every package as PACKAGE_FILES.js and .css. */
export async function readPlayerFiles(root = process.cwd()): Promise<{ js: string; css: string }> {
  const read = async (name: string) => {
    try {
      return await readFile(path.join(/*turbopackIgnore: true*/ root, PLAYER_DIR, name), 'utf8');
    } catch (error) {
      throw new Error(`The SCORM player is not built (${PLAYER_DIR}/${name} is missing). Run: node scripts/build-player.mjs`, {
        cause: error,
      });
    }
  };
  const [js, css] = await Promise.all([read(PACKAGE_FILES.js), read(PACKAGE_FILES.css)]);
  return { js, css };
}
