'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ProgressStore, ProgressStoreState } from './progress-store';

/**
 * `loading` until the store is there; `absent` outside a provider (a component test) or when the
 * store could not be loaded: then views work without saving anything.
 */
export type ProgressStatus = 'loading' | 'ready' | 'absent';
type Held = { store: ProgressStore | null; status: ProgressStatus };

const ProgressContext = createContext<Held>({ store: null, status: 'absent' });

function browserStorage(area: 'localStorage' | 'sessionStorage') {
  try {
    return window[area];
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
  const [held, setHeld] = useState<Held>({ store: null, status: 'loading' });
  useEffect(() => {
    let active = true;
    let stop = () => {};
    const loading = import('./progress-store').then(({ createProgressStore, STORAGE_KEY }) => {
      if (!active) return;
      const created = createProgressStore({
        storage: browserStorage('localStorage'),
        session: browserStorage('sessionStorage'),
        now: () => new Date(),
      });
      created.getState().load();
      // Another tab saved: read it again, so both tabs show the same progress.
      const onStorage = (event: StorageEvent) => {
        if (event.key === STORAGE_KEY || event.key === null) created.getState().load();
      };
      window.addEventListener('storage', onStorage);
      stop = () => window.removeEventListener('storage', onStorage);
      setHeld({ store: created, status: 'ready' });
    });
    // The chunk could not be loaded (the connection dropped): the pages work on without saving.
    loading.catch(() => {
      if (active) setHeld({ store: null, status: 'absent' });
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
  return <ProgressContext.Provider value={held}>{children}</ProgressContext.Provider>;
}

/** The store, or null before it has loaded and outside a provider (a component test). */
export function useProgressStore(): ProgressStore | null {
  return useContext(ProgressContext).store;
}

/** Whether the store is still loading, ready, or not coming (see ProgressStatus). */
export function useProgressStatus(): ProgressStatus {
  return useContext(ProgressContext).status;
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
