// Earlier formats of a studio map, upgraded one format at a time (as lib/progress/state.ts does with
// saved progress). Format 1 is the first, so there are no steps yet. When the shape of a map changes:
// raise MAP_FORMAT in ./map.ts, add a step here from the old format to the new one, and add a fixture
// of the old format to tests/lib/studio/migrate.test.ts.
import { MAP_FORMAT } from './map';

type Data = Record<string, unknown>;
/** A step takes a map of format `n` (the key) and returns it in format `n + 1`. */
export type MigrationSteps = Readonly<Record<number, (data: Data) => Data>>;

/** The steps of the real formats: none yet (format 1 is the first). */
export const MIGRATIONS: MigrationSteps = {};

export type Migrated = { ok: true; value: Data; migrated: boolean } | { ok: false; error: string };

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a map of any known format to `target` (the current format). It does not validate: parseMap
 * checks the result. A value without a format, from an unknown format or from a newer site is refused
 * with a Dutch message.
 */
export function migrateMap(value: unknown, steps: MigrationSteps = MIGRATIONS, target: number = MAP_FORMAT): Migrated {
  if (!isRecord(value)) return { ok: false, error: 'Dit is geen kaart: het bestand bevat geen object.' };
  const format = value.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 0) {
    return { ok: false, error: 'Veld "format": de kaart heeft geen geldig formaatnummer.' };
  }
  if (format > target) {
    return {
      ok: false,
      error: `Veld "format": deze kaart is gemaakt met een nieuwere versie van Klantreis (formaat ${format}).`,
    };
  }
  let data = value;
  for (let version = format; version < target; version++) {
    const step = steps[version];
    if (!step) return { ok: false, error: `Veld "format": formaat ${version} kan niet meer worden gelezen.` };
    data = { ...step(data), format: version + 1 };
  }
  return { ok: true, value: data, migrated: format !== target };
}
