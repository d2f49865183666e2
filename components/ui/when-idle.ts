/**
 * Runs `task` when the browser is idle (at most `timeout` ms from now), or soon where it cannot tell
 * (Safari has no requestIdleCallback). Returns a function that cancels it. For work a page does not
 * need for its first paint: loading the progress store, waking exercises one by one after the first
 * Tab, registering the service worker.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
