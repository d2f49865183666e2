import { expect, test } from 'vitest';
import { batched } from '@/lib/db/batch';

// Group commit: what arrives together runs as one batch; each caller gets its own result.
function recorder() {
  const batches: number[][] = [];
  const run = async (_context: object, items: number[]) => {
    batches.push(items);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return items.map((item) => (item < 0 ? new Error(`bad ${item}`) : item * 10));
  };
  return { batches, run };
}

test('requests that arrive together share a batch; those that arrive while it runs share the next', async () => {
  const { batches, run } = recorder();
  const one = batched(run, { max: 100 });
  const context = {};
  const first = [1, 2, 3].map((item) => one(context, item));
  await new Promise((resolve) => setTimeout(resolve, 1)); // the first batch is running now
  const later = [4, 5].map((item) => one(context, item));
  expect(await Promise.all([...first, ...later])).toEqual([10, 20, 30, 40, 50]);
  expect(batches).toEqual([
    [1, 2, 3],
    [4, 5],
  ]);
});

test('a batch takes at most `max` items and one per key; an Error result fails only its own item', async () => {
  const { batches, run } = recorder();
  const one = batched(run, { max: 2, key: (item: number) => Math.abs(item) % 10 });
  const context = {};
  const results = await Promise.allSettled([1, 11, -2, 3].map((item) => one(context, item)));
  expect(results.map((result) => (result.status === 'fulfilled' ? result.value : String(result.reason)))).toEqual([
    10,
    110,
    'Error: bad -2',
    30,
  ]);
  // 11 has the key of 1, so it waits; the first batch is full after 1 and -2.
  expect(batches).toEqual([
    [1, -2],
    [11, 3],
  ]);
});

test('when the batch fails as a whole, each of its callers gets the error, and the next batch still runs', async () => {
  let calls = 0;
  const one = batched(
    async (_context: object, items: number[]) => {
      calls++;
      if (calls === 1) throw new Error('disk full');
      return items;
    },
    { max: 1 },
  );
  const context = {};
  const results = await Promise.allSettled([one(context, 1), one(context, 2)]);
  expect(results).toEqual([
    { status: 'rejected', reason: new Error('disk full') },
    { status: 'fulfilled', value: 2 },
  ]);
});

test('separate contexts (databases) batch separately', async () => {
  const { batches, run } = recorder();
  const one = batched(run, { max: 100 });
  await Promise.all([one({}, 1), one({}, 2)]);
  expect(batches).toEqual([[1], [2]]);
});
