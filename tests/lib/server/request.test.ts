import { expect, test } from 'vitest';
import { z } from 'zod';
import { MAX_BODY_BYTES, readJson, readLimited } from '@/lib/server/request.server';
import { weakPassword } from '@/lib/server/password-strength.server';

/** A chunked upload of `total` bytes that counts how much of it was ever pulled. */
function endlessBody(total: number) {
  let pulled = 0;
  const chunk = new Uint8Array(16 * 1024).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

test('a chunked body is counted while it streams: 200 MB is refused after about 64 kB is read', async () => {
  const body = endlessBody(200 * 1024 * 1024);
  const request = new Request('http://klantreis.nl/api/x', { method: 'POST', body: body.stream, duplex: 'half' } as RequestInit);
  expect(await readLimited(request, MAX_BODY_BYTES)).toBeNull();
  expect(body.pulled()).toBeLessThan(MAX_BODY_BYTES + 64 * 1024);
});

test('readJson answers an oversized chunked body with 413 in Dutch, and reads a small one', async () => {
  const post = (stream: ReadableStream<Uint8Array>) =>
    new Request('http://klantreis.nl/api/x', {
      method: 'POST',
      headers: { origin: 'http://klantreis.nl', host: 'klantreis.nl' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
  const big = await readJson(post(endlessBody(10 * 1024 * 1024).stream), z.unknown());
  expect(big.ok).toBe(false);
  if (!big.ok) {
    expect(big.response.status).toBe(413);
    expect((await big.response.json()).error).toBe('Dit verzoek is te groot.');
  }
  const small = await readJson(post(new Blob(['{"a":1}']).stream()), z.strictObject({ a: z.number() }));
  expect(small).toEqual({ ok: true, data: { a: 1 } });
});

test('a request whose Origin is another site is refused, also when it claims that host in X-Forwarded-Host', async () => {
  const request = new Request('http://klantreis.nl/api/x', {
    method: 'POST',
    headers: { origin: 'https://evil.example', host: 'klantreis.nl', 'x-forwarded-host': 'evil.example' },
    body: '{}',
  });
  const result = await readJson(request, z.unknown());
  expect(!result.ok && result.response.status).toBe(403);
});

test('the most common passwords are refused in Dutch; a long phrase is fine', () => {
  for (const common of ['wachtwoord123', 'password123', 'qwertyuiop', '1234567890', 'welkom01234']) {
    expect(weakPassword(common), common).toMatch(/^Dit wachtwoord is te makkelijk te raden\./);
  }
  expect(weakPassword('Anna de Vries 1', ['Anna de Vries'])).not.toBeNull();
  expect(weakPassword('fiets paraplu oktober')).toBeNull();
});
