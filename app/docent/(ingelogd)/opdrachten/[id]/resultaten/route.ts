import { toDutchCsv } from '@/lib/assignments/csv';
import { csvQuestions } from '@/lib/server/labels.server';
import { resultRows } from '@/lib/assignments/report';
import { formatDateTimeShort } from '@/lib/format/dates';
import { ownAssignment } from '@/lib/server/teacher-results.server';
import { mapResultRows } from '@/lib/assignments/map-report';
import { getDb } from '@/lib/db/client.server';
import { classMaps } from '@/lib/db/studio.server';

/** The results as a CSV file that Dutch Excel opens as a table (only for the teacher who owns it). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { assignment, exercises, summaries } = await ownAssignment((await params).id);
  const csv =
    assignment.kind === 'kaart' && assignment.studio
      ? toDutchCsv(mapResultRows(assignment.studio.rubric, await classMaps(await getDb(), assignment.id), formatDateTimeShort))
      : toDutchCsv(resultRows(csvQuestions(assignment.exerciseIds, exercises), summaries, formatDateTimeShort));
  const name = `resultaten-${assignment.code}.csv`;
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
    },
  });
}
