import { describe, expect, test } from 'vitest';
import { attemptSeed, createRandom, hashSeed, shuffle, shuffleOrdering } from '@/lib/random';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('seeded shuffling', () => {
  test('the same seed gives the same order (a reload shows the same order)', () => {
    const seed = attemptSeed('leerling-1', 'cj-definitie', 1);
    expect(shuffle(items, createRandom(seed))).toEqual(shuffle(items, createRandom(seed)));
  });

  test('another attempt or another student gets another order, sooner or later', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, attempt) =>
        shuffle(items, createRandom(attemptSeed('leerling-1', 'x', attempt)))
          .map((item) => item.id)
          .join(''),
      ),
    );
    expect(orders.size).toBeGreaterThan(5);
    expect(hashSeed('leerling-1')).not.toBe(hashSeed('leerling-2'));
  });

  test('shuffle keeps every item exactly once', () => {
    for (let seed = 0; seed < 50; seed++) {
      expect(
        shuffle(items, createRandom(seed))
          .map((item) => item.id)
          .sort(),
      ).toEqual(['a', 'b', 'c', 'd', 'e']);
    }
  });

  test('ordering items are never shuffled into the correct order', () => {
    const correct = items.map((item) => item.id);
    for (let seed = 0; seed < 500; seed++) {
      expect(shuffleOrdering(items, correct, createRandom(seed)).map((item) => item.id)).not.toEqual(correct);
    }
    // Two items: the only other order.
    const two = [{ id: 'x' }, { id: 'y' }];
    for (let seed = 0; seed < 20; seed++)
      expect(shuffleOrdering(two, ['x', 'y'], createRandom(seed)).map((item) => item.id)).toEqual(['y', 'x']);
  });

  test('the generator stays in [0, 1)', () => {
    const random = createRandom(123);
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});
