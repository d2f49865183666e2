import { describe, expect, test, vi } from 'vitest';
import { answerPdf, type PdfDeps } from '@/app/api/studio/pdf/answer.server';
import { MAP_LIMITS } from '@/lib/studio/map';
import { smallMap } from '../../components/studio/fixtures';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://klantreis.nl/api/studio/pdf', {
    method: 'POST',
    headers: { origin: 'http://klantreis.nl', host: 'klantreis.nl', 'content-type': 'application/json', ...headers },
    body,
  });

function deps(): PdfDeps & { rendered: string[] } {
  const rendered: string[] = [];
  return {
    rendered,
    limit: vi.fn(async () => ({ ok: true as const })),
    render: vi.fn(async (map) => {
      rendered.push(map.title);
      return new TextEncoder().encode('%PDF-1.7 test');
    }),
  };
}

const error = async (response: Response) => ((await response.json()) as { error: string }).error;

describe('POST /api/studio/pdf', () => {
  test('a valid map becomes a PDF download', async () => {
    const d = deps();
    const response = await answerPdf(post(JSON.stringify(smallMap({ title: 'Mijn telefoon' }))), d);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="mijn-telefoon.pdf"');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toMatch(/^%PDF-/);
    expect(d.rendered).toEqual(['Mijn telefoon']);
  });

  test('malformed JSON is a 400 in Dutch, and nothing is rendered', async () => {
    const d = deps();
    const response = await answerPdf(post('{"format":1,'), d);
    expect(response.status).toBe(400);
    expect(await error(response)).toBe('Dit verzoek is geen geldige JSON.');
    expect(d.rendered).toEqual([]);
  });

  test('an invalid map is a 400 that names the field', async () => {
    const d = deps();
    const map = smallMap();
    const response = await answerPdf(post(JSON.stringify({ ...map, journey: { ...map.journey, phases: [] } })), d);
    expect(response.status).toBe(400);
    expect(await error(response)).toMatch(/^Deze kaart klopt niet\. Veld "journey\.phases"/);
    expect(d.rendered).toEqual([]);
  });

  test('an oversized body is a 413, also when chunked without a length', async () => {
    const d = deps();
    const big = JSON.stringify({ ...smallMap(), title: 'x'.repeat(MAP_LIMITS.bytes) });
    const declared = await answerPdf(post(big), d);
    expect(declared.status).toBe(413);
    expect(await error(declared)).toBe('Deze kaart is te groot om er een PDF van te maken.');
    const chunked = new Request('http://klantreis.nl/api/studio/pdf', {
      method: 'POST',
      headers: { origin: 'http://klantreis.nl', host: 'klantreis.nl' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect((await answerPdf(chunked, d)).status).toBe(413);
    expect(d.rendered).toEqual([]);
  });

  test('another site is refused; a busy address waits', async () => {
    const d = deps();
    expect((await answerPdf(post(JSON.stringify(smallMap()), { origin: 'https://evil.example' }), d)).status).toBe(403);
    d.limit = async () => ({ ok: false, retryAfterSeconds: 120 });
    const limited = await answerPdf(post(JSON.stringify(smallMap())), d);
    expect(limited.status).toBe(429);
    expect(await error(limited)).toBe("Je hebt net veel PDF's gemaakt. Probeer het over 2 minuten opnieuw.");
    expect(d.rendered).toEqual([]);
  });
});
