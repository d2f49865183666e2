// Reading a studio map from anywhere (the browser's store, an imported file, a request to the
// server): migrate it to the current format, check it with MapSchema, then check what a schema cannot
// express. Every error is one Dutch sentence that names the field, for the student or teacher who sees it.
import { MAP_LIMITS, MapSchema, type StudioMap } from './map';
import { MIGRATIONS, migrateMap, type MigrationSteps } from './migrate';

export type ParsedMap = { ok: true; map: StudioMap; migrated: boolean } | { ok: false; error: string };

type Issue = {
  code: string;
  path: PropertyKey[];
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  keys?: string[];
  format?: string;
};

function fieldName(path: PropertyKey[]): string {
  return path.map(String).join('.') || '(de kaart)';
}

/** One Dutch sentence for a zod issue, naming the field. */
export function describeIssue(issue: Issue): string {
  const field = `Veld "${fieldName(issue.path)}"`;
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `${field} is te lang (hoogstens ${issue.maximum} tekens).`;
      if (issue.origin === 'array') return `${field} heeft te veel items (hoogstens ${issue.maximum}).`;
      return `${field} is te groot (hoogstens ${issue.maximum}).`;
    case 'too_small':
      if (issue.origin === 'array') return `${field} heeft te weinig items (minstens ${issue.minimum}).`;
      return `${field} is te klein (minstens ${issue.minimum}).`;
    case 'unrecognized_keys':
      return `${field} heeft een onbekend veld: ${(issue.keys ?? []).map((key) => `"${key}"`).join(', ')}.`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? `${field} is geen geldige id (alleen kleine letters, cijfers en streepjes, hoogstens 40).`
        : `${field} heeft geen geldige vorm.`;
    case 'invalid_value':
      return `${field} heeft een waarde die niet mag.`;
    case 'invalid_type':
      return `${field} ontbreekt of heeft het verkeerde type.`;
    default:
      return `${field} is niet geldig.`;
  }
}

/** The rules MapSchema cannot express; the first broken one, as a Dutch sentence, or null. */
export function checkInvariants(map: StudioMap): string | null {
  const phaseIds = new Set<string>();
  for (const phase of map.journey.phases) {
    if (phaseIds.has(phase.id)) return `Fase "${phase.id}": deze id komt twee keer voor.`;
    phaseIds.add(phase.id);
  }
  const noteIds = new Set<string>();
  for (const note of map.journey.notes) {
    if (noteIds.has(note.id)) return `Notitie "${note.id}": deze id komt twee keer voor.`;
    noteIds.add(note.id);
    if (!phaseIds.has(note.phase)) return `Notitie "${note.id}": de fase "${note.phase}" bestaat niet.`;
  }
  for (const [box, notes] of Object.entries(map.empathy)) {
    for (const note of notes) {
      if (noteIds.has(note.id)) return `Notitie "${note.id}" (empathy.${box}): deze id komt twee keer voor.`;
      noteIds.add(note.id);
    }
  }
  if (noteIds.size > MAP_LIMITS.notes) {
    return `Veld "journey.notes": de kaart heeft ${noteIds.size} notities (hoogstens ${MAP_LIMITS.notes}).`;
  }
  const hidden = map.journey.hiddenLanes;
  if (new Set(hidden).size !== hidden.length) return 'Veld "journey.hiddenLanes": een rij staat er twee keer in.';
  const moment = map.journey.momentOfTruth;
  if (moment !== null) {
    const note = map.journey.notes.find((n) => n.id === moment);
    if (!note) return `Veld "journey.momentOfTruth": de notitie "${moment}" bestaat niet.`;
    if (note.lane !== 'touchpoints') return `Veld "journey.momentOfTruth": de notitie "${moment}" is geen touchpoint.`;
  }
  return null;
}

/** Reads a map of any known format; `migrated` says that it was brought up to the current format. */
export function parseMap(value: unknown, steps: MigrationSteps = MIGRATIONS): ParsedMap {
  const migrated = migrateMap(value, steps);
  if (!migrated.ok) return migrated;
  const parsed = MapSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error.issues[0] as Issue) };
  const broken = checkInvariants(parsed.data);
  if (broken) return { ok: false, error: broken };
  return { ok: true, map: parsed.data, migrated: migrated.migrated };
}
