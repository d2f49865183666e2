'use client';

import { useEffect, useRef } from 'react';
import { useProgressStatus, useProgressStore } from '@/components/progress/progress-provider';
import type { ProgressStore } from '@/components/progress/progress-store';

/** Called just before the page reloads with the result, so focus can go to it (in this tab only). */
export function markHandedIn(store: ProgressStore | null) {
  store?.getState().writeSlot('handedIn', {});
}

/** Moves focus to the result right after a hand-in (not on a later visit), for keyboard and screen reader users. */
export function FocusResult({ targetId }: { targetId: string }) {
  const store = useProgressStore();
  const status = useProgressStatus();
  const done = useRef(false);
  useEffect(() => {
    // Wait for the store, where the flag is kept; without one, focus stays where the browser puts it.
    if (done.current || status === 'loading') return;
    done.current = true;
    if (!store?.getState().readSlot('handedIn')) return;
    store.getState().clearSlot('handedIn');
    document.getElementById(targetId)?.focus();
  }, [targetId, store, status]);
  return null;
}
