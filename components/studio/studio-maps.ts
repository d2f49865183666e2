'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { useProgressStatus, useProgressStore } from '@/components/progress/progress-provider';
import type { ProgressStore } from '@/components/progress/progress-store';
import { countOf, plural } from '@/lib/format/plural';
import { MAP_LIMITS, type StudioMap } from '@/lib/studio/map';
import { parseMap } from '@/lib/studio/parse';

/** The maps in a stored slot: every one checked; a corrupt one is dropped and counted. */
export function readMaps(stored: readonly unknown[] | null | undefined): {
  maps: StudioMap[];
  dropped: number;
  migrated: boolean;
} {
  const maps: StudioMap[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  let migrated = false;
  for (const item of stored ?? []) {
    const parsed = parseMap(item);
    if (!parsed.ok || ids.has(parsed.map.id)) {
      dropped++;
      continue;
    }
    ids.add(parsed.map.id);
    migrated ||= parsed.migrated;
    maps.push(parsed.map);
  }
  return { maps, dropped, migrated };
}

export const STORAGE_FULL =
  'Je kaart kon niet worden opgeslagen: de opslag van deze browser is vol of geblokkeerd. Je werk staat nog op deze pagina. Exporteer je kaart als bestand, zodat je niets kwijtraakt.';
export const NO_STORAGE =
  'Deze browser bewaart je kaarten niet. Je kunt wel werken, maar exporteer je kaart als bestand voordat je de pagina sluit.';

/** Writes the maps and reads them back: the progress store fails quietly when storage is full. */
export function writeMaps(store: ProgressStore, maps: StudioMap[]): boolean {
  const state = store.getState();
  state.writeSlot('studio', { maps });
  const back = state.readSlot('studio');
  return back !== null && JSON.stringify(back.maps) === JSON.stringify(maps);
}

export type StudioMaps = {
  /** 'loading' until the store has been read; 'absent' when this browser keeps nothing. */
  status: 'loading' | 'ready' | 'absent';
  maps: StudioMap[];
  /** A Dutch message: a dropped map, a full storage. */
  notice: string | null;
  dismissNotice: () => void;
  /** Replaces the list and saves it; false when it could not be saved (the list stays in memory). */
  save: (maps: StudioMap[]) => boolean;
};

/** The student's maps in this browser (the progress store's `studio` slot). */
export function useStudioMaps(): StudioMaps {
  const store = useProgressStore();
  const storeStatus = useProgressStatus();
  // Read once the store is there (after hydration); an edit replaces the list.
  const restored = useMemo(() => (store ? readMaps(store.getState().readSlot('studio')?.maps) : null), [store]);
  const [local, setLocal] = useState<StudioMap[] | null>(null);
  const [notice, setNotice] = useState<string | null | undefined>(undefined);
  const maps = local ?? restored?.maps ?? null;

  // Save the cleaned list at once, so a dropped map's notice is shown once.
  const [cleanFailed, setCleanFailed] = useState(false);
  useEffect(() => {
    if (store && restored && (restored.dropped > 0 || restored.migrated) && !writeMaps(store, restored.maps)) {
      // Storage refused; say so (an external system answered, so a state update here is right).
      queueMicrotask(() => setCleanFailed(true));
    }
  }, [store, restored]);

  const save = useCallback(
    (next: StudioMap[]) => {
      const bounded = next.slice(0, MAP_LIMITS.maps);
      setLocal(bounded);
      if (!store) return false;
      const ok = writeMaps(store, bounded);
      setNotice(ok ? null : STORAGE_FULL);
      return ok;
    },
    [store],
  );

  const dropped = restored?.dropped ?? 0;
  const firstNotice = cleanFailed
    ? STORAGE_FULL
    : dropped > 0
      ? `${countOf(dropped, 'kaart', 'kaarten')} ${plural(dropped, 'was', 'waren')} beschadigd en ${plural(dropped, 'is', 'zijn')} weggehaald. Je andere kaarten staan er nog.`
      : null;
  const status = storeStatus === 'absent' ? 'absent' : maps === null ? 'loading' : 'ready';
  return {
    status,
    maps: maps ?? [],
    notice: status === 'absent' ? NO_STORAGE : notice === undefined ? firstNotice : notice,
    dismissNotice: () => setNotice(null),
    save,
  };
}
