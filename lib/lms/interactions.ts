// One question of a SCORM package as a cmi.interactions entry, in the vocabulary of each version.
// Pure. Choices, items and groups are named by their place as one character (a, b, c …), the form
// SCORM 1.2 prescribes and 2004 accepts; free text is put on one line and cut to the version's limit.
import type { Exercise, Score } from '../scoring';
import { LEARNER_RESPONSE_MAX, type ScormVersion } from './package';

export type Interaction = {
  id: string;
  type: 'choice' | 'true-false' | 'sequencing' | 'matching' | 'fill-in' | 'long-fill-in';
  response: string;
  result: 'correct' | 'wrong' | 'incorrect' | 'neutral';
  weighting: string;
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const letter = (index: number) => LETTERS[index] ?? '';
/** 2004's fill-in allows at most this many parts, each at most 250 characters; long-fill-in 4,000. */
const FILL_IN_PARTS = 10;
const FILL_IN_PART_MAX = 250;
const LONG_FILL_IN_MAX = 4000;

const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * Free text as SCORM takes it: one line (its patterns do not match line breaks), without the 2004
 * delimiters "[,]" "[.]" and without a leading "{" (which would read as a language tag).
 */
export function oneLine(text: string): string {
  return text
    .replace(/\[[,.:]\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\{+/, '');
}

/** An interaction id both versions accept (1.2: CMIIdentifier, no spaces; 2004: short identifier). */
export function interactionId(index: number, exerciseId: string): string {
  const safe = exerciseId.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80);
  return `v${index + 1}-${safe}`;
}

/** The student's response in the version's format; empty when there is nothing to report. */
export function formatResponse(version: ScormVersion, exercise: Exercise, response: unknown): string {
  const list = version === '1.2' ? ',' : '[,]';
  const pair = version === '1.2' ? '.' : '[.]';
  const places = (entries: readonly { id: string }[], ids: readonly string[]) =>
    ids.map((id) => letter(entries.findIndex((entry) => entry.id === id))).filter(Boolean);
  const pairs = (keys: readonly { id: string }[], values: readonly { id: string }[], map: unknown) =>
    keys.flatMap((key, index) => {
      const to = values.findIndex((value) => value.id === field(map, key.id));
      return to >= 0 ? [`${letter(index)}${pair}${letter(to)}`] : [];
    });
  let text: string;
  switch (exercise.type) {
    case 'single-choice':
      text = places(exercise.options, [String(field(response, 'optionId'))]).join('');
      break;
    case 'multiple-choice':
      text = places(exercise.options, strings(field(response, 'optionIds'))).join(list);
      break;
    case 'true-false': {
      const value = field(response, 'value');
      text = typeof value === 'boolean' ? (version === '1.2' ? (value ? 't' : 'f') : String(value)) : '';
      break;
    }
    case 'ordering':
      text = places(exercise.items, strings(field(response, 'order'))).join(list);
      break;
    case 'categorize':
      text = pairs(exercise.items, exercise.categories, field(response, 'placements')).join(list);
      break;
    case 'matching':
      text = pairs(exercise.prompts, exercise.answers, field(response, 'matches')).join(list);
      break;
    case 'fill-blanks': {
      const answers = strings(field(response, 'answers')).map(oneLine);
      text =
        version === '1.2'
          ? answers.map((answer) => answer.replace(/,/g, ' ')).join(',')
          : answers
              .slice(0, FILL_IN_PARTS)
              .map((answer) => answer.slice(0, FILL_IN_PART_MAX))
              .join('[,]');
      break;
    }
    case 'open': {
      const value = field(response, 'text');
      text = oneLine(typeof value === 'string' ? value : '').slice(
        0,
        version === '1.2' ? LEARNER_RESPONSE_MAX : LONG_FILL_IN_MAX,
      );
      break;
    }
    default: {
      // A new exercise type must be given a format here (docs/adding-an-exercise-type.md).
      const unknown: never = exercise;
      text = unknown;
    }
  }
  // The strict 1.2 limit holds in both versions, except 2004's long-fill-in (up to 4,000).
  return exercise.type === 'open' && version === '2004' ? text : text.slice(0, LEARNER_RESPONSE_MAX);
}

const TYPES: Record<Exercise['type'], Interaction['type']> = {
  'single-choice': 'choice',
  'multiple-choice': 'choice',
  'true-false': 'true-false',
  ordering: 'sequencing',
  categorize: 'matching',
  matching: 'matching',
  'fill-blanks': 'fill-in',
  open: 'fill-in',
};

/** The interaction for question `index` (0-based) of a package, answered with `response` and scored `result`. */
export function interactionOf(
  version: ScormVersion,
  index: number,
  exercise: Exercise,
  response: unknown,
  result: Score,
): Interaction {
  const open = exercise.type === 'open';
  return {
    id: interactionId(index, exercise.id),
    type: open && version === '2004' ? 'long-fill-in' : TYPES[exercise.type],
    response: formatResponse(version, exercise, response),
    // An open answer is checked by the student against a model answer: neither right nor wrong.
    result: open ? 'neutral' : result.correct ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect',
    weighting: String(result.maxPoints),
  };
}
