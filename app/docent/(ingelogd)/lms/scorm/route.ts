import { notFound } from 'next/navigation';
import { getCourse } from '@/lib/content/course.server';
import { readPlayerFiles } from '@/lib/lms/player-files.server';
import { loadScormBuilder } from '@/lib/lms/scorm-builder.server';
import { parseCourseScormQuery } from '@/lib/lms/scorm-query';
import { zipDownload } from '@/lib/lms/scorm-response.server';
import { fail } from '@/lib/server/request.server';
import { route } from '@/lib/server/route.server';
import { requireTeacher } from '@/lib/server/teacher.server';

/**
 * A SCORM package of one lesson or of the Eindtoets, for a logged-in teacher:
 * `?soort=les&les=<slug>&versie=1.2|2004` or `?soort=eindtoets&versie=…[&cesuur=<1-100>]`.
 */
export const GET = route('scorm-download', async (request: Request) => {
  await requireTeacher();
  const course = await getCourse();
  const query = parseCourseScormQuery(
    new URL(request.url).searchParams,
    course.lessons.map((lesson) => lesson.slug),
  );
  if (!query.ok) return fail(400, query.error);
  const builder = await loadScormBuilder();
  const built = await builder.buildScormPackage(
    course,
    query.kind === 'les' ? { kind: 'les', slug: query.slug } : { kind: 'eindtoets' },
    query.version,
    await readPlayerFiles(),
    query.kind === 'les' ? undefined : query.mastery,
  );
  if (!built) notFound();
  return zipDownload(built.bytes, built.fileName);
});
