import 'server-only';
import type { LimitResult } from '@/lib/db/limits.server';
import { waitText } from '@/lib/db/limits.server';
import { clientIp, fail, readJsonValue } from '@/lib/server/request.server';
import { mapFileName } from '@/lib/studio/file-name';
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

export async function answerPdf(request: Request, deps: PdfDeps): Promise<Response> {
  const body = await readJsonValue(request, MAP_LIMITS.bytes, {
    status: 413,
    message: 'Deze kaart is te groot om er een PDF van te maken.',
  });
  if (!body.ok) return body.response;
  const parsed = parseMap(body.value);
  if (!parsed.ok) return fail(400, `Deze kaart klopt niet. ${parsed.error}`);
  const slot = await deps.limit(clientIp(request.headers));
  if (!slot.ok) {
    return fail(429, `Je hebt net veel PDF's gemaakt. Probeer het over ${waitText(slot.retryAfterSeconds)} opnieuw.`);
  }
  const pdf = await deps.render(parsed.map);
  return new Response(pdf as BodyInit, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${mapFileName(parsed.map, '.pdf')}"`,
      'cache-control': 'no-store',
    },
  });
}
