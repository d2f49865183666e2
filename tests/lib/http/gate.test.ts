import { describe, expect, test } from 'vitest';
import { clientAddress, CLIENT_HEADER, gate, gateConfig, type GateRequest } from '@/lib/http/gate';

const config = gateConfig({});
const request = (overrides: Partial<GateRequest> = {}): GateRequest => ({
  method: 'GET',
  url: '/',
  headers: { host: 'klantreis.nl' },
  socketAddress: '10.0.0.7',
  ...overrides,
});

describe('the client address', () => {
  test('with no proxy trusted, X-Forwarded-For is ignored: a new fake address per request changes nothing', () => {
    for (const fake of ['1.2.3.4', '5.6.7.8, 9.9.9.9']) {
      const verdict = gate(request({ headers: { host: 'klantreis.nl', 'x-forwarded-for': fake } }), config);
      expect(verdict.ok && verdict.client).toBe('10.0.0.7');
    }
  });

  test('with N proxies trusted, the address N places from the end of the chain, whatever the client prepends', () => {
    expect(clientAddress('203.0.113.5', '10.0.0.1', 1)).toBe('203.0.113.5');
    expect(clientAddress('6.6.6.6, 203.0.113.5', '10.0.0.1', 1)).toBe('203.0.113.5');
    expect(clientAddress('6.6.6.6, 203.0.113.5, 10.0.0.2', '10.0.0.1', 2)).toBe('203.0.113.5');
    expect(clientAddress(undefined, '10.0.0.1', 2)).toBe('10.0.0.1');
  });

  test('forwarding headers and a client-sent internal header are dropped unless a proxy is trusted', () => {
    const headers = { host: 'klantreis.nl', 'x-forwarded-host': 'evil.example', [CLIENT_HEADER]: '1.1.1.1' };
    const verdict = gate(request({ headers }), config);
    expect(verdict.ok && verdict.remove).toEqual(
      expect.arrayContaining([CLIENT_HEADER, 'x-forwarded-host', 'x-forwarded-proto']),
    );
    expect(verdict.ok && verdict.set[CLIENT_HEADER]).toBe('10.0.0.7');
    const trusted = gate(request({ headers }), gateConfig({ TRUST_PROXY_HOPS: '1' }));
    expect(trusted.ok && trusted.remove).toEqual([CLIENT_HEADER]);
  });

  test('HSTS only where the site is served over HTTPS: SITE_URL, or a trusted proxy that says so', () => {
    const https = (env: Record<string, string>, headers: Record<string, string>) => {
      const verdict = gate(request({ headers: { host: 'klantreis.nl', ...headers } }), gateConfig(env));
      return verdict.ok && verdict.https;
    };
    expect(https({}, {})).toBe(false);
    expect(https({}, { 'x-forwarded-proto': 'https' })).toBe(false);
    expect(https({ TRUST_PROXY_HOPS: '1' }, { 'x-forwarded-proto': 'https' })).toBe(true);
    expect(https({ SITE_URL: 'https://klantreis.school.nl' }, {})).toBe(true);
  });

  test('a bad setting stops the server with a Dutch message', () => {
    expect(() => gateConfig({ TRUST_PROXY_HOPS: 'ja' })).toThrow(/TRUST_PROXY_HOPS moet een heel getal/);
    expect(() => gateConfig({ SITE_URL: 'klantreis' })).toThrow(/SITE_URL is geen geldig adres/);
  });
});

describe('requests refused before Next reads them', () => {
  test.each(['/opdracht/%', '/lessen/%E0%A4%A', '/api/opdracht/%zz/deelnemen'])('an undecodable path %s is a 400', (url) => {
    const verdict = gate(request({ url }), config);
    expect(verdict).toMatchObject({ ok: false, status: 400 });
  });

  const post = (headers: Record<string, string>) =>
    gate(
      request({ method: 'POST', url: '/docent', headers: { host: 'klantreis.nl', 'content-length': '100', ...headers } }),
      config,
    );

  test('a server action from another site, or without an Origin, is a 403', () => {
    expect(post({ origin: 'https://evil.example' })).toMatchObject({ ok: false, status: 403 });
    expect(post({})).toMatchObject({ ok: false, status: 403 });
    expect(post({ origin: 'null' })).toMatchObject({ ok: false, status: 403 });
    expect(post({ origin: 'http://klantreis.nl' })).toMatchObject({ ok: true });
  });

  test('a page post dressed up as an API path (/api/../docent) is still checked as a server action', () => {
    for (const url of ['/api/../docent', '/api/%2e%2e/docent', '/api/./../docent']) {
      const verdict = gate(
        request({
          method: 'POST',
          url,
          headers: { host: 'klantreis.nl', origin: 'https://evil.example', 'content-length': '5' },
        }),
        config,
      );
      expect(verdict, url).toMatchObject({ ok: false, status: 403 });
    }
  });

  test('a spoofed X-Forwarded-Host does not make another origin this site', () => {
    expect(post({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' })).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  test('with SITE_URL set, only that origin may post', () => {
    const site = gateConfig({ SITE_URL: 'https://klantreis.school.nl/' });
    const posting = (origin: string) =>
      gate(request({ method: 'POST', url: '/docent', headers: { host: 'intern:3000', origin, 'content-length': '10' } }), site);
    expect(posting('https://klantreis.school.nl')).toMatchObject({ ok: true });
    expect(posting('http://intern:3000')).toMatchObject({ ok: false, status: 403 });
  });

  test('a server action over 1 MB is a 413, and one of unknown length (chunked) a 411', () => {
    expect(post({ origin: 'http://klantreis.nl', 'content-length': String(2 * 1024 * 1024) })).toMatchObject({
      ok: false,
      status: 413,
    });
    const chunked = gate(
      request({
        method: 'POST',
        url: '/docent',
        headers: { host: 'klantreis.nl', origin: 'http://klantreis.nl', 'transfer-encoding': 'chunked' },
      }),
      config,
    );
    expect(chunked).toMatchObject({ ok: false, status: 411 });
  });

  test('a JSON request that declares more than 64 kB is a 413 in JSON; a chunked one is left to the route, which counts', () => {
    const big = gate(
      request({ method: 'POST', url: '/api/opdracht/K7M2PQ/deelnemen', headers: { 'content-length': '70000' } }),
      config,
    );
    expect(big).toMatchObject({ ok: false, status: 413, json: true });
    const chunked = gate(
      request({ method: 'POST', url: '/api/opdracht/K7M2PQ/deelnemen', headers: { 'transfer-encoding': 'chunked' } }),
      config,
    );
    expect(chunked.ok).toBe(true);
  });
});
