import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PLAYER_DIR, readPlayerFiles } from '@/lib/lms/player-files.server';

const root = mkdtempSync(path.join(tmpdir(), 'klantreis-speler-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readPlayerFiles', () => {
  test('names the command when the player is not built, and reads both files when it is', async () => {
    await expect(readPlayerFiles(root)).rejects.toThrow('Run: node scripts/build-player.mjs');
    mkdirSync(path.join(root, PLAYER_DIR));
    writeFileSync(path.join(root, PLAYER_DIR, 'klantreis-speler.js'), 'js');
    writeFileSync(path.join(root, PLAYER_DIR, 'klantreis-speler.css'), 'css');
    expect(await readPlayerFiles(root)).toEqual({ js: 'js', css: 'css' });
  });
});
