// Runs Debian's xmllint (libxml2-utils; scripts/ensure-xmllint.sh installs it) on XML files, never
// on the network: every schema the QTI XSD imports is under tests/fixtures/qti.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const QTI_XSD = path.resolve(import.meta.dirname, '../../fixtures/qti/qtiv2p1/imsqti_v2p1.xsd');
export const CP_XSD = path.resolve(import.meta.dirname, '../../fixtures/qti/imscp_v1p1.xsd');

/** Writes `files` (name → text) to a temporary folder and runs xmllint on all of them at once. */
export async function xmllint(files: Map<string, string>, args: string[]): Promise<{ ok: boolean; output: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'klantreis-xml-'));
  try {
    const paths = [];
    for (const [name, text] of files) {
      const file = path.join(dir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
      paths.push(file);
    }
    try {
      const { stdout, stderr } = await run('xmllint', ['--nonet', ...args, ...paths], { maxBuffer: 64 * 1024 * 1024 });
      return { ok: true, output: stdout + stderr };
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string };
      return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}`.replaceAll(dir, '') };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
