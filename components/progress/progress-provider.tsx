'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ProgressStore, ProgressStoreState } from './progress-store';
import { whenIdle } from '@/components/ui/when-idle';

/**
 * `loading` until the store is there; `absent` outside a provider (a component test) or when the
 * store could not be loaded: then views work without saving anything.
 */
export type ProgressStatus = 'loading' | 'ready' | 'absent';

/** The store when ready; null while loading; false when absent. */
type Held = ProgressStore | null | false;

/**
 * The provider's value never changes: it is a small store of the store. A context value that changed
 * when the store arrived re-rendered every consumer at once, and, worse, reached into exercises that
 * wait to hydrate (components/exercises/lazy-hydrate.tsx): React then throws their server HTML away.
 * Components subscribe to the holder instead, so only those that read progress render again.
 */
type Holder = { get: () => Held; subscribe: (listener: () => void) => () => void; set: (held: Held) => void };

function createHolder(initial: Held): Holder {
  let held = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => held,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      held = next;
      for (const listener of listeners) listener();
    },
  };
}

const ProgressContext = createContext<Holder>(createHolder(false));

/** Gives the main thread back to the browser (input, paint) before the next piece of work. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Holds the progress store for the whole site. The store and its validation (lib/util/check) and
 * scheduling (ts-fsrs) code load once the page is idle after hydration, so they are not part of any
 * page's first-load JavaScript and do not compete with the first paint or with hydration; until then
 * views show their "not loaded" state, exactly as on the server. Loading, reading the saved progress
 * and telling the views are separate tasks, so none of them blocks input for long.
 */
export function ProgressProvider({ children }: { children: ReactNode }) {
  const [holder] = useState(() => createHolder(null));
  useEffect(() => {
    let active = true;
    let stop = () => {};
    const cancel = whenIdle(() => {
      import('./progress-store').then(
        async ({ openBrowserStore }) => {
          await yieldToMain();
          if (!active) return;
          const opened = openBrowserStore();
          stop = opened.stop;
          await yieldToMain();
          if (active) holder.set(opened.store);
          else stop();
        },
        // The chunk could not be loaded (the connection dropped): the pages work on without saving.
        () => active && holder.set(false),
      );
    }, 1500);
    return () => {
      active = false;
      cancel();
      stop();
    };
  }, [holder]);
  // Tells a browser test (and anyone debugging) that the store has loaded or is not coming.
  useEffect(
    () =>
      holder.subscribe(() => {
        const held = holder.get();
        if (held !== null) document.documentElement.dataset.progress = held ? 'ready' : 'absent';
      }),
    [holder],
  );
  return <ProgressContext.Provider value={holder}>{children}</ProgressContext.Provider>;
}

const loadingOnServer = () => null;

function useHeld(): Held {
  const holder = useContext(ProgressContext);
  return useSyncExternalStore(holder.subscribe, holder.get, loadingOnServer);
}

/** The store, or null before it has loaded and outside a provider (a component test). */
export function useProgressStore(): ProgressStore | null {
  return useHeld() || null;
}

/** Whether the store is still loading, ready, or not coming (see ProgressStatus). */
export function useProgressStatus(): ProgressStatus {
  const held = useHeld();
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
