import type { Exercise, ExerciseResponse, ScorePart } from '../scoring';
import { bankDefinitionOf } from '../scoring/schema';
import { isRecord } from '../util/records';

// A student's page never names a bank exercise: question i of an assignment is "v{i+1}" there,
// whatever exercise it is, without its lesson or goal. Every id in a question (options, ordering and
// categorize items, categories, matching prompts and answers) is a keyed hash (the key is the
// assignment's secret), so no id tells what the author marked right or in which order they wrote it.
// Options and items are listed in the order of those ids; ordering items keep the bank's (right)
// order here, on the server, because their public view lists them by text. Bank ids stay on the
// server and with the teacher; answers are stored under them.

/** The id question `index` has on a student's page and in their requests. */
export const questionId = (index: number) => `v${index + 1}`;

/** The id a student sees for an id of a question: a keyed hash, the same for the same assignment, question and id. */
export type OptionKey = (questionIndex: number, optionId: string) => string;

export type Question = {
  id: string;
  /** The bank exercise, as it is stored and scored. */
  bank: Exercise;
  /** The exercise as the student's page knows it: question id, no lesson, every id hashed. */
  exercise: Exercise;
  /** A response given on the page, in the bank's ids. */
  toBank: (response: ExerciseResponse) => ExerciseResponse;
  /** A stored response, in the page's ids. */
  toPage: (response: unknown) => unknown;
  /** The parts of a stored score (bank ids: options, items, prompts), in the page's ids. */
  partsToPage: (parts: readonly ScorePart[]) => ScorePart[];
};

/** Bank id → page id for each kind of id an exercise has, and back. */
type IdMaps = {
  hide: (kind: string, id: string) => string;
  reveal: (kind: string, id: string) => string;
};

/** What a type says about its ids (lib/scoring's `keys`), read without its exercise's own types. */
type Keys = {
  exercise: Record<string, { fields: Record<string, string>; sorted?: boolean } | undefined>;
  response: Record<string, string | readonly [string, string] | undefined>;
};
const keysOf = (exercise: Exercise): Keys | undefined => bankDefinitionOf(exercise)?.keys as Keys | undefined;

/** The lists of an exercise that carry ids, as plain entries. */
const listOf = (exercise: Exercise, list: string): Record<string, unknown>[] => {
  const value = (exercise as Record<string, unknown>)[list];
  return Array.isArray(value) ? value : [];
};

/**
 * The response with every id translated by `map` (kinds as the type's `keys` say). An id the map does
 * not know becomes "", which nothing has: a bank id sent straight to the server ("a") scores nothing.
 * A field of the wrong shape is left as it is.
 */
function mapResponse(keys: Keys | undefined, response: unknown, map: (kind: string, id: string) => string): unknown {
  if (!keys || !isRecord(response)) return response;
  const one = (kind: string) => (id: unknown) => (typeof id === 'string' ? map(kind, id) : '');
  const mapped = { ...response };
  for (const [field, kind] of Object.entries(keys.response)) {
    const value = response[field];
    if (kind === undefined || !Object.hasOwn(response, field)) continue;
    if (typeof kind !== 'string') {
      const [keyKind, valueKind] = kind;
      if (isRecord(value))
        mapped[field] = Object.fromEntries(Object.entries(value).map(([id, to]) => [one(keyKind)(id), one(valueKind)(to)]));
    } else if (typeof value === 'string') mapped[field] = one(kind)(value);
    else if (Array.isArray(value)) mapped[field] = value.map(one(kind));
  }
  return mapped;
}

/**
 * The kind of id a score's parts name: what a response is about (an option chosen, an item placed, a
 * prompt matched), i.e. the first response field's kind (the key side of a map).
 */
function partKind(keys: Keys | undefined): string | undefined {
  const first = Object.values(keys?.response ?? {})[0];
  return typeof first === 'string' ? first : first?.[0];
}

function idMaps(exercise: Exercise, keys: Keys | undefined, index: number, key: OptionKey): IdMaps {
  const hidden = new Map<string, string>();
  const real = new Map<string, string>();
  for (const [list, spec] of Object.entries(keys?.exercise ?? {})) {
    // A list's own `id` field defines the ids of its kind; other fields only refer to them.
    const kind = spec?.fields.id;
    if (kind === undefined) continue;
    for (const entry of listOf(exercise, list)) {
      const id = String(entry.id);
      // Options keep their original key input; other kinds are prefixed, so a prompt and an answer both called "a" differ.
      const pageId = key(index, kind === 'option' ? id : `${kind}\u0000${id}`);
      hidden.set(`${kind}:${id}`, pageId);
      real.set(`${kind}:${pageId}`, id);
    }
  }
  return {
    hide: (kind, id) => hidden.get(`${kind}:${id}`) ?? '',
    reveal: (kind, id) => real.get(`${kind}:${id}`) ?? '',
  };
}

/** The exercise as a student's page knows it: every id keyed, `sorted` lists in the order of their new ids. */
function hideIds(exercise: Exercise, keys: Keys | undefined, { hide }: IdMaps): Exercise {
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => {
    const [x, y] = [String(a.id), String(b.id)];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const hidden: Record<string, unknown> = { ...exercise };
  for (const [list, spec] of Object.entries(keys?.exercise ?? {})) {
    if (!spec) continue;
    const entries = listOf(exercise, list).map((entry) => {
      const copy = { ...entry };
      for (const [field, kind] of Object.entries(spec.fields)) copy[field] = hide(kind, String(entry[field]));
      return copy;
    });
    hidden[list] = spec.sorted ? entries.sort(byId) : entries;
  }
  return hidden as Exercise;
}

/** Question `index` of an assignment, as its student's page knows it. */
export function asQuestion(exercise: Exercise, index: number, key: OptionKey): Question {
  const id = questionId(index);
  const renamed = { ...exercise, id, topic: '', goal: undefined } as Exercise;
  const keys = keysOf(exercise);
  const maps = idMaps(exercise, keys, index, key);
  return {
    id,
    bank: exercise,
    exercise: hideIds(renamed, keys, maps),
    toBank: (response) => mapResponse(keys, response, maps.reveal) as ExerciseResponse,
    toPage: (response) => mapResponse(keys, response, maps.hide),
    partsToPage: (parts) => {
      const kind = partKind(keys);
      return parts.map((part) => ({ ...part, id: (kind && maps.hide(kind, part.id)) || part.id }));
    },
  };
}

/** The questions of an assignment, by question id. */
export const byQuestionId = (questions: readonly Question[]): Map<string, { question: Question; number: number }> =>
  new Map(questions.map((question, index) => [question.id, { question, number: index + 1 }]));
