import { describe, expect, test } from 'vitest';
import { score, type Exercise } from '@/lib/scoring';
import { makeOrdering, makePhoneOrdering, PHONE_ANSWER } from './factories';

// The example (issue 14, item 1): six steps of buying a phone.
const phone = makePhoneOrdering() as Exercise;
const answer = { order: PHONE_ANSWER };

describe('ordering marks: right only in the right place', () => {
  test('a step in a wrong place is never marked right, a step in its place always is', () => {
    const result = score(phone, answer);
    const correct = result.parts.filter((part) => part.correct).map((part) => part.id);
    expect(correct).toEqual(['reviews']);
  });

  test('the partial-credit score still follows the longest run in the right order', () => {
    const result = score(phone, answer);
    expect(result.fraction).toBeCloseTo(2 / 6);
    // The run that earns the points: marked as in sequence, with the points, but not as right.
    const inSequence = result.parts.filter((part) => part.inSequence).map((part) => part.id);
    expect(inSequence).toHaveLength(2);
    expect(result.parts.reduce((sum, part) => sum + part.points, 0)).toBeCloseTo(result.points);
  });

  test('for every order, a part is right exactly when its item stands in its own place', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const exercise = makeOrdering({ items: ids.map((id) => ({ id, text: id })) }) as Exercise;
    const permutations = (list: string[]): string[][] =>
      list.length <= 1
        ? [list]
        : list.flatMap((id, i) => permutations(list.filter((_, j) => j !== i)).map((rest) => [id, ...rest]));
    for (const order of permutations(ids)) {
      const parts = score(exercise, { order }).parts;
      for (const part of parts) expect(part.correct).toBe(order.indexOf(part.id) === ids.indexOf(part.id));
    }
  });
});
