'use client';

import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type PointerEvent as ReactPointerEvent } from 'react';

// Dragging a note to another cell with mouse, pen or touch: an extra, since every move also works by
// keyboard (the note's "Verplaats naar"). It follows components/exercises/use-pointer-drag.ts (the
// same threshold, transform, Escape and click suppression) but is the studio's own: a studio page that
// imported that module would move it into a chunk of its own and grow every lesson page's
// first-load JavaScript, which the issue forbids.

type Handlers = {
  onMove: (id: string, zone: string | null) => void;
  onDrop: (id: string, zone: string | null) => void;
  onCancel: (id: string) => void;
};

/** Pixels a pointer travels before a press becomes a drag. */
const THRESHOLD = 6;
/** Distance from the viewport edge within which dragging scrolls the page. */
const EDGE = 48;

/** The `data-drop-zone` under a point, skipping the dragged element. */
export function dropZoneAt(x: number, y: number, dragged: Element | null): string | null {
  for (const element of document.elementsFromPoint(x, y)) {
    if (dragged?.contains(element)) continue;
    const zone = element.closest<HTMLElement>('[data-drop-zone]');
    if (zone) return zone.dataset.dropZone ?? null;
  }
  return null;
}

export function useNoteDrag(handlers: Handlers) {
  const latest = useRef(handlers);
  const stopRef = useRef<(() => void) | null>(null);
  const suppressClick = useRef(false);
  const [dragging, setDragging] = useState<string | null>(null);

  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => () => stopRef.current?.(), []);

  function start(id: string, event: ReactPointerEvent<HTMLElement>) {
    if (event.button !== 0 || stopRef.current) return;
    const element = event.currentTarget.closest<HTMLElement>('[data-drag-root]') ?? event.currentTarget;
    const rect = element.getBoundingClientRect();
    const { pointerId, clientX: startX, clientY: startY } = event;
    const grabX = startX - rect.left;
    const grabY = startY - rect.top;
    let active = false;

    const finish = (cancelled: boolean, x = 0, y = 0) => {
      stop();
      element.style.transform = '';
      if (!active) return;
      suppressClick.current = true;
      setTimeout(() => (suppressClick.current = false), 0);
      setDragging(null);
      if (cancelled) latest.current.onCancel(id);
      else latest.current.onDrop(id, dropZoneAt(x, y, element));
    };
    const move = (moved: PointerEvent) => {
      if (moved.pointerId !== pointerId) return;
      const { clientX: x, clientY: y } = moved;
      if (!active) {
        if (Math.hypot(x - startX, y - startY) < THRESHOLD) return;
        active = true;
        setDragging(id);
      }
      moved.preventDefault();
      element.style.transform = '';
      const now = element.getBoundingClientRect();
      element.style.transform = `translate(${x - grabX - now.left}px, ${y - grabY - now.top}px)`;
      if (y < EDGE) window.scrollBy(0, -12);
      else if (y > window.innerHeight - EDGE) window.scrollBy(0, 12);
      latest.current.onMove(id, dropZoneAt(x, y, element));
    };
    const up = (released: PointerEvent) => {
      if (released.pointerId === pointerId) finish(false, released.clientX, released.clientY);
    };
    const cancel = (cancelled: PointerEvent | KeyboardEvent) => {
      if (cancelled instanceof KeyboardEvent ? cancelled.key === 'Escape' : cancelled.pointerId === pointerId) finish(true);
    };
    function stop() {
      stopRef.current = null;
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', cancel);
    }
    window.addEventListener('pointermove', move, { passive: false });
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', cancel);
    stopRef.current = stop;
  }

  /** Props for a note's grip. */
  function dragProps(id: string) {
    return {
      onPointerDown: (event: ReactPointerEvent<HTMLElement>) => start(id, event),
      onClickCapture(event: MouseEvent<HTMLElement>) {
        if (!suppressClick.current) return;
        suppressClick.current = false;
        event.preventDefault();
        event.stopPropagation();
      },
    };
  }

  return { dragProps, dragging };
}
