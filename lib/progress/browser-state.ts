// Checked by lib/util/check, as in state.ts: this ships with the progress store, after hydration.
import {
  integer,
  isoDateTime,
  list,
  nullable,
  record,
  strictObject,
  text,
  unknown,
  type Check,
  type Checked,
} from '../util/check';
import { isRecord } from '../util/records';

/**
 * Browser state beside the progress: small named slots, each under its own storage key, saved as
 * `{ version, ...value }` and checked on every read. A slot that is corrupt, foreign or from a
 * newer version reads as empty; one in an older format is upgraded. Reading never throws.
 */
type SlotDefinition<T> = {
  /** The storage key, or its start when the slot has a scope (`key.scope`). */
  key: string;
  /** localStorage (kept) or sessionStorage (this tab only). */
  area: 'local' | 'session';
  version: number;
  valid: Check<T>;
  /** The value in an earlier format (the stored text), or undefined when it cannot be read as one. */
  upgrade?: (text: string) => unknown;
};

const LEARNER_ID = /^[a-z0-9-]{8,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const answers = record(text({ max: 100 }), unknown);

/** Parses JSON text, or gives undefined. */
function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export const SLOTS = {
  /** A random id for this browser, so a student sees the same shuffled order after a reload. */
  learner: {
    key: 'klantreis.leerling',
    area: 'local',
    version: 1,
    valid: strictObject({ id: text({ pattern: LEARNER_ID }) }),
    // Before version 1 the id was stored as plain text.
    upgrade: (text) => ({ id: text }),
  } satisfies SlotDefinition<{ id: string }>,
  /** The practice exam (proeftoets) in progress, saved on every answer so a reload continues it. */
  practiceExam: {
    key: 'klantreis.proeftoets',
    area: 'local',
    version: 1,
    valid: strictObject({
      seed: text({ min: 1, max: 64 }),
      lessons: list(text({ max: 100 }), { min: 1, max: 50 }),
      length: integer({ min: 1, max: 100 }),
      deadline: nullable(isoDateTime),
      responses: answers,
    }),
    // Before version 1 the same fields were saved without a version.
    upgrade: (text) => json(text),
  } satisfies SlotDefinition<unknown>,
  /** The Eindtoets in progress: its answers so far. */
  finalTest: {
    key: 'klantreis.eindtoets',
    area: 'local',
    version: 1,
    valid: strictObject({ responses: answers }),
  } satisfies SlotDefinition<unknown>,
  /** The id of a hand-in of one assignment attempt (scope `code.attempt`): a retry sends the same id. */
  handIn: {
    key: 'klantreis.inlevering',
    area: 'session',
    version: 1,
    valid: strictObject({ id: text({ pattern: UUID }) }),
    // Before version 1 the id was stored as plain text.
    upgrade: (text) => ({ id: text }),
  } satisfies SlotDefinition<{ id: string }>,
  /**
   * The student's own maps in the Klantreis-studio. Deliberately loose: this module ships on every
   * page, so each map is checked (lib/studio/parse) on the studio page only, where one corrupt map
   * is dropped and the others stay. 30 is MAP_LIMITS.maps (not imported: it would bring the map
   * schema into every page).
   */
  studio: {
    key: 'klantreis.studio',
    area: 'local',
    version: 1,
    valid: strictObject({ maps: list(unknown, { max: 30 }) }),
  } satisfies SlotDefinition<{ maps: unknown[] }>,
  /** Set just before the assignment page reloads after a hand-in, so the result gets focus once. */
  handedIn: {
    key: 'klantreis.net-ingeleverd',
    area: 'session',
    version: 1,
    valid: strictObject({}),
    // Before version 1 the flag was the text "1".
    upgrade: (text) => (text === '1' ? {} : undefined),
  } satisfies SlotDefinition<Record<string, never>>,
};

export type SlotName = keyof typeof SLOTS;
/** The value a slot holds (without its version). */
export type SlotValue<N extends SlotName> = Checked<(typeof SLOTS)[N]['valid']>;

/** The storage key of a slot, with its scope (an assignment attempt) when it has one. */
export function slotKey(name: SlotName, scope?: string): string {
  return scope === undefined ? SLOTS[name].key : `${SLOTS[name].key}.${scope}`;
}

/**
 * What a slot's stored text holds: `value` when it is valid (null when there is nothing, or nothing
 * usable), and `rewrite` when the stored text should be replaced (an old format) or removed (corrupt).
 */
export function parseSlot<N extends SlotName>(name: N, text: string | null): { value: SlotValue<N> | null; rewrite: boolean } {
  if (text === null) return { value: null, rewrite: false };
  const slot: SlotDefinition<unknown> = SLOTS[name];
  const data = json(text);
  const versioned = isRecord(data) && typeof data.version === 'number';
  let candidate: unknown;
  if (versioned) {
    // A newer version (written by a newer site) or an unknown one cannot be read: start empty.
    if (data.version !== slot.version) return { value: null, rewrite: true };
    const { version: _version, ...value } = data;
    candidate = value;
  } else {
    candidate = slot.upgrade?.(text);
  }
  if (!slot.valid(candidate)) return { value: null, rewrite: true };
  // An upgraded value is saved again in the current format.
  return { value: candidate as SlotValue<N>, rewrite: !versioned };
}

/** The text a slot's value is stored as. */
export function slotText<N extends SlotName>(name: N, value: SlotValue<N>): string {
  return JSON.stringify({ version: SLOTS[name].version, ...value });
}
