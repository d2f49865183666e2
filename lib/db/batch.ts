// Group commit: requests that arrive together share one database round trip. While one batch runs,
// the next requests wait, and then run together as the next batch. The first request of a quiet
// moment waits `wait` ms (or one turn of the event loop), so that the requests arriving with it join.

/** What `run` gives for each item of a batch: its result, or the Error that item fails with. */
export type BatchResults<O> = (O | Error)[];

/**
 * Turns `run`, which handles a whole batch of items for one context (a database), into a function
 * of one item. A batch takes at most `max` items, and at most one per `key` (an item whose key is
 * in the batch already waits for the next one). When `run` throws, every item of its batch fails.
 */
export function batched<C extends object, I, O>(
  run: (context: C, items: I[]) => Promise<BatchResults<O>>,
  { max, key, wait = 0 }: { max: number; key?: (item: I) => unknown; wait?: number },
): (context: C, item: I) => Promise<O> {
  type Waiting = { item: I; resolve: (value: O) => void; reject: (error: Error) => void };
  const queues = new WeakMap<C, { waiting: Waiting[]; running: boolean }>();

  async function drain(context: C, queue: { waiting: Waiting[]; running: boolean }) {
    while (queue.waiting.length > 0) {
      const batch: Waiting[] = [];
      const keys = new Set<unknown>();
      queue.waiting = queue.waiting.filter((entry) => {
        const entryKey = key?.(entry.item);
        if (batch.length >= max || (key && keys.has(entryKey))) return true;
        keys.add(entryKey);
        batch.push(entry);
        return false;
      });
      try {
        const results = await run(
          context,
          batch.map((entry) => entry.item),
        );
        batch.forEach((entry, index) => {
          const result = results[index];
          if (result instanceof Error) entry.reject(result);
          else entry.resolve(result as O);
        });
      } catch (error) {
        for (const entry of batch) entry.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    queue.running = false;
  }

  return (context, item) =>
    new Promise<O>((resolve, reject) => {
      let queue = queues.get(context);
      if (!queue) queues.set(context, (queue = { waiting: [], running: false }));
      queue.waiting.push({ item, resolve, reject });
      if (!queue.running) {
        queue.running = true;
        if (wait > 0) setTimeout(() => void drain(context, queue), wait);
        else setImmediate(() => void drain(context, queue));
      }
    });
}
