import { expect, test } from 'vitest';
import { HashQueueFullError, limiter } from '@/lib/db/password';

test('at most `concurrency` hashes run at once; beyond the queue a call is refused at once, not queued', async () => {
  const run = limiter(1, 20);
  let running = 0;
  let most = 0;
  const job = () =>
    run(async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running--;
      return 'klaar';
    });
  const results = await Promise.allSettled(Array.from({ length: 60 }, job));
  expect(most).toBe(1);
  expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(21);
  const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  expect(refused).toHaveLength(39);
  expect(refused.every((result) => result.reason instanceof HashQueueFullError)).toBe(true);
  // Once the burst is over, the next call runs again.
  expect(await job()).toBe('klaar');
});
