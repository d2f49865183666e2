import { afterEach, expect, test, vi } from 'vitest';
import { DatabaseError } from '@/lib/db/errors';
import { apiRoute, DATABASE_UNAVAILABLE, nextRoute, route } from '@/lib/server/route.server';

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

test('a student route without Request or Response fails alike, and answers through Next as it answers in the fast lane', async () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  const request = { headers: {}, text: async () => '' };
  const failing = apiRoute('POST /api/opdracht/[code]/inleveren', async () => {
    throw new DatabaseError('insert answers', '53100');
  });
  expect(await failing(request, 'Q7W3RT')).toEqual({
    status: 503,
    json: { error: DATABASE_UNAVAILABLE },
    headers: { 'retry-after': '60' },
  });
  expect(log).toHaveBeenCalledTimes(1);

  // Next's route handler gives the handler the headers, the body and the code, and sends its reply.
  const echo = apiRoute('PUT /x', async (got, code) => ({
    status: 201,
    json: { code, origin: got.headers.origin, body: await got.text(100) },
    headers: { 'x-test': 'ja' },
  }));
  const response = await nextRoute(echo)(
    new Request('http://klantreis.nl/api/opdracht/Q7W3RT/x', { method: 'PUT', headers: { origin: 'http://klantreis.nl' }, body: 'hallo' }),
    { params: Promise.resolve({ code: 'Q7W3RT' }) },
  );
  expect(response.status).toBe(201);
  expect(response.headers.get('x-test')).toBe('ja');
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(await response.json()).toEqual({ code: 'Q7W3RT', origin: 'http://klantreis.nl', body: 'hallo' });
  const tooLong = await nextRoute(echo)(
    new Request('http://klantreis.nl/x', { method: 'PUT', body: 'x'.repeat(101) }),
    { params: Promise.resolve({ code: 'Q7W3RT' }) },
  );
  expect((await tooLong.json()).body).toBeNull();
});
