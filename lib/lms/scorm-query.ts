// The query of a teacher's SCORM download (/docent/lms/scorm, /docent/opdrachten/[id]/scorm), checked
// before anything is built. Pure: the routes answer a refusal with a Dutch 400.
import { DEFAULT_MASTERY, SCORM_VERSIONS, type ScormVersion } from './package';

export type ScormQuery =
  | { ok: true; kind: 'les'; slug: string; version: ScormVersion }
  | { ok: true; kind: 'eindtoets' | 'opdracht'; version: ScormVersion; mastery: number }
  | { ok: false; error: string };

const refuse = (error: string) => ({ ok: false as const, error });

function versionOf(params: URLSearchParams): ScormVersion | string {
  const value = params.get('versie');
  return (SCORM_VERSIONS as readonly string[]).includes(value ?? '')
    ? (value as ScormVersion)
    : 'Kies de SCORM-versie: 1.2 of 2004.';
}

/** The pass mark from `cesuur` (a whole percentage 1–100; absent or empty: 55 %), or the Dutch refusal. */
function masteryOf(params: URLSearchParams): number | string {
  const value = params.get('cesuur');
  if (value === null || value.trim() === '') return DEFAULT_MASTERY;
  const percent = /^\s*\d{1,3}\s*%?\s*$/.test(value) ? Number.parseInt(value, 10) : NaN;
  return percent >= 1 && percent <= 100 ? percent / 100 : 'De cesuur is een heel getal van 1 tot en met 100 (procent).';
}

/** `?soort=les|eindtoets&les=<slug>&versie=1.2|2004[&cesuur=<1-100>]` for /docent/lms/scorm. */
export function parseCourseScormQuery(params: URLSearchParams, slugs: readonly string[]): ScormQuery {
  const kind = params.get('soort');
  if (kind !== 'les' && kind !== 'eindtoets') return refuse('Kies wat je wilt downloaden: een les of de Eindtoets.');
  const version = versionOf(params);
  if (!SCORM_VERSIONS.includes(version as ScormVersion)) return refuse(version);
  if (kind === 'les') {
    const slug = params.get('les') ?? '';
    if (!slugs.includes(slug)) return refuse('Deze les bestaat niet. Kies een les uit de lijst.');
    return { ok: true, kind, slug, version: version as ScormVersion };
  }
  const mastery = masteryOf(params);
  if (typeof mastery === 'string') return refuse(mastery);
  return { ok: true, kind, version: version as ScormVersion, mastery };
}

/** `?versie=1.2|2004[&cesuur=<1-100>]` for an assignment's exercise set. */
export function parseAssignmentScormQuery(params: URLSearchParams): ScormQuery {
  const version = versionOf(params);
  if (!SCORM_VERSIONS.includes(version as ScormVersion)) return refuse(version);
  const mastery = masteryOf(params);
  if (typeof mastery === 'string') return refuse(mastery);
  return { ok: true, kind: 'opdracht', version: version as ScormVersion, mastery };
}
