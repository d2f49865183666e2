import { ownField, uniqueStrings } from '../util/records';
import type { TypeDefinition } from './definition';
import { neutralOrder } from './neutral';
import type { Ordering } from './ordering.bank';
import type { OutputOf, Shape } from './response-shape';
import { makeScore } from './score';

export type { Ordering } from './ordering.bank';

const response = { order: ['id', 20] } as const satisfies Shape;
export type OrderingResponse = OutputOf<typeof response>;
export type PublicOrdering = Omit<Ordering, 'explanation' | 'items'> & { items: { id: string; text: string }[] };

/** Indexes (into `ranks`) of one longest strictly increasing subsequence, O(n log n). */
function longestIncreasing(ranks: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(ranks.length).fill(-1);
  ranks.forEach((rank, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ranks[tails[mid]!]! < rank) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

export const ordering: TypeDefinition<Ordering, OrderingResponse, PublicOrdering> = {
  type: 'ordering',
  response,

  /**
   * Longest ordered subset: the longest run of the response (not necessarily adjacent) that agrees
   * with the correct order, over the number of items. `scoring: all-or-nothing` gives 1 or 0.
   * The marks are stricter than the score: a part is `correct` only when its item stands in its own
   * place, so a step in a wrong place is never marked right. The run that earns the points is marked
   * `inSequence` (and carries the points), so the UI can explain the score.
   */
  score(exercise, response) {
    const maxPoints = exercise.points ?? 1;
    const rankOf = new Map(exercise.items.map((item, index) => [item.id, index]));
    const order = uniqueStrings(ownField(response, 'order')).filter((id) => rankOf.has(id));
    const kept = longestIncreasing(order.map((id) => rankOf.get(id)!));
    const n = exercise.items.length;
    const inRun = new Set(order.filter((_, i) => kept.has(i)));
    const allOrNothing = exercise.scoring === 'all-or-nothing';
    const fraction = allOrNothing ? (inRun.size === n ? 1 : 0) : inRun.size / n;
    const parts = exercise.items.map((item, index) => {
      const inSequence = inRun.has(item.id);
      return {
        id: item.id,
        correct: order[index] === item.id,
        inSequence,
        points: inSequence && !allOrNothing ? maxPoints / n : 0,
      };
    });
    return makeScore(fraction, maxPoints, parts);
  },

  /** The items in a neutral (alphabetical) order; the client shuffles them per student. */
  toPublic(exercise) {
    const { explanation: _explanation, items, ...rest } = exercise;
    return { ...rest, items: neutralOrder(items) };
  },

  /** The items in their correct order. */
  solve: (exercise) => ({ order: exercise.items.map((item) => item.id) }),
};
