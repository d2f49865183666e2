import Link from '@/components/ui/link';
import { Markdown } from '@/components/mdx/markdown';
import { MapView } from '@/components/studio/map-view';
import { LiveResults } from '@/components/teacher/live-results';
import { MapGrading } from '@/components/teacher/map-grading';
import type { MapSettings } from '@/lib/assignments/map-assignment';
import type { Assignment } from '@/lib/db/assignments.server';
import type { ClassMap } from '@/lib/db/studio.server';
import { formatDateTime } from '@/lib/format/dates';
import { countOf } from '@/lib/format/plural';
import { formatPoints } from '@/lib/format/points';
import { mergeStudentsAction } from '@/app/docent/actions';
import { gradeMapAction } from '@/app/docent/kaart-actions';
import { Twins } from './twins';
import styles from './assignment.module.css';

/**
 * The results of a map assignment for its teacher: every handed-in map drawn (with its text view),
 * and per student a grading form with the assignment's rubric. Downloads: the CSV and one PDF of the class.
 */
export function MapResults({
  assignment,
  settings,
  maps,
  stamp,
}: {
  assignment: Assignment;
  settings: MapSettings;
  maps: ClassMap[];
  /** resultsStamp: the page reloads itself when a map is handed in or graded elsewhere. */
  stamp: string;
}) {
  const handedIn = maps.filter((entry) => entry.latest);
  const graded = handedIn.filter((entry) => entry.latest!.gradedAt);
  return (
    <>
      <div className="exercise-actions">
        <a className="button" href={`/docent/opdrachten/${assignment.id}/resultaten`} download>
          Download beoordelingen (CSV voor Excel)
        </a>
        {handedIn.length > 0 ? (
          <a className="button" href={`/docent/opdrachten/${assignment.id}/kaarten.pdf`} download>
            Download alle kaarten (PDF)
          </a>
        ) : null}
      </div>
      {settings.brief ? (
        <details className={styles.brief}>
          <summary>De opdrachttekst die leerlingen zien</summary>
          <Markdown source={settings.brief} />
        </details>
      ) : null}
      <h2>Ingeleverde kaarten</h2>
      <LiveResults url={`/docent/opdrachten/${assignment.id}/stand`} stamp={stamp} />
      <p>
        {maps.length === 0
          ? 'Nog niemand doet mee. Laat de code of de QR-code zien.'
          : `${countOf(handedIn.length, 'leerling heeft', 'leerlingen hebben')} ingeleverd, ${countOf(graded.length, 'kaart', 'kaarten')} beoordeeld.${maps.length > handedIn.length ? ` ${countOf(maps.length - handedIn.length, 'leerling is', 'leerlingen zijn')} nog bezig.` : ''}`}
      </p>
      {handedIn.map(({ participantId, name, studentNumber, latest, handIns }) => {
        const handIn = latest!;
        return (
          <section key={participantId} className={styles.mapResult} aria-labelledby={`kaart-${participantId}`}>
            <h3 id={`kaart-${participantId}`}>
              <Link href={`/docent/opdrachten/${assignment.id}/leerling/${participantId}`}>{name}</Link>
              {studentNumber ? <span className="muted"> · {studentNumber}</span> : null}
            </h3>
            <p>
              Ingeleverd op {formatDateTime(handIn.handedInAt)}
              {handIns > 1 ? ` (${countOf(handIns, 'keer', 'keer')} ingeleverd; dit is de laatste)` : ''}.
              {handIn.members.length > 1 ? ` Groep: ${handIn.members.join(', ')}.` : ''}
              {handIn.gradedAt
                ? ` Beoordeeld: ${formatPoints(handIn.points ?? 0, handIn.maxPoints ?? 0)}.`
                : ' Nog niet beoordeeld.'}
            </p>
            <MapView map={handIn.map} level={3} />
            <h4>Beoordeling</h4>
            <MapGrading
              action={gradeMapAction}
              assignmentId={assignment.id}
              handInId={handIn.id}
              student={name}
              rubric={settings.rubric}
              levels={handIn.levels}
              feedback={handIn.feedback ?? ''}
            />
          </section>
        );
      })}
      <Twins
        assignmentId={assignment.id}
        signups={maps.map((student) => ({
          id: student.participantId,
          name: student.name,
          joinedAt: student.joinedAt,
          work: `${countOf(student.handIns, 'kaart', 'kaarten')} ingeleverd`,
        }))}
        action={mergeStudentsAction}
        intro="Deze namen staan er meer dan eens. Dat gebeurt als een leerling op een tweede apparaat meedoet. Voeg ze samen: alle ingeleverde kaarten komen dan bij één aanmelding, en je beoordeelt de laatste."
        effect="De andere aanmelding verdwijnt; haar ingeleverde kaarten en beoordelingen komen bij de aanmelding die blijft. Van het werk in uitvoering blijft de versie die het laatst is opgeslagen. Laat de leerling daarna verder werken op het apparaat van de aanmelding die blijft."
      />
    </>
  );
}
