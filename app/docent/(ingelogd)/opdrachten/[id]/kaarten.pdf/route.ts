import { notFound } from 'next/navigation';
import { getDb } from '@/lib/db/client.server';
import { classMaps } from '@/lib/db/studio.server';
import { mapsToPdf } from '@/lib/server/studio-pdf.server';
import { renderMapSvg } from '@/lib/studio/render-svg';
import { ownAssignment } from '@/lib/server/teacher-results.server';

/**
 * Every handed-in map of the class in one PDF, one A4 landscape page each (the latest hand-in per
 * student), for marking on paper or a portfolio. Only for the teacher who owns the assignment.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { assignment } = await ownAssignment((await params).id);
  if (assignment.kind !== 'kaart' || !assignment.studio) notFound();
  const maps = (await classMaps(await getDb(), assignment.id)).filter((entry) => entry.latest);
  const pages = maps.map(({ name, latest }) => {
    const title = `${latest!.members.join(', ') || name} — ${latest!.map.title}`;
    return { svg: renderMapSvg(latest!.map, { parts: assignment.studio!.parts, title }), title };
  });
  const pdf = await mapsToPdf(pages, { title: assignment.title });
  return new Response(pdf as BodyInit, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="kaarten-${assignment.code}.pdf"`,
      'cache-control': 'private, no-store',
    },
  });
}
