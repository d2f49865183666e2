import { getDb } from '@/lib/db/client.server';
import { countOf } from '@/lib/format/plural';
import { notStartedFromLms } from '@/lib/lti/roster.server';

/**
 * The students of the LMS courses this assignment was launched from who have not opened it yet
 * (Names and Role Provisioning). Nothing when no LMS course launched it. Rendered in a Suspense
 * boundary: a slow LMS never holds up the rest of the page.
 */
export async function NotStartedFromLms({ assignmentId }: { assignmentId: number }) {
  const result = await notStartedFromLms(await getDb(), assignmentId);
  if (!result) return null;
  return (
    <section aria-labelledby="nog-niet-begonnen">
      <h2 id="nog-niet-begonnen">Nog niet begonnen (uit je LMS)</h2>
      {result.names.length === 0 ? (
        <p>Alle studenten uit je LMS-cursus hebben de opdracht geopend.</p>
      ) : (
        <>
          <p>
            {countOf(result.names.length, 'student', 'studenten')} uit je LMS-cursus{' '}
            {result.names.length === 1 ? 'heeft' : 'hebben'} de opdracht nog niet geopend:
          </p>
          <ul>
            {result.names.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {result.unreadable > 0 ? (
        <p className="muted">
          De deelnemerslijst van {result.unreadable === 1 ? 'een cursus' : `${result.unreadable} cursussen`} kon Klantreis nu niet
          ophalen. Laad de pagina over een minuut opnieuw.
        </p>
      ) : null}
    </section>
  );
}
