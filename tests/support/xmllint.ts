import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScormVersion } from '@/lib/lms/package';

// Checks a SCORM manifest against the real schemas (tests/fixtures/scorm12, scorm2004; see their
// README) with Debian's xmllint (libxml2-utils), without network.

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const SCHEMAS: Record<ScormVersion, string> = {
  '1.2': path.join(fixtures, 'scorm12', 'scorm12.xsd'),
  '2004': path.join(fixtures, 'scorm2004', 'scorm2004.xsd'),
};

/** xmllint's verdict on `xml` against the SCORM version's schemas: '' when valid, else its complaints. */
export function manifestSchemaErrors(xml: string, version: ScormVersion): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'klantreis-manifest-'));
  const file = path.join(dir, 'imsmanifest.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMAS[version], file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
