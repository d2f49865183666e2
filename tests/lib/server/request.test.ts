import { expect, test, vi } from 'vitest';
import { z } from 'zod';
import { clientIp, headerOf, MAX_BODY_BYTES, readApiJson, readJson, readLimited, requestCookies } from '@/lib/server/request.server';
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

test("a request as Node gives it (the fast lane): the same checks, and a body declared too large is never read", async () => {
  const read = vi.fn(async () => '{"a":1}');
  const nodeRequest = (headers: Record<string, string | string[]>) => ({ headers: { host: 'klantreis.nl', ...headers }, text: read });
  const schema = z.strictObject({ a: z.number() });
  expect(await readApiJson(nodeRequest({ origin: 'http://klantreis.nl' }), schema)).toEqual({ ok: true, data: { a: 1 } });
  const foreign = await readApiJson(nodeRequest({ origin: 'https://evil.example' }), schema);
  expect(!foreign.ok && foreign.reply).toEqual({ status: 403, json: { error: 'Dit verzoek komt niet van deze site en is geweigerd.' } });
  read.mockClear();
  const declared = await readApiJson(nodeRequest({ origin: 'http://klantreis.nl', 'content-length': String(MAX_BODY_BYTES + 1) }), schema);
  expect(!declared.ok && declared.reply.status).toBe(413);
  expect(read).not.toHaveBeenCalled();
  // A chunked body that turns out too large: text() stops reading and gives null.
  const streamed = await readApiJson({ headers: { host: 'klantreis.nl', origin: 'http://klantreis.nl' }, text: async () => null }, schema);
  expect(!streamed.ok && streamed.reply).toEqual({ status: 413, json: { error: 'Dit verzoek is te groot.' } });
});

test('headers read alike from a Web request and from Node (repeated ones joined)', () => {
  const web = new Headers({ cookie: 'a=1; klantreis_opdracht_Q7W3RT=t%C3%B6ken', 'x-klantreis-client': '10.0.0.7' });
  const node = { cookie: 'a=1; klantreis_opdracht_Q7W3RT=t%C3%B6ken', 'x-klantreis-client': '10.0.0.7', via: ['a', 'b'] };
  expect(requestCookies(web).get('klantreis_opdracht_Q7W3RT')).toEqual({ value: 'töken' });
  expect(requestCookies(node).get('klantreis_opdracht_Q7W3RT')).toEqual({ value: 'töken' });
  expect(headerOf(node, 'via')).toBe('a, b');
  expect(headerOf(node, 'origin')).toBeUndefined();
  (globalThis as { __klantreisGate?: boolean }).__klantreisGate = true;
  try {
    expect([clientIp(web), clientIp(node)]).toEqual(['10.0.0.7', '10.0.0.7']);
  } finally {
    delete (globalThis as { __klantreisGate?: boolean }).__klantreisGate;
  }
});

test('the most common passwords are refused in Dutch; a long phrase is fine', () => {
  for (const common of ['wachtwoord123', 'password123', 'qwertyuiop', '1234567890', 'welkom01234']) {
    expect(weakPassword(common), common).toMatch(/^Dit wachtwoord is te makkelijk te raden\./);
  }
  expect(weakPassword('Anna de Vries 1', ['Anna de Vries'])).not.toBeNull();
  expect(weakPassword('fiets paraplu oktober')).toBeNull();
});
