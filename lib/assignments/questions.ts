import type { Exercise, ExerciseResponse } from '../scoring';

// A student's page never names a bank exercise: question i of an assignment is "v{i+1}" there,
// whatever exercise it is, without its lesson or goal. The options of a choice question get ids
// from a keyed hash (the key is the assignment's secret) and are listed in the order of those ids,
// so neither an option's id nor its place tells which one the author marked right. Bank ids stay
// on the server and with the teacher; answers are stored under them.

/** The id question `index` has on a student's page and in their requests. */
export const questionId = (index: number) => `v${index + 1}`;

/** The id a student sees for an option: a keyed hash, the same for the same assignment, question and option. */
export type OptionKey = (questionIndex: number, optionId: string) => string;

export type Question = {
  id: string;
  /** The bank exercise, as it is stored and scored. */
  bank: Exercise;
  /** The exercise as the student's page knows it: question id, no lesson, hashed option ids in their order. */
  exercise: Exercise;
  /** A response given on the page, in the bank's ids. */
  toBank: (response: ExerciseResponse) => ExerciseResponse;
  /** A stored response, in the page's ids. */
  toPage: (response: unknown) => unknown;
};

/**
 * Maps `optionId` / `optionIds` of a choice response. An id the map does not know becomes "", which
 * no option has: a bank id sent straight to the server ("a") scores nothing.
 */
function mapResponse(response: unknown, map: ReadonlyMap<string, string>): unknown {
  if (!response || typeof response !== 'object') return response;
  const record = response as Record<string, unknown>;
  const mapped = (id: unknown) => (typeof id === 'string' ? (map.get(id) ?? '') : '');
  if (typeof record.optionId === 'string') return { ...record, optionId: mapped(record.optionId) };
  if (Array.isArray(record.optionIds)) return { ...record, optionIds: record.optionIds.map(mapped) };
  return response;
}

/** Question `index` of an assignment, as its student's page knows it. */
export function asQuestion(exercise: Exercise, index: number, key: OptionKey): Question {
  const id = questionId(index);
  const renamed = { ...exercise, id, topic: '', goal: undefined } as Exercise;
  if (exercise.type !== 'single-choice' && exercise.type !== 'multiple-choice') {
    return { id, bank: exercise, exercise: renamed, toBank: (response) => response, toPage: (response) => response };
  }
  const hidden = new Map(exercise.options.map((option) => [option.id, key(index, option.id)]));
  const real = new Map([...hidden].map(([bankId, pageId]) => [pageId, bankId]));
  const options = exercise.options
    .map((option) => ({ ...option, id: hidden.get(option.id)! }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    id,
    bank: exercise,
    exercise: { ...renamed, options } as Exercise,
    toBank: (response) => mapResponse(response, real) as ExerciseResponse,
    toPage: (response) => mapResponse(response, hidden),
  };
}

/** The questions of an assignment, by question id. */
export const byQuestionId = (questions: readonly Question[]): Map<string, { question: Question; number: number }> =>
  new Map(questions.map((question, index) => [question.id, { question, number: index + 1 }]));
