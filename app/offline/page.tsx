import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getCourse } from '@/lib/content/course.server';
import { RetryButton } from '@/components/offline/retry-button';

export const metadata: Metadata = { title: 'Geen verbinding', robots: { index: false } };

/**
 * What the service worker shows, offline, instead of a page that needs the server (a teacher's
 * page, an assignment). It is precached with the course, so it always works.
 */
export default async function OfflinePage() {
  const { lessons } = await getCourse();
  return (
    <div className="page page-notice">
      <p className="eyebrow">Geen verbinding</p>
      <h1>Deze pagina heeft internet nodig</h1>
      <p className="lead">
        Je bent nu offline. Opdrachten van je docent en de pagina’s voor docenten werken alleen met internet.
      </p>
      <p>
        <RetryButton />
      </p>
      <h2>Dit werkt wel zonder internet</h2>
      <p>Alles wat je eerder hebt geopend, en de hele cursus. Je voortgang wordt op dit apparaat bewaard.</p>
      <ul>
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link href={`/lessen/${lesson.slug}`}>{lesson.title}</Link>
          </li>
        ))}
        <li>
          <Link href="/oefenen">Oefenen</Link>, de <Link href="/proeftoets">Proeftoets</Link> en de{' '}
          <Link href="/eindtoets">Eindtoets</Link>
        </li>
        <li>
          <Link href="/begrippen">Begrippen</Link>, <Link href="/voortgang">Mijn voortgang</Link> en de{' '}
          <Link href="/studio">Studio</Link>
        </li>
      </ul>
    </div>
  );
}
