'use client';

import { useMemo } from 'react';
import { attemptSeed, createRandom, shuffle, shuffleOrdering } from '@/lib/random';
import { useLearnerId } from './learner';

/**
 * Items in this student's order for this attempt: the same after a reload, new per attempt.
 * `ready` is false until the order is known; until then the items keep the neutral order they
 * were rendered with, and the list is hidden so it does not visibly jump.
 * With `correct` (ordering), the shuffle never lands on the correct order.
 */
export function useSeededOrder<T extends { id: string }>(
  exerciseId: string,
  items: readonly T[],
  attempt: number,
  correct?: readonly string[],
): { items: T[]; ready: boolean } {
  const learner = useLearnerId();
  return useMemo(() => {
    if (learner === null) return { items: [...items], ready: false };
    const random = createRandom(attemptSeed(learner, exerciseId, attempt));
    return { items: correct ? shuffleOrdering(items, correct, random) : shuffle(items, random), ready: true };
  }, [learner, exerciseId, items, attempt, correct]);
}
