import { getDb } from '@/lib/db/client.server';
import { takeSlot, type Limit } from '@/lib/db/limits.server';
import { route } from '@/lib/server/route.server';
import { mapsToPdf } from '@/lib/server/studio-pdf.server';
import { renderMapSvg } from '@/lib/studio/render-svg';
import { answerPdf } from './answer.server';

/** PDFs one address may ask for: a class behind one school address fits, a flood does not. */
const limit = (): Limit => {
  const max = Number(process.env.STUDIO_PDF_LIMIT_PER_ADDRESS);
  return { max: Number.isSafeInteger(max) && max > 0 ? max : 120, windowSeconds: 600 };
};

/** A student's map as a vector PDF on A4 landscape (nothing is stored). */
export const POST = route('POST /api/studio/pdf', (request: Request) =>
  answerPdf(request, {
    limit: async (ip) => takeSlot(await getDb(), `studio-pdf:${ip}`, limit(), new Date()),
    render: (map) =>
      mapsToPdf([{ svg: renderMapSvg(map, { parts: map.parts, title: map.title }), title: map.title }], { title: map.title }),
  }),
);
