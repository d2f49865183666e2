import { afterEach, expect, test, vi } from 'vitest';
import { DatabaseError } from '@/lib/db/errors';
import { DATABASE_UNAVAILABLE, route } from '@/lib/server/route.server';

afterEach(() => vi.restoreAllMocks());

test('a database that is full or read-only is answered with 503 in Dutch, and the log holds no data', async () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  for (const code of ['53100', 'EROFS', '25006']) {
    const handler = route('POST /api/opdracht/[code]/inleveren', async () => {
      throw new DatabaseError('insert answers', code);
    });
    const response = await handler();
    expect(response.status, code).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect((await response.json()).error).toBe(DATABASE_UNAVAILABLE);
  }
  expect(log.mock.calls.flat().join('\n')).toBe(
    [53100, 'EROFS', 25006]
      .map((code) => `[klantreis] POST /api/opdracht/[code]/inleveren: database query "insert answers" failed (${code})`)
      .join('\n'),
  );
});

test('any other failure is a 500 in Dutch, logged by kind and place without its message', async () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  const response = await route('PUT /x', async () => {
    throw new TypeError('Sanne de Vries heeft 123456');
  })();
  expect(response.status).toBe(500);
  expect((await response.json()).error).toMatch(/^Er ging iets mis op de server/);
  const logged = log.mock.calls.flat().join('\n');
  expect(logged).toMatch(/^\[klantreis\] PUT \/x: TypeError \(unknown\)/);
  expect(logged).not.toContain('Sanne');
});
