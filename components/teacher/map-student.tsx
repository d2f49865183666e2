import Link from '@/components/ui/link';
import { CriterionLevels, type MapHandInView } from '@/components/assignment/map-grade';
import { MapView } from '@/components/studio/map-view';
import type { MapSettings } from '@/lib/assignments/map-assignment';
import { formatDateTime } from '@/lib/format/dates';
import { countOf } from '@/lib/format/plural';
import { formatPoints } from '@/lib/format/points';
import styles from './map-student.module.css';

/**
 * One student of a map assignment, for the teacher: the latest hand-in (the one that is graded)
 * drawn, with its grade per criterion and the feedback, then the earlier hand-ins, and when the
 * student last worked on the map. A server component.
 */
export function MapStudent({
  resultsHref,
  settings,
  handIns,
  draftSavedAt,
}: {
  /** The grading form of this student on the results page. */
  resultsHref: string;
  settings: MapSettings;
  /** Oldest first, as lib/db/studio.server.ts handInsOf gives them. */
  handIns: MapHandInView[];
  draftSavedAt: Date | null;
}) {
  const latest = handIns.at(-1);
  const earlier = handIns.slice(0, -1).reverse();
  return (
    <>
      <p>
        {latest
          ? handIns.length === 1
            ? 'Eén keer ingeleverd.'
            : `${countOf(handIns.length, 'keer', 'keer')} ingeleverd; je beoordeelt de laatste inlevering.`
          : 'Deze leerling heeft nog niets ingeleverd.'}{' '}
        {draftSavedAt
          ? `Laatst opgeslagen op ${formatDateTime(draftSavedAt)}.`
          : 'De leerling heeft nog niet aan de kaart gewerkt.'}
      </p>
      {latest ? (
        <section aria-labelledby="laatste">
          <h2 id="laatste">Laatste inlevering ({formatDateTime(latest.handedInAt)})</h2>
          <Grade handIn={latest} settings={settings} resultsHref={resultsHref} />
          <MapView map={latest.map} level={3} />
        </section>
      ) : null}
      {earlier.length > 0 ? (
        <section aria-labelledby="eerder">
          <h2 id="eerder">Eerdere inleveringen</h2>
          {earlier.map((handIn) => (
            <details key={handIn.id} className={styles.earlier}>
              <summary>
                {formatDateTime(handIn.handedInAt)}:{' '}
                {handIn.gradedAt ? formatPoints(handIn.points ?? 0, handIn.maxPoints ?? 0) : 'Nog niet beoordeeld'}
              </summary>
              {handIn.gradedAt ? <Grade handIn={handIn} settings={settings} resultsHref={null} /> : null}
              <MapView map={handIn.map} level={3} />
            </details>
          ))}
        </section>
      ) : null}
    </>
  );
}

function Grade({ handIn, settings, resultsHref }: { handIn: MapHandInView; settings: MapSettings; resultsHref: string | null }) {
  const group = handIn.members.length > 1 ? <p>Groep: {handIn.members.join(', ')}.</p> : null;
  if (!handIn.gradedAt) {
    return (
      <>
        {group}
        <p>Nog niet beoordeeld. {resultsHref ? <Link href={resultsHref}>Beoordeel deze kaart bij de resultaten</Link> : null}</p>
      </>
    );
  }
  return (
    <>
      {group}
      <p>
        Beoordeeld op {formatDateTime(handIn.gradedAt)}:{' '}
        <strong>{formatPoints(handIn.points ?? 0, handIn.maxPoints ?? 0)}</strong>.
      </p>
      <CriterionLevels rubric={settings.rubric} levels={handIn.levels} />
      {handIn.feedback ? (
        <>
          <p>Feedback:</p>
          <p className={styles.feedback}>{handIn.feedback}</p>
        </>
      ) : null}
      {resultsHref ? (
        <p>
          <Link href={resultsHref}>Pas de beoordeling aan bij de resultaten</Link>
        </p>
      ) : null}
    </>
  );
}
