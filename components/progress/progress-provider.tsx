'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createProgressStore, STORAGE_KEY, type ProgressStore, type ProgressStoreState } from './progress-store';

const ProgressContext = createContext<ProgressStore | null>(null);

function browserStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Holds the progress store for the whole site; reads storage after hydration and follows other tabs. */
export function ProgressProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() =>
    createProgressStore({ storage: typeof window === 'undefined' ? null : browserStorage(), now: () => new Date() }),
  );
  useEffect(() => {
    store.getState().load();
    // Another tab saved: read it again, so both tabs show the same progress.
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY || event.key === null) store.getState().load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);
  return <ProgressContext.Provider value={store}>{children}</ProgressContext.Provider>;
}

/** The store, or null outside a provider (a component test, the final test): progress is then not kept. */
export function useProgressStore(): ProgressStore | null {
  return useContext(ProgressContext);
}

const EMPTY: ProgressStore | null = null;

/** Reads a slice of the progress state; `fallback` outside a provider. */
export function useProgress<T>(selector: (state: ProgressStoreState) => T, fallback: T): T {
  const store = useProgressStore() ?? EMPTY;
  // useStore needs a store; outside a provider, read a throwaway one and return the fallback.
  const [spare] = useState(() => (store ? null : createProgressStore({ storage: null, now: () => new Date() })));
  const value = useStore(store ?? spare!, selector);
  return store ? value : fallback;
}
