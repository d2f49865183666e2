import type { Exercise, ExerciseResponse, ScorePart } from '../scoring';

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
  /** The page id of a bank id of the kind listed first that has it (a score's parts name the first kind). */
  hideAny: (id: string) => string | undefined;
};

/**
 * The response with every id translated by `map` (kinds as in `idKinds`). An id the map does not
 * know becomes "", which nothing has: a bank id sent straight to the server ("a") scores nothing.
 */
function mapResponse(type: Exercise['type'], response: unknown, map: (kind: string, id: string) => string): unknown {
  if (!response || typeof response !== 'object') return response;
  const record = response as Record<string, unknown>;
  const one = (kind: string) => (id: unknown) => (typeof id === 'string' ? map(kind, id) : '');
  const pairs = (value: unknown, keyKind: string, valueKind: string) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([key, id]) => [one(keyKind)(key), one(valueKind)(id)]))
      : value;
  switch (type) {
    case 'single-choice':
      return typeof record.optionId === 'string' ? { ...record, optionId: one('option')(record.optionId) } : response;
    case 'multiple-choice':
      return Array.isArray(record.optionIds) ? { ...record, optionIds: record.optionIds.map(one('option')) } : response;
    case 'ordering':
      return Array.isArray(record.order) ? { ...record, order: record.order.map(one('item')) } : response;
    case 'categorize':
      return 'placements' in record ? { ...record, placements: pairs(record.placements, 'item', 'category') } : response;
    case 'matching':
      return 'matches' in record ? { ...record, matches: pairs(record.matches, 'prompt', 'answer') } : response;
    default:
      return response;
  }
}

/** The bank ids of an exercise per kind: what a student's page must not see. */
function idKinds(exercise: Exercise): Record<string, string[]> {
  switch (exercise.type) {
    case 'single-choice':
    case 'multiple-choice':
      return { option: exercise.options.map((option) => option.id) };
    case 'ordering':
      return { item: exercise.items.map((item) => item.id) };
    case 'categorize':
      return { item: exercise.items.map((item) => item.id), category: exercise.categories.map((category) => category.id) };
    case 'matching':
      return { prompt: exercise.prompts.map((prompt) => prompt.id), answer: exercise.answers.map((answer) => answer.id) };
    default:
      return {};
  }
}

function idMaps(exercise: Exercise, index: number, key: OptionKey): IdMaps {
  const hidden = new Map<string, string>();
  const real = new Map<string, string>();
  const first = new Map<string, string>();
  for (const [kind, ids] of Object.entries(idKinds(exercise))) {
    for (const id of ids) {
      // Options keep their original key input; other kinds are prefixed, so a prompt and an answer both called "a" differ.
      const pageId = key(index, kind === 'option' ? id : `${kind}\u0000${id}`);
      hidden.set(`${kind}:${id}`, pageId);
      real.set(`${kind}:${pageId}`, id);
      if (!first.has(id)) first.set(id, pageId);
    }
  }
  return {
    hide: (kind, id) => hidden.get(`${kind}:${id}`) ?? '',
    reveal: (kind, id) => real.get(`${kind}:${id}`) ?? '',
    hideAny: (id) => first.get(id),
  };
}

/** The exercise as a student's page knows it: every id keyed, choices and groups in the order of their new ids. */
function hideIds(exercise: Exercise, { hide }: IdMaps): Exercise {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  switch (exercise.type) {
    case 'single-choice':
    case 'multiple-choice':
      return { ...exercise, options: byId(exercise.options.map((option) => ({ ...option, id: hide('option', option.id) }))) };
    case 'ordering':
      // Stays in the right order on the server, so it still scores; its public view lists the items by text.
      return { ...exercise, items: exercise.items.map((item) => ({ ...item, id: hide('item', item.id) })) };
    case 'categorize':
      return {
        ...exercise,
        categories: exercise.categories.map((category) => ({ ...category, id: hide('category', category.id) })),
        items: byId(
          exercise.items.map((item) => ({ ...item, id: hide('item', item.id), category: hide('category', item.category) })),
        ),
      };
    case 'matching':
      return {
        ...exercise,
        prompts: exercise.prompts.map((prompt) => ({
          ...prompt,
          id: hide('prompt', prompt.id),
          match: hide('answer', prompt.match),
        })),
        answers: byId(exercise.answers.map((answer) => ({ ...answer, id: hide('answer', answer.id) }))),
      };
    default:
      return exercise;
  }
}

/** Question `index` of an assignment, as its student's page knows it. */
export function asQuestion(exercise: Exercise, index: number, key: OptionKey): Question {
  const id = questionId(index);
  const renamed = { ...exercise, id, topic: '', goal: undefined } as Exercise;
  const maps = idMaps(exercise, index, key);
  return {
    id,
    bank: exercise,
    exercise: hideIds(renamed, maps),
    toBank: (response) => mapResponse(exercise.type, response, maps.reveal) as ExerciseResponse,
    toPage: (response) => mapResponse(exercise.type, response, maps.hide),
    partsToPage: (parts) => parts.map((part) => ({ ...part, id: maps.hideAny(part.id) ?? part.id })),
  };
}

/** The questions of an assignment, by question id. */
export const byQuestionId = (questions: readonly Question[]): Map<string, { question: Question; number: number }> =>
  new Map(questions.map((question, index) => [question.id, { question, number: index + 1 }]));
