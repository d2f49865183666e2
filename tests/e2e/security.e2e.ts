import { mkdtempSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type StartedServer } from '../../scripts/spawn-server.mjs';
import { launchBrowser } from './browser';

// Attacks on a running server, each written before its fix: a second process on the same data
// folder, spoofed forwarding headers, forged and oversized posts, undecodable paths, a chunked
// upload of 200 MB. They run against a server of their own (fresh folder, low limits), so a flood
// here does not limit the other browser tests.

const dataDir = mkdtempSync(path.join(tmpdir(), 'klantreis-e2e-security-'));

const SCHOOL_CODE = 'klantreis-school-7';
const startOwnServer = () =>
  startServer({
    env: { DATABASE_DIR: dataDir, DATABASE_URL: '', CODE_MISS_LIMIT_PER_ADDRESS: '3', TEACHER_SIGNUP_CODE: SCHOOL_CODE },
  });

/** A raw request, so that headers and bodies are exactly what an attacker sends. */
/** Waits until a stream can take more writes, or has closed (then no "drain" ever comes). */
function drainedOrClosed(stream: Writable) {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done);
      resolve();
    };
    stream.on('drain', done).on('close', done);
  });
}

function raw(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | (() => AsyncIterable<Buffer>) },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    let answered = false;
    const req = request(
      { host: target.hostname, port: target.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        answered = true;
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    // A server may close while a body is still being written: that is fine once it has answered,
    // and a failure (no answer lost to a reset, no hang) before that.
    req.on('error', (error) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (!(answered && (code === 'EPIPE' || code === 'ECONNRESET'))) reject(error);
    });
    const body = options.body;
    if (typeof body === 'function') {
      (async () => {
        for await (const chunk of body()) {
          if (answered || req.destroyed) break;
          if (!req.write(chunk)) await drainedOrClosed(req);
        }
        if (!req.destroyed) req.end();
      })().catch(() => req.destroy());
    } else req.end(body);
  });
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

let server: StartedServer;
beforeAll(async () => {
  server = await startOwnServer();
  await server.ready();
}, 60_000);
afterAll(() => server?.stop());

describe('one data folder, one process', () => {
  test('a second server on the same folder refuses to start with a message that points to PostgreSQL', async () => {
    const second = await startOwnServer();
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/Klantreis start niet: De database in .* is al in gebruik door een ander proces \(pid \d+\)/);
    expect(second.output()).toContain('gebruik PostgreSQL (zet DATABASE_URL)');
    expect(second.output()).not.toContain('(Ready)');
    // The first one is unharmed and still answers from the database.
    expect((await raw(server.url, { path: '/opdracht/K7M2PQ' })).status).toBe(200);
  });
});

describe('requests an attacker shapes', () => {
  test('a new fake X-Forwarded-For per request does not escape the limit on guessed join codes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await raw(server.url, {
        path: `/opdracht/ZZZZZ${i + 2}`,
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
      });
      statuses.push(response.status);
      if (i >= 3) expect(response.body).toContain('te veel codes geprobeerd');
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const api = await raw(server.url, {
      method: 'POST',
      path: '/api/opdracht/ZZZZZ9/deelnemen',
      headers: { origin: server.url, 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
      body: '{"displayName":"Gok"}',
    });
    expect(api.status).toBe(429);
    expect(JSON.parse(api.body).error).toMatch(/te veel codes geprobeerd/);
  });

  test.each(['/opdracht/%', '/lessen/%', '/lessen/%E0%A4%A', '/opdracht/%25'])(
    '%s is answered without a 500',
    async (pathname) => {
      const response = await raw(server.url, { path: pathname });
      expect(response.status).toBeLessThan(500);
      expect(response.status).toBeGreaterThanOrEqual(pathname === '/opdracht/%25' ? 200 : 400);
    },
  );

  const action = (headers: Record<string, string>, body = 'x') =>
    raw(server.url, {
      method: 'POST',
      path: '/docent',
      headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain', ...headers },
      body,
    });

  test('a server action with a forged or empty Origin is a 403, not a 500', async () => {
    const forged: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      {},
      { origin: 'null' },
      { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' },
    ];
    for (const origin of forged) {
      const response = await action(origin);
      expect(response.status, JSON.stringify(origin)).toBe(403);
      expect(response.body).toContain('komt niet van deze site');
    }
  });

  test('an oversized server action is a 413, a chunked one a 411', async () => {
    // Ten times: the refusal must not be lost to a reset when the server closes on unread bytes.
    for (let attempt = 0; attempt < 10; attempt++)
      expect((await action({ origin: server.url }, 'x'.repeat(1024 * 1024 + 1))).status).toBe(413);
    const chunked = await raw(server.url, {
      method: 'POST',
      path: '/docent',
      headers: { origin: server.url, 'next-action': '0'.repeat(42), 'transfer-encoding': 'chunked' },
      body: async function* () {
        yield Buffer.from('x');
      },
    });
    expect(chunked.status).toBe(411);
  });

  test('a chunked upload of 200 MB is stopped at 64 kB with a 413, and the server does not grow', async () => {
    const before = rssKb(server.child.pid!);
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const response = await raw(server.url, {
      method: 'POST',
      path: '/api/opdracht/K7M2PQ/deelnemen',
      headers: { origin: server.url, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: async function* () {
        for (let i = 0; i < 200; i++) yield chunk;
      },
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error).toBe('Dit verzoek is te groot.');
    expect(rssKb(server.child.pid!) - before).toBeLessThan(100 * 1024);
  });

  test('pages carry security headers: no framing, no sniffing, same-origin referrer, a CSP without foreign sources', async () => {
    for (const pathname of ['/lessen/wat-is-een-customer-journey', '/docent', '/opdracht/K7M2PQ']) {
      const { headers } = await raw(server.url, { path: pathname });
      expect(headers['x-frame-options'], pathname).toBe('DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('same-origin');
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/https?:|\*/);
      // Plain http here: no HSTS (a browser would ignore it anyway).
      expect(headers['strict-transport-security']).toBeUndefined();
    }
  });
});

describe("the fast lane (scripts/server.mjs calls the save and hand-in routes past Next's router)", () => {
  // Two fresh servers alike but for the fast lane, so that their limits count alike.
  let fastLane: StartedServer;
  let viaNext: StartedServer;
  beforeAll(async () => {
    const alike = (fast: '0' | '1') =>
      startServer({
        env: {
          DATABASE_DIR: mkdtempSync(path.join(tmpdir(), 'klantreis-e2e-lane-')),
          DATABASE_URL: '',
          CODE_MISS_LIMIT_PER_ADDRESS: '3',
          KLANTREIS_FAST_LANE: fast,
        },
      });
    [fastLane, viaNext] = await Promise.all([alike('1'), alike('0')]);
    await Promise.all([fastLane.ready(110_000), viaNext.ready(110_000)]);
  }, 120_000);
  afterAll(() => Promise.all([fastLane?.stop(), viaNext?.stop()]));

  test('answers every request as Next does: the same status, the same Dutch message, the same security headers', async () => {
    const json = (base: string) => ({ origin: base, 'content-type': 'application/json' });
    const cases = [
      {
        method: 'POST',
        path: '/api/opdracht/Q7W3RT/inleveren',
        headers: (base: string) => ({ ...json(base), origin: 'https://evil.example' }),
        body: '{}',
      },
      { method: 'POST', path: '/api/opdracht/Q7W3RT/inleveren', headers: json, body: '{"submissionId":' },
      { method: 'PUT', path: '/api/opdracht/Q7W3RT/antwoorden', headers: json, body: '{"answers":{"v1":{"value":true}}}' },
      {
        method: 'POST',
        path: '/api/opdracht/Q7W3RT/inleveren?x=1',
        headers: (base: string) => ({ ...json(base), cookie: 'klantreis_opdracht_Q7W3RT=vals' }),
        body: JSON.stringify({ submissionId: '7d3f1f9e-1c2b-4c3d-9e8f-0a1b2c3d4e5f', answers: {} }),
      },
      {
        method: 'PUT',
        path: '/api/opdracht/Q7W3RT/antwoorden',
        headers: (base: string) => ({ ...json(base), 'transfer-encoding': 'chunked' }),
        body: 'x'.repeat(70 * 1024),
      },
    ];
    const security = [
      'content-security-policy',
      'x-frame-options',
      'x-content-type-options',
      'referrer-policy',
      'permissions-policy',
    ];
    for (const { method, path: pathname, headers, body } of cases) {
      const [fast, next] = await Promise.all(
        [fastLane, viaNext].map((target) => raw(target.url, { method, path: pathname, headers: headers(target.url), body })),
      );
      const label = `${method} ${pathname} ${body.slice(0, 20)}`;
      expect(fast!.status, label).toBe(next!.status);
      expect(fast!.status, label).toBeGreaterThanOrEqual(400);
      expect(JSON.parse(fast!.body), label).toEqual(JSON.parse(next!.body));
      expect(fast!.headers['content-type'], label).toBe(next!.headers['content-type']);
      for (const name of security) expect(fast!.headers[name], `${label}: ${name}`).toBe(next!.headers[name]);
      // Proof that the two took different paths: Next's router adds its Vary header, the fast lane does not.
      expect(next!.headers.vary, label).toContain('rsc');
      expect(fast!.headers.vary, label).toBeUndefined();
    }
  });

  test('a chunked upload of 200 MB to a save is answered 413 and its connection closed, not read to the end', async () => {
    // Ten times: the answer must not be lost to a reset when the server closes on unread bytes.
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    for (let attempt = 0; attempt < 10; attempt++) {
      let sent = 0;
      const response = await raw(fastLane.url, {
        method: 'PUT',
        path: '/api/opdracht/Q7W3RT/antwoorden',
        headers: { origin: fastLane.url, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        body: async function* () {
          for (; sent < 200; sent++) yield chunk;
        },
      });
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body).error).toBe('Dit verzoek is te groot.');
      expect(response.headers.connection).toBe('close');
      // The server stopped reading after 64 kB; what got written beyond that sat in socket buffers.
      expect(sent).toBeLessThan(32);
    }
  });

  test('a client that goes on sending after the 413 is cut off, not read to the end', async () => {
    // The server reads and drops a little after its answer (so that the answer is not lost), but
    // no more than about a megabyte: then it closes the connection.
    const target = new URL(fastLane.url);
    // Half-open: the server's FIN after its answer does not stop this client from sending.
    const socket = connect({ port: Number(target.port), host: target.hostname, allowHalfOpen: true });
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    let answer = '';
    socket.on('data', (data) => (answer += data));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => undefined);
    socket.write(
      `PUT /api/opdracht/Q7W3RT/antwoorden HTTP/1.1\r\nhost: ${target.host}\r\norigin: ${fastLane.url}\r\n` +
        `content-type: application/json\r\ncontent-length: ${200 * chunk.length}\r\n\r\n`,
    );
    for (; sent < 200 && !socket.destroyed; sent++) {
      if (!socket.write(chunk)) await drainedOrClosed(socket);
    }
    socket.end();
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(sent).toBeLessThan(32);
  });

  test('a kept-alive connection carries the next request after a refused one', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const send = (headers: Record<string, string>, body: string) =>
        new Promise<{ status: number; body: string; reused: boolean }>((resolve, reject) => {
          const req = request(
            `${fastLane.url}/api/opdracht/Q7W3RT/inleveren`,
            { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
            (res) => {
              let text = '';
              res.on('data', (data) => (text += data));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, reused: req.reusedSocket }));
            },
          );
          req.on('error', reject);
          req.end(body);
        });
      const foreign = await send({ origin: 'https://evil.example' }, '{"submissionId":"x","answers":{}}');
      const broken = await send({ origin: fastLane.url }, '{"submissionId":');
      expect([foreign.status, broken.status]).toEqual([403, 400]);
      expect(JSON.parse(broken.body).error).toBe('Dit verzoek is geen geldige JSON.');
      expect(broken.reused).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  test('other methods on those routes, and other routes, still go to Next', async () => {
    const wrongMethod = await raw(fastLane.url, { method: 'GET', path: '/api/opdracht/Q7W3RT/inleveren' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.vary).toContain('rsc');
  });
});

describe('teacher accounts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  async function signUp(page: Page, email: string, code: string, password = 'fiets paraplu oktober') {
    await page.goto(`${server.url}/docent/aanmelden`);
    await page.getByLabel('Je naam').fill('Docent');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByLabel('Aanmeldcode van je school').fill(code);
    await page.getByRole('button', { name: 'Maak mijn account' }).click();
  }

  test('with TEACHER_SIGNUP_CODE set, only who has the code becomes a teacher; a common password is refused', async () => {
    const page = await browser.newPage();
    await signUp(page, 'leerling@school.nl', 'geraden');
    const error = page.locator('.form-error');
    expect(await error.innerText()).toContain('Deze aanmeldcode klopt niet');
    await signUp(page, 'docent@school.nl', SCHOOL_CODE, 'wachtwoord123');
    await page.locator('.form-error', { hasText: 'te makkelijk te raden' }).waitFor();
    await signUp(page, 'docent@school.nl', SCHOOL_CODE);
    await page.getByRole('heading', { name: 'Je opdrachten' }).waitFor();
  });

  test('log out on all devices ends the session in the other browser too', async () => {
    const laptop = await browser.newPage();
    await signUp(laptop, 'twee-apparaten@school.nl', SCHOOL_CODE);
    await laptop.getByRole('heading', { name: 'Je opdrachten' }).waitFor();
    const phone = await (await browser.newContext()).newPage();
    await phone.goto(`${server.url}/docent`);
    await phone.getByLabel('E-mailadres').fill('twee-apparaten@school.nl');
    await phone.getByLabel('Wachtwoord').fill('fiets paraplu oktober');
    await phone.getByRole('button', { name: 'Log in' }).click();
    await phone.getByRole('heading', { name: 'Je opdrachten' }).waitFor();
    await phone.getByRole('button', { name: 'Log uit op alle apparaten' }).click();
    await phone.getByRole('status').filter({ hasText: 'uitgelogd op alle apparaten' }).waitFor();
    await laptop.reload();
    await laptop.getByRole('heading', { name: 'Log in' }).waitFor();
  });
});
