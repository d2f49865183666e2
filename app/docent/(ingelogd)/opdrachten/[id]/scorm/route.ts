import { notFound } from 'next/navigation';
import { getCourse } from '@/lib/content/course.server';
import { readPlayerFiles } from '@/lib/lms/player-files.server';
import { loadScormBuilder } from '@/lib/lms/scorm-builder.server';
import { parseAssignmentScormQuery } from '@/lib/lms/scorm-query';
import { zipDownload } from '@/lib/lms/scorm-response.server';
import { fail } from '@/lib/server/request.server';
import { route } from '@/lib/server/route.server';
import { ownAssignment } from '@/lib/server/teacher-results.server';

/**
 * The exercise set of a quiz assignment as a SCORM quiz (`?versie=1.2|2004[&cesuur=<1-100>]`), only
 * for the teacher who owns it. It holds the answer key (the package scores in the browser), also of
 * toetsbank items: that is why only this teacher may download it. A map assignment has none: 404.
 */
export const GET = route(
  'scorm-download-assignment',
  async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { assignment, exercises } = await ownAssignment((await params).id);
    if (assignment.kind !== 'toets' || exercises.length === 0) notFound();
    const query = parseAssignmentScormQuery(new URL(request.url).searchParams);
    if (!query.ok || query.kind !== 'opdracht') return fail(400, query.ok ? 'Onbekende download.' : query.error);
    const builder = await loadScormBuilder();
    const built = await builder.buildScormPackage(
      await getCourse(),
      { kind: 'opdracht', code: assignment.code, title: assignment.title, exercises },
      query.version,
      await readPlayerFiles(),
      query.mastery,
    );
    if (!built) notFound();
    return zipDownload(built.bytes, built.fileName);
  },
);
