// imsmanifest.xml for a SCORM package: one organization with one item, one SCO resource that lists
// every file of the package. SCORM 1.2 (ADL CP, IMS CP 1.1.2) or SCORM 2004 4th Edition (IMS CP 1.1.4
// with IMS Simple Sequencing for a quiz's pass mark). Pure: data in, XML out.
//
// The manifest names no `xsi:schemaLocation`, and the package ships no XSDs: the standards allow that
// (a schemaLocation is only a hint), it keeps the package small, and an LMS never fetches schemas.
// The tests check the manifest against the real XSDs (tests/fixtures/scorm12, tests/fixtures/scorm2004).
import { attributes, escapeXml } from './xml';
import type { PackageData, ScormVersion } from './package';

/** The manifest's own file name, at the zip's root. It describes the package and lists itself nowhere. */
export const MANIFEST_FILE = 'imsmanifest.xml';

export type ManifestInput = Pick<PackageData, 'id' | 'title' | 'version' | 'masteryScore'> & {
  /** Every other file in the zip, relative to its root; the first is the SCO's launch page. */
  files: readonly string[];
};

/** An XML ID (NCName) from a package id: letters, digits, '-', '_' and '.', starting with a letter. */
function xmlId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `k-${cleaned}`;
}

/** A pass mark 0–1 as SCORM 1.2's masteryscore, 0–100 (whole percents, as LMSs compare it with score.raw). */
export function masteryPercent(mastery: number): number {
  return Math.min(100, Math.max(0, Math.round(mastery * 100)));
}

/** Checks the file list: relative paths only, no duplicates, the manifest itself left out. */
function checkFiles(files: readonly string[]) {
  if (files.length === 0) throw new Error('A SCORM package needs at least its launch page');
  const seen = new Set<string>();
  for (const file of files) {
    if (!file || file.startsWith('/') || file.includes('\\') || file.includes('://') || file.split('/').includes('..')) {
      throw new Error(`Not a relative path in a SCORM package: ${file}`);
    }
    if (file === MANIFEST_FILE) throw new Error(`${MANIFEST_FILE} does not list itself`);
    if (seen.has(file)) throw new Error(`Twice in a SCORM package: ${file}`);
    seen.add(file);
  }
}

/** imsmanifest.xml for the package `input`, in its SCORM version. */
export function manifestXml(input: ManifestInput): string {
  checkFiles(input.files);
  return input.version === '1.2' ? manifest12(input) : manifest2004(input);
}

const ids = (id: string) => {
  const base = xmlId(`klantreis-${id}`);
  return { manifest: base, organization: `${base}-org`, item: `${base}-item`, resource: `${base}-sco` };
};

const fileList = (files: readonly string[]) => files.map((file) => `      <file${attributes({ href: file })}/>`).join('\n');

function manifest12({ id, title, masteryScore, files }: ManifestInput): string {
  const name = ids(id);
  const mastery =
    masteryScore === null ? '' : `\n        <adlcp:masteryscore>${masteryPercent(masteryScore)}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest${attributes({ identifier: name.manifest, version: '1.0' })}
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations${attributes({ default: name.organization })}>
    <organization${attributes({ identifier: name.organization })}>
      <title>${escapeXml(title)}</title>
      <item${attributes({ identifier: name.item, identifierref: name.resource, isvisible: 'true' })}>
        <title>${escapeXml(title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource${attributes({ identifier: name.resource, type: 'webcontent', 'adlcp:scormtype': 'sco', href: files[0] })}>
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

function manifest2004({ id, title, masteryScore, files }: ManifestInput): string {
  const name = ids(id);
  // A quiz's pass mark: the primary objective is satisfied by the score (cmi.score.scaled) reaching
  // it. The LMS also hands it to the SCO as cmi.scaled_passing_score.
  const sequencing =
    masteryScore === null
      ? ''
      : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective${attributes({ objectiveID: `${name.item}-beheersing`, satisfiedByMeasure: 'true' })}>
              <imsss:minNormalizedMeasure>${Math.min(1, Math.max(0, masteryScore)).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest${attributes({ identifier: name.manifest, version: '1.0' })}
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations${attributes({ default: name.organization })}>
    <organization${attributes({ identifier: name.organization })}>
      <title>${escapeXml(title)}</title>
      <item${attributes({ identifier: name.item, identifierref: name.resource, isvisible: 'true' })}>
        <title>${escapeXml(title)}</title>${sequencing}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource${attributes({ identifier: name.resource, type: 'webcontent', 'adlcp:scormType': 'sco', href: files[0] })}>
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

/** The SCORM version's label for people ("SCORM 1.2", "SCORM 2004 4th Edition"). */
export function versionLabel(version: ScormVersion): string {
  return version === '1.2' ? 'SCORM 1.2' : 'SCORM 2004 4th Edition';
}
