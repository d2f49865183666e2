'use client';

import { useProgress, useProgressStatus } from '@/components/progress/progress-provider';

let visitId: string | null = null;

/**
 * A stable id for this browser, so a student sees the same shuffled order after a reload. The
 * progress store keeps it (checked, versioned); null on the server, while hydrating and until the
 * store has loaded. Without a store (a component test, or the store could not load) it lasts the visit:
 * the page's start time, which only seeds a shuffle (a lesson's key is public), so it need not be random.
 */
export function useLearnerId(): string | null {
  const absent = useProgressStatus() === 'absent';
  return useProgress(
    (state) => (state.loaded ? state.learner : null),
    absent ? (visitId ??= `bezoek-${performance.timeOrigin}`) : null,
  );
}
