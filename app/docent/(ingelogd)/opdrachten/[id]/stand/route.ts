import { NextResponse } from 'next/server';
import { getDb } from '@/lib/db/client.server';
import { resultsStamp } from '@/lib/db/results.server';
import { fail } from '@/lib/server/request.server';
import { route } from '@/lib/server/route.server';
import { currentTeacher } from '@/lib/server/teacher.server';

/**
 * A stamp of the results, which the open results page polls (components/teacher/live-results):
 * only for the teacher who owns the assignment (401 logged out, 404 anyone else's), never cached.
 */
export const GET = route(
  'stand van de resultaten',
  async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const teacher = await currentTeacher();
    if (!teacher) return fail(401, 'Je bent niet meer ingelogd.');
    const raw = (await params).id;
    const stamp = /^\d{1,9}$/.test(raw) ? await resultsStamp(await getDb(), teacher.id, Number(raw)) : null;
    if (stamp === null) return fail(404, 'Deze opdracht bestaat niet of is niet van jou.');
    return NextResponse.json({ stamp }, { headers: { 'cache-control': 'private, no-store' } });
  },
);
