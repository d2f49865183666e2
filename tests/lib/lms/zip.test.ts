import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { crc32, unzip, zip } from '@/lib/lms/zip';

const text = (data: Uint8Array | undefined) => new TextDecoder().decode(data);

describe('zip', () => {
  test('CRC-32 of a known string', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  test('what goes in comes out, in order, compressed where that helps', async () => {
    const long = 'De klant oriënteert zich. '.repeat(400);
    const bytes = await zip(
      [
        { name: 'imsmanifest.xml', data: '<manifest/>' },
        { name: 'map/les.html', data: long },
        { name: 'leeg.txt', data: '' },
        { name: 'bin', data: new Uint8Array([0, 255, 7]) },
      ],
      new Date('2026-11-24T10:00:00Z'),
    );
    expect(bytes.length).toBeLessThan(long.length / 4);
    const files = await unzip(bytes);
    expect([...files.keys()]).toEqual(['imsmanifest.xml', 'map/les.html', 'leeg.txt', 'bin']);
    expect(text(files.get('map/les.html'))).toBe(long);
    expect([...files.get('bin')!]).toEqual([0, 255, 7]);
  });

  test('the same input makes the same bytes', async () => {
    const make = () => zip([{ name: 'a.txt', data: 'a' }], new Date('2026-01-01T00:00:00Z'));
    expect(await make()).toEqual(await make());
  });

  test('refuses absolute paths, backslashes, .. and a name twice', async () => {
    const date = new Date(0);
    await expect(zip([{ name: '/a', data: '' }], date)).rejects.toThrow(/relative/);
    await expect(zip([{ name: 'a\\b', data: '' }], date)).rejects.toThrow(/relative/);
    await expect(zip([{ name: 'a/../b', data: '' }], date)).rejects.toThrow(/relative/);
    await expect(
      zip(
        [
          { name: 'a', data: '' },
          { name: 'a', data: '' },
        ],
        date,
      ),
    ).rejects.toThrow(/Twice/);
  });

  test('a damaged entry or a non-zip is an error, not garbage', async () => {
    const bytes = await zip([{ name: 'a.txt', data: 'hallo hallo hallo hallo' }], new Date(0));
    await expect(unzip(new Uint8Array([1, 2, 3]))).rejects.toThrow(/Not a zip/);
    const broken = bytes.slice();
    broken[40] = broken[40]! ^ 0xff;
    await expect(unzip(broken)).rejects.toThrow();
  });

  test("Python's zipfile (another implementation) reads it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'));
    try {
      const file = path.join(dir, 'test.zip');
      writeFileSync(file, await zip([{ name: 'mapje/é.txt', data: 'klantreis '.repeat(50) }], new Date('2026-11-24T10:00:00Z')));
      const out = execFileSync(
        'python3',
        [
          '-c',
          'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); z.testzip(); print(z.namelist()[0], len(z.read(z.namelist()[0])))',
          file,
        ],
        {
          encoding: 'utf8',
        },
      );
      expect(out.trim()).toBe('mapje/é.txt 500');
      expect(readFileSync(file).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
