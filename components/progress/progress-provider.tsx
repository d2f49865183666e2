'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ProgressStore, ProgressStoreState } from './progress-store';

/**
 * `loading` until the store is there; `absent` outside a provider (a component test) or when the
 * store could not be loaded: then views work without saving anything.
 */
export type ProgressStatus = 'loading' | 'ready' | 'absent';

// The store when ready; null while loading; false when absent.
const ProgressContext = createContext<ProgressStore | null | false>(false);

/**
 * Holds the progress store for the whole site. The store and its validation (zod/mini) and
 * scheduling (ts-fsrs) code load after hydration, so they are not part of any page's first-load
 * JavaScript; until then views show their "not loaded" state, exactly as on the server.
 */
export function ProgressProvider({ children }: { children: ReactNode }) {
  const [held, setHeld] = useState<ProgressStore | null | false>(null);
  useEffect(() => {
    let active = true;
    let stop = () => {};
    import('./progress-store').then(
      ({ openBrowserStore }) => {
        if (!active) return;
        const opened = openBrowserStore();
        stop = opened.stop;
        setHeld(opened.store);
      },
      // The chunk could not be loaded (the connection dropped): the pages work on without saving.
      () => active && setHeld(false),
    );
    return () => {
      active = false;
      stop();
    };
  }, []);
  // Tells a browser test (and anyone debugging) that the store has loaded or is not coming.
  useEffect(() => {
    if (held !== null) document.documentElement.dataset.progress = held ? 'ready' : 'absent';
  }, [held]);
  return <ProgressContext.Provider value={held}>{children}</ProgressContext.Provider>;
}

/** The store, or null before it has loaded and outside a provider (a component test). */
export function useProgressStore(): ProgressStore | null {
  return useContext(ProgressContext) || null;
}

/** Whether the store is still loading, ready, or not coming (see ProgressStatus). */
export function useProgressStatus(): ProgressStatus {
  const held = useContext(ProgressContext);
  return held ? 'ready' : held === null ? 'loading' : 'absent';
}

const noSubscription = () => () => {};

/** Reads a slice of the progress state (select stable values); `fallback` until the store is there. */
export function useProgress<T>(selector: (state: ProgressStoreState) => T, fallback: T): T {
  const store = useProgressStore();
  return useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    () => (store ? selector(store.getState()) : fallback),
    () => fallback,
  );
}
