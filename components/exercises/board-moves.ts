// The moves of the drag-and-drop exercises as pure functions, apart from any UI (as dnd-kit keeps
// its state apart from its sensors): data in, data out, no React, no DOM. The components decide
// which move a drag, a tap or a key means; these say what the answer is after it.

/** Where each placed item is: item id → zone id. An item not in the map is in the pool. */
export type Placements = Record<string, string>;

/** The pool, where items start and go back to: not a zone of its own in `Placements`. */
export const POOL = '';

/** Puts `item` in `zone` (POOL takes it out); a single-item zone (a matching slot) sends its old item back. */
export function place(placements: Placements, item: string, zone: string, single: boolean): Placements {
  const next: Placements = {};
  for (const [other, where] of Object.entries(placements)) {
    if (other !== item && !(single && where === zone)) next[other] = where;
  }
  if (zone !== POOL) next[item] = zone;
  return next;
}

/** `ids` with `id` moved to `index` (clamped to the list). */
export function moved(ids: readonly string[], id: string, index: number): string[] {
  const rest = ids.filter((other) => other !== id);
  rest.splice(Math.max(0, Math.min(index, rest.length)), 0, id);
  return rest;
}

/** Where a held item can go by keyboard: back to the pool when it is not there, then every zone. */
export function keyboardTargets(placements: Placements, item: string, zones: readonly string[]): string[] {
  return [...(placements[item] ? [POOL] : []), ...zones];
}

/** The step an arrow key takes through a list of targets: +1 (down, right), −1 (up, left), or undefined. */
export function arrowStep(key: string): 1 | -1 | undefined {
  if (key === 'ArrowDown' || key === 'ArrowRight') return 1;
  if (key === 'ArrowUp' || key === 'ArrowLeft') return -1;
  return undefined;
}

/**
 * The next keyboard target after `current`, `step` away, wrapping round. With nothing chosen yet the
 * first step forward chooses the first target and the first step back the last.
 */
export function nextTarget(targets: readonly string[], current: string | null, step: 1 | -1): string {
  const at = current === null ? (step > 0 ? -1 : targets.length) : targets.indexOf(current);
  return targets[(at + step + targets.length) % targets.length]!;
}

/** The place a key moves a step in an ordered list of `count` (arrows one place, Home/End to the ends), or undefined. */
export function orderingKeyTarget(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowUp':
    case 'ArrowLeft':
      return index - 1;
    case 'ArrowDown':
    case 'ArrowRight':
      return index + 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** The index a dragged step lands on: how many of the other rows have their middle above `y`. */
export function dropIndex(otherRows: readonly { top: number; height: number }[], y: number): number {
  return otherRows.filter((row) => row.top + row.height / 2 < y).length;
}
