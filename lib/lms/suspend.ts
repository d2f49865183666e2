// cmi.suspend_data of a SCORM package: the student's answers and the order in which their
// cmi.interactions were created, in a compact text that stays within SUSPEND_DATA_MAX (4,096
// characters, the SCORM 1.2 limit) for the largest package with the longest answers. Pure.
//
// Format (version 1):  1<hash:4><done:0|1><order>|<answer 0>|<answer 1>|…
// - hash: 4 base-36 characters of the package's exercise ids, so data of another package starts fresh;
// - order: one index character per question that has a cmi.interactions entry, in creation order;
// - each answer is empty (no answer) or written by the exercise's type, with list positions as one
//   character each (0-9a-zA-Z) and free text escaped (\ | ^ are written \\ \| \^):
//     single-choice  <option>          true-false  t | f
//     multiple-choice, ordering        .<option or item>…
//     categorize     .<group of item 1, or ->…      matching  .<answer of prompt 1, or ->…
//     fill-blanks    .<text>^<text>…                open      .<ticked points>^<text>
// Anything unreadable (a changed package, an LMS that mangles the text) decodes as a fresh start.
import type { Exercise } from '../scoring';
import { hasResponseShape } from '../scoring/shape';
import { SUSPEND_DATA_MAX } from './package';

export const SUSPEND_VERSION = '1';

/** What a package keeps of a student's work between sessions. */
export type SuspendState = {
  /** The quiz was handed in (Afronden). */
  done: boolean;
  /** Per question, in package order: the answer that counts (null: none yet). */
  answers: unknown[];
  /** The question indices that have a cmi.interactions entry, in the order the entries were made. */
  order: number[];
};

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const UNSET = '-';

export const freshState = (count: number): SuspendState => ({
  done: false,
  answers: Array<unknown>(count).fill(null),
  order: [],
});

/** A short, stable fingerprint of the package's questions (FNV-1a over their ids and types). */
export function packageHash(items: readonly Exercise[]): string {
  let hash = 0x811c9dc5;
  for (const char of items.map((item) => `${item.type}:${item.id}`).join('\n')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0');
}

const escapeText = (text: string) => text.replace(/[\\|^]/g, (char) => `\\${char}`);

const unescapeText = (text: string) => text.replace(/\\(.)/gs, '$1');

/** Splits on `separator` where it is not escaped, and unescapes each part. */
function splitEscaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      current += text[++i];
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** Splits on `separator` where it is not escaped, keeping the escapes (for a second split). */
function splitRaw(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const digit = (index: number) => (index >= 0 && index < DIGITS.length ? DIGITS[index]! : UNSET);
const indexOf = (char: string) => DIGITS.indexOf(char);
const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Caps on free text, so a package with very long answers still fits (see encodeSuspend). */
type Caps = { open: number; blank: number };

/** One answer in the compact form (`null` → empty). */
function encodeAnswer(exercise: Exercise, response: unknown, caps: Caps): string {
  if (response === null || response === undefined) return '';
  const ids = (list: readonly { id: string }[], chosen: readonly string[]) =>
    chosen
      .map((id) => digit(list.findIndex((entry) => entry.id === id)))
      .filter((char) => char !== UNSET)
      .join('');
  const map = (keys: readonly { id: string }[], values: readonly { id: string }[], placed: unknown) =>
    keys.map((key) => digit(values.findIndex((value) => value.id === field(placed, key.id)))).join('');
  switch (exercise.type) {
    case 'single-choice': {
      const char = digit(exercise.options.findIndex((option) => option.id === field(response, 'optionId')));
      return char === UNSET ? '' : char;
    }
    case 'true-false': {
      const value = field(response, 'value');
      return value === true ? 't' : value === false ? 'f' : '';
    }
    case 'multiple-choice':
      return `.${ids(exercise.options, strings(field(response, 'optionIds')))}`;
    case 'ordering':
      return `.${ids(exercise.items, strings(field(response, 'order')))}`;
    case 'categorize':
      return `.${map(exercise.items, exercise.categories, field(response, 'placements'))}`;
    case 'matching':
      return `.${map(exercise.prompts, exercise.answers, field(response, 'matches'))}`;
    case 'fill-blanks':
      return `.${strings(field(response, 'answers'))
        .map((text) => escapeText(text.slice(0, caps.blank)))
        .join('^')}`;
    case 'open': {
      const text = field(response, 'text');
      return `.${ids(exercise.checklist, strings(field(response, 'checked')))}^${escapeText(typeof text === 'string' ? text.slice(0, caps.open) : '')}`;
    }
    default: {
      // A new exercise type must be given a form here (docs/adding-an-exercise-type.md).
      const unknown: never = exercise;
      return unknown;
    }
  }
}

/** One answer back from the compact form; null when empty or unreadable. */
function decodeAnswer(exercise: Exercise, text: string): unknown {
  if (text === '') return null;
  const list = (entries: readonly { id: string }[], chars: string): string[] | null => {
    const out = [...chars].map((char) => entries[indexOf(char)]?.id);
    return out.every((id) => id !== undefined) ? (out as string[]) : null;
  };
  const map = (keys: readonly { id: string }[], values: readonly { id: string }[], chars: string) => {
    if (chars.length !== keys.length) return null;
    const out: Record<string, string> = {};
    [...chars].forEach((char, index) => {
      const value = values[indexOf(char)];
      if (char !== UNSET && value) out[keys[index]!.id] = value.id;
    });
    return out;
  };
  const listed = text.startsWith('.') ? text.slice(1) : null;
  let response: unknown = null;
  switch (exercise.type) {
    case 'single-choice': {
      const option = text.length === 1 ? exercise.options[indexOf(text)] : undefined;
      response = option ? { optionId: option.id } : null;
      break;
    }
    case 'true-false':
      response = text === 't' ? { value: true } : text === 'f' ? { value: false } : null;
      break;
    case 'multiple-choice': {
      const chosen = listed === null ? null : list(exercise.options, listed);
      response = chosen ? { optionIds: chosen } : null;
      break;
    }
    case 'ordering': {
      const order = listed === null ? null : list(exercise.items, listed);
      response = order ? { order } : null;
      break;
    }
    case 'categorize': {
      const placements = listed === null ? null : map(exercise.items, exercise.categories, listed);
      response = placements ? { placements } : null;
      break;
    }
    case 'matching': {
      const matches = listed === null ? null : map(exercise.prompts, exercise.answers, listed);
      response = matches ? { matches } : null;
      break;
    }
    case 'fill-blanks':
      response = listed === null ? null : { answers: splitEscaped(listed, '^') };
      break;
    case 'open': {
      if (listed === null) break;
      const [ticked = '', ...rest] = splitRaw(listed, '^');
      const checked = list(exercise.checklist, ticked);
      response = checked ? { text: unescapeText(rest.join('^')), checked } : null;
      break;
    }
    default: {
      const unknown: never = exercise;
      return unknown;
    }
  }
  return response !== null && hasResponseShape(exercise.type, response) ? response : null;
}

function encodeWith(items: readonly Exercise[], state: SuspendState, caps: Caps): string {
  const head = `${SUSPEND_VERSION}${packageHash(items)}${state.done ? '1' : '0'}${state.order.map(digit).join('')}`;
  return [head, ...items.map((exercise, index) => encodeAnswer(exercise, state.answers[index] ?? null, caps))].join('|');
}

/** The largest cap in [0, high] for which `fits(cap)` holds (fits is monotone), or -1 when none. */
function largestCap(high: number, fits: (cap: number) => boolean): number {
  if (fits(high)) return high;
  if (!fits(0)) return -1;
  let [low, top] = [0, high];
  while (top - low > 1) {
    const middle = Math.floor((low + top) / 2);
    if (fits(middle)) low = middle;
    else top = middle;
  }
  return low;
}

const TEXT_MAX = { open: 5000, blank: 200 };

/**
 * The compact text of a state, at most `max` characters: when the answers are too long, open answers
 * are shortened first (they are not scored by the package), then the blanks' texts, never the choices.
 */
export function encodeSuspend(items: readonly Exercise[], state: SuspendState, max = SUSPEND_DATA_MAX): string {
  const full = encodeWith(items, state, TEXT_MAX);
  if (full.length <= max) return full;
  const open = largestCap(TEXT_MAX.open, (cap) => encodeWith(items, state, { open: cap, blank: TEXT_MAX.blank }).length <= max);
  if (open >= 0) return encodeWith(items, state, { open, blank: TEXT_MAX.blank });
  const blank = largestCap(TEXT_MAX.blank, (cap) => encodeWith(items, state, { open: 0, blank: cap }).length <= max);
  // Only a package far larger than any we build gets here: keep the choices, drop the texts.
  return encodeWith(items, state, { open: 0, blank: Math.max(0, blank) });
}

/** The state in a suspend_data text; a fresh start for anything that is not this package's data. */
export function decodeSuspend(items: readonly Exercise[], text: unknown): SuspendState {
  const fresh = freshState(items.length);
  if (typeof text !== 'string' || text.length === 0) return fresh;
  try {
    const [head = '', ...answers] = splitRaw(text, '|');
    if (head[0] !== SUSPEND_VERSION || head.slice(1, 5) !== packageHash(items) || answers.length !== items.length) return fresh;
    const done = head[5] === '1';
    const order = [...head.slice(6)].map(indexOf);
    if (head[5] !== '0' && !done) return fresh;
    if (order.some((index) => index < 0 || index >= items.length) || new Set(order).size !== order.length) return fresh;
    return { done, order, answers: items.map((exercise, index) => decodeAnswer(exercise, answers[index]!)) };
  } catch {
    return fresh;
  }
}
