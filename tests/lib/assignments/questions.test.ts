import { createHmac } from 'node:crypto';
import { expect, test } from 'vitest';
import { asQuestion, byQuestionId, questionId, type OptionKey } from '@/lib/assignments/questions';
import { score, solve, toPublic } from '@/lib/scoring';
import type { SingleChoice } from '@/lib/scoring';
import {
  makeCategorize,
  makeFillBlanks,
  makeMatching,
  makeMultipleChoice,
  makeOrdering,
  makeTrueFalse,
} from '../scoring/factories';

const makeSingleChoice = (): SingleChoice => ({
  id: 'sc',
  type: 'single-choice',
  level: 'onthouden',
  topic: 'les-a',
  goal: 1,
  prompt: 'Welke?',
  explanation: 'Omdat.',
  options: [
    { id: 'a', text: 'Eerste', correct: true },
    { id: 'b', text: 'Tweede' },
    { id: 'c', text: 'Derde' },
    { id: 'd', text: 'Vierde' },
  ],
});

// As the server keys them (lib/server/student.server.ts): HMAC of question and option under a secret.
const keyed =
  (secret: string): OptionKey =>
  (index, optionId) =>
    createHmac('sha256', secret).update(`${index}\u0000${optionId}`).digest('base64url').slice(0, 12);

test("a student's page names the question by its place, without bank id, lesson or goal", () => {
  const exercise = makeSingleChoice();
  const question = asQuestion(exercise, 2, keyed('s'));
  expect(question.id).toBe(questionId(2));
  expect(question.id).toBe('v3');
  const shown = JSON.stringify(toPublic(question.exercise));
  expect(shown).not.toContain(exercise.id);
  expect(shown).not.toContain(exercise.topic);
  expect(toPublic(question.exercise)).not.toHaveProperty('goal', exercise.goal);
});

test('option ids are keyed hashes in their own order: neither the id nor the place gives the first-written option away', () => {
  const exercise = makeSingleChoice();
  const orders = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes'].map((secret) =>
    asQuestion(exercise, 0, keyed(secret)).exercise.type === 'single-choice'
      ? (asQuestion(exercise, 0, keyed(secret)).exercise as typeof exercise).options.map((option) => option.text)
      : [],
  );
  const firstPlaces = new Set(orders.map((order) => order.indexOf(exercise.options[0]!.text)));
  expect(firstPlaces.size).toBeGreaterThan(1);
  for (const option of (asQuestion(exercise, 0, keyed('een')).exercise as typeof exercise).options) {
    expect(exercise.options.map((original) => original.id)).not.toContain(option.id);
  }
});

test('answers go to the bank in its ids and come back in the page ids; a bank id sent directly scores nothing', () => {
  const exercise = makeMultipleChoice();
  const question = asQuestion(exercise, 0, keyed('k'));
  const right = solve(question.exercise);
  expect(score(exercise, question.toBank(right)).correct).toBe(true);
  expect((question.toPage(solve(exercise)) as { optionIds: string[] }).optionIds.sort()).toEqual(
    (right as { optionIds: string[] }).optionIds.sort(),
  );
  expect(score(exercise, question.toBank(solve(exercise))).points).toBe(0);
  const single = asQuestion(makeSingleChoice(), 1, keyed('k'));
  expect(single.toBank({ optionId: 'a' } as never)).toEqual({ optionId: '' });
});

test('other types keep their ids; questions are found by their page id', () => {
  const fill = makeFillBlanks();
  const question = asQuestion(fill, 0, keyed('k'));
  expect(question.toBank(solve(fill))).toEqual(solve(fill));
  expect(byQuestionId([question]).get('v1')).toEqual({ question, number: 1 });
});

test('ordering, matching and categorize ids are keyed too: ids written in answer order give nothing away', () => {
  const ordering = makeOrdering({ items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Stap ${id}` })) });
  const matching = makeMatching({
    prompts: ['a', 'b', 'c'].map((id, i) => ({ id, text: `Begrip ${id}`, match: ['w', 'x', 'y'][i]! })),
    answers: ['w', 'x', 'y', 'z'].map((id) => ({ id, text: `Uitleg ${id}` })),
  });
  const categorize = makeCategorize();
  for (const exercise of [ordering, matching, categorize]) {
    const question = asQuestion(exercise, 1, keyed('geheim'));
    const shown = toPublic(question.exercise);
    const ids = JSON.stringify(shown)
      .match(/"id":"[^"]+"/g)!
      .map((pair) => pair.slice(6, -1));
    const bankIds = JSON.stringify(toPublic(exercise))
      .match(/"id":"[^"]+"/g)!
      .map((pair) => pair.slice(6, -1));
    // Only the question id itself is readable; every other id is a keyed hash the bank does not use.
    expect(ids.filter((id) => id !== question.id && bankIds.includes(id))).toEqual([]);
    // Solved in the page's ids, the answer scores full marks in the bank's; the bank's own key sent as-is scores nothing.
    expect(score(exercise, question.toBank(solve(question.exercise))).correct).toBe(true);
    expect(score(exercise, question.toBank(solve(exercise))).fraction).toBe(0);
    // A stored answer comes back in the page's ids.
    expect(question.toPage(solve(exercise))).toEqual(solve(question.exercise));
  }
});

test('lists marked sorted follow their page ids, others keep the bank order; a field of the wrong shape is left as it is', () => {
  const categorize = makeCategorize();
  const question = asQuestion(categorize, 0, keyed('volgorde'));
  const shown = question.exercise as typeof categorize;
  const itemIds = shown.items.map((item) => item.id);
  expect(itemIds).toEqual([...itemIds].sort());
  expect(shown.categories.map((category) => category.label)).toEqual(categorize.categories.map((category) => category.label));
  // Each item still points at its own group, in page ids.
  for (const item of shown.items) {
    const bankItem = categorize.items.find((candidate) => candidate.text === item.text)!;
    const group = shown.categories.find((category) => category.id === item.category)!;
    expect(group.label).toBe(categorize.categories.find((category) => category.id === bankItem.category)!.label);
  }
  expect(question.toBank({ placements: 'b2b' } as never)).toEqual({ placements: 'b2b' });
  const stored = { value: true };
  expect(asQuestion(makeTrueFalse(), 0, keyed('k')).toPage(stored)).toBe(stored);
});
