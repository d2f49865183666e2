'use client';

import { useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useAnnouncer } from './use-announcer';

/** What a held item's key press means to the exercise: a move (true when the key was one), or cancel. */
type KeyActions<Held> = {
  /** Handles the key if it moves the held item; returns whether it was a move key. */
  move: (key: string) => boolean;
  /** Escape: put the held item back as it was. */
  cancel: (held: Held) => void;
};

/**
 * Picking up, focus and announcements, shared by ordering and the placement board. An item is
 * picked up by keyboard (Space/Enter) or by a tap; while held, the arrow keys move it and Escape
 * cancels. After a move re-renders the list, focus goes back to the moved item (found by its
 * `data-item` inside `containerRef`), and every step is announced in a polite live region.
 */
export function usePickUp<Held extends { id: string }, Container extends HTMLElement>() {
  const [held, setHeld] = useState<Held | null>(null);
  const containerRef = useRef<Container>(null);
  const focusAfterRender = useRef<string | null>(null);
  const { announce, region } = useAnnouncer();

  useLayoutEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    focusAfterRender.current = null;
    containerRef.current?.querySelector<HTMLElement>(`[data-item="${id}"]`)?.focus();
  });

  /** After the next render, focus the item `id` (null: leave focus where it is). */
  function focusAfterMove(id: string | null) {
    focusAfterRender.current = id;
  }

  /** The keyboard while item `id` is held: moves, and Escape to cancel. Other keys pass through. */
  function heldKeyDown(event: KeyboardEvent, id: string, actions: KeyActions<Held>) {
    if (held?.id !== id) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.cancel(held);
    } else if (actions.move(event.key)) {
      event.preventDefault();
    }
  }

  return { held, setHeld, containerRef, focusAfterMove, heldKeyDown, announce, region };
}

/** A click from a pointer (mouse, touch), not from Space/Enter on a focused button (detail 0). */
export const byPointer = (event: MouseEvent) => event.detail > 0;

/** Brings the targets of a tapped item into view, without animation for whoever prefers reduced motion. */
export function showTargets(element: Element | null) {
  const reduced = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element?.scrollIntoView?.({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
}
