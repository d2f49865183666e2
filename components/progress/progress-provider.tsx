'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ProgressStore, ProgressStoreState } from './progress-store';

const ProgressContext = createContext<ProgressStore | null>(null);

function browserStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Holds the progress store for the whole site. The store and its validation (zod/mini) and
 * scheduling (ts-fsrs) code load after hydration, so they are not part of any page's first-load
 * JavaScript; until then views show their "not loaded" state, exactly as on the server.
 */
export function ProgressProvider({ children }: { children: ReactNode }) {
  const [store, setStore] = useState<ProgressStore | null>(null);
  useEffect(() => {
    let active = true;
    let stop = () => {};
    void import('./progress-store').then(({ createProgressStore, STORAGE_KEY }) => {
      if (!active) return;
      const created = createProgressStore({ storage: browserStorage(), now: () => new Date() });
      created.getState().load();
      // Another tab saved: read it again, so both tabs show the same progress.
      const onStorage = (event: StorageEvent) => {
        if (event.key === STORAGE_KEY || event.key === null) created.getState().load();
      };
      window.addEventListener('storage', onStorage);
      stop = () => window.removeEventListener('storage', onStorage);
      setStore(created);
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
  return <ProgressContext.Provider value={store}>{children}</ProgressContext.Provider>;
}

/** The store, or null before it has loaded and outside a provider (a component test, the final test). */
export function useProgressStore(): ProgressStore | null {
  return useContext(ProgressContext);
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
