import 'server-only';
import type { LimitResult } from '@/lib/db/limits.server';
import { waitText } from '@/lib/db/limits.server';
import { clientIp, fail, readLimited, sameOrigin } from '@/lib/server/request.server';
import { MAP_LIMITS, type StudioMap } from '@/lib/studio/map';
import { parseMap } from '@/lib/studio/parse';

// POST /api/studio/pdf: a student's map (JSON) in, an A4 landscape PDF out. Nothing is stored. The
// body may be as large as a map may be (MAP_LIMITS.bytes), counted as it streams; the origin is
// checked as for every student route, and an address may ask for a limited number of PDFs.

export type PdfDeps = {
  /** Takes a slot for this address, or says how long to wait. */
  limit: (ip: string) => Promise<LimitResult>;
  /** The PDF of one map. */
  render: (map: StudioMap) => Promise<Uint8Array>;
};

/** A file name for the Content-Disposition header: ASCII letters, digits and dashes. */
export function pdfName(map: StudioMap): string {
  const base =
    map.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'kaart';
  return `${base}.pdf`;
}

export async function answerPdf(request: Request, deps: PdfDeps): Promise<Response> {
  if (!sameOrigin(request)) return fail(403, 'Dit verzoek komt niet van deze site en is geweigerd.');
  const tooBig = 'Deze kaart is te groot om er een PDF van te maken.';
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (!(declared <= MAP_LIMITS.bytes)) return fail(413, tooBig);
  const text = await readLimited(request, MAP_LIMITS.bytes);
  if (text === null) return fail(413, tooBig);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(400, 'Dit verzoek is geen geldige JSON.');
  }
  const parsed = parseMap(value);
  if (!parsed.ok) return fail(400, `Deze kaart klopt niet. ${parsed.error}`);
  const slot = await deps.limit(clientIp(request.headers));
  if (!slot.ok) {
    return fail(429, `Je hebt net veel PDF's gemaakt. Probeer het over ${waitText(slot.retryAfterSeconds)} opnieuw.`);
  }
  const pdf = await deps.render(parsed.map);
  return new Response(pdf as BodyInit, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${pdfName(parsed.map)}"`,
      'cache-control': 'no-store',
    },
  });
}
