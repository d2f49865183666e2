'use client';

import { useEffect, useRef } from 'react';

const FLAG = 'klantreis.net-ingeleverd';

/** Called just before the page reloads with the result, so focus can go to it. */
export function markHandedIn() {
  try {
    sessionStorage.setItem(FLAG, '1');
  } catch {
    // storage blocked: focus stays where the browser puts it
  }
}

/** Moves focus to the result right after a hand-in (not on a later visit), for keyboard and screen reader users. */
export function FocusResult({ targetId }: { targetId: string }) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    try {
      if (sessionStorage.getItem(FLAG) !== '1') return;
      sessionStorage.removeItem(FLAG);
    } catch {
      return;
    }
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
