'use client';

import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type PointerEvent as ReactPointerEvent } from 'react';

type Handlers = {
  /** The pointer moved while dragging `id`; the caller hit-tests (x, y) and shows where it would land. */
  onMove: (id: string, x: number, y: number, element: HTMLElement) => void;
  /** The pointer was released over (x, y). */
  onDrop: (id: string, x: number, y: number, element: HTMLElement) => void;
  /** The drag was cancelled (Escape, or the browser took the pointer, e.g. to scroll). */
  onCancel: (id: string) => void;
};

type Drag = {
  id: string;
  element: HTMLElement;
  pointerId: number;
  startX: number;
  startY: number;
  grabX: number;
  grabY: number;
  active: boolean;
  stop: () => void;
};

/** Pixels a pointer must travel before a press becomes a drag; a shorter press stays a tap. */
const THRESHOLD = 6;
/** Distance from the viewport edge within which dragging scrolls the page. */
const EDGE = 48;

/** The drop target (an element with `data-drop-zone`) under a point, skipping the dragged element. */
export function zoneAt(x: number, y: number, dragged: Element | null): HTMLElement | null {
  for (const element of document.elementsFromPoint(x, y)) {
    if (dragged?.contains(element)) continue;
    const zone = element.closest<HTMLElement>('[data-drop-zone]');
    if (zone) return zone;
  }
  return null;
}

/**
 * Pointer drag for mouse, pen and touch. The pressed element follows the pointer (a transform,
 * no re-render per move); a press that does not travel is left to the click handler, which is the
 * tap-to-pick path. The pointer is followed on window, so a list may re-order the dragged element
 * in the DOM mid-drag. Keyboard dragging is the caller's: it moves between places, not pixels.
 */
export function usePointerDrag(handlers: Handlers, disabled: boolean) {
  const drag = useRef<Drag | null>(null);
  const suppressClick = useRef(false);
  const latest = useRef(handlers);
  const [dragging, setDragging] = useState<{ id: string; element: HTMLElement } | null>(null);

  // A layout effect, not a passive one: a pointer event may arrive between a render and its
  // passive effects, and must not see the handlers (and the state they close over) of before.
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => () => drag.current?.stop(), []);

  function finish(cancelled: boolean, x = 0, y = 0) {
    const current = drag.current;
    if (!current) return;
    drag.current = null;
    current.stop();
    current.element.style.transform = '';
    if (!current.active) return;
    // The click that ends a drag is not a tap; a click that never comes must not eat the next one.
    suppressClick.current = true;
    setTimeout(() => (suppressClick.current = false), 0);
    setDragging(null);
    if (cancelled) latest.current.onCancel(current.id);
    else latest.current.onDrop(current.id, x, y, current.element);
  }

  function follow(current: Drag, x: number, y: number) {
    const element = current.element;
    element.style.transform = '';
    const rect = element.getBoundingClientRect();
    element.style.transform = `translate(${x - current.grabX - rect.left}px, ${y - current.grabY - rect.top}px)`;
    if (y < EDGE) window.scrollBy(0, -12);
    else if (y > window.innerHeight - EDGE) window.scrollBy(0, 12);
  }

  function start(id: string, event: ReactPointerEvent<HTMLElement>) {
    // A row may move as a whole while only its handle listens (`data-drag-root`).
    const element = event.currentTarget.closest<HTMLElement>('[data-drag-root]') ?? event.currentTarget;
    const rect = element.getBoundingClientRect();
    const pointerId = event.pointerId;
    const move = (moved: PointerEvent) => {
      const current = drag.current;
      if (!current || moved.pointerId !== pointerId) return;
      const { clientX: x, clientY: y } = moved;
      if (!current.active) {
        if (Math.hypot(x - current.startX, y - current.startY) < THRESHOLD) return;
        current.active = true;
        setDragging({ id, element });
      }
      moved.preventDefault();
      follow(current, x, y);
      latest.current.onMove(id, x, y, element);
    };
    const up = (released: PointerEvent) => {
      if (released.pointerId === pointerId) finish(false, released.clientX, released.clientY);
    };
    const cancel = (cancelled: PointerEvent | KeyboardEvent) => {
      if (cancelled instanceof KeyboardEvent ? cancelled.key === 'Escape' : cancelled.pointerId === pointerId) finish(true);
    };
    window.addEventListener('pointermove', move, { passive: false });
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', cancel);
    drag.current = {
      id,
      element,
      pointerId,
      startX: event.clientX,
      startY: event.clientY,
      grabX: event.clientX - rect.left,
      grabY: event.clientY - rect.top,
      active: false,
      stop: () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', cancel);
        window.removeEventListener('keydown', cancel);
      },
    };
  }

  /** Props for one draggable element. */
  function dragProps(id: string) {
    return {
      onPointerDown(event: ReactPointerEvent<HTMLElement>) {
        if (disabled || event.button !== 0 || drag.current) return;
        start(id, event);
      },
      onClickCapture(event: MouseEvent<HTMLElement>) {
        if (suppressClick.current) {
          suppressClick.current = false;
          event.preventDefault();
          event.stopPropagation();
        }
      },
    };
  }

  return { dragProps, dragging };
}
