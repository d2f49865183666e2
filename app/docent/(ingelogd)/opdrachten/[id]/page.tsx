import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { Suspense } from 'react';
import { AssignmentScorm } from '@/components/teacher/assignment-scorm';
import { LiveResults } from '@/components/teacher/live-results';
import { DataTable } from '@/components/ui/data-table';
import { countedAnswers } from '@/lib/assignments/report';
import { questionStats } from '@/lib/assignments/results';
import { SHOW_ANSWERS_LABEL, STATUS_LABEL, statusAt } from '@/lib/assignments/opening-times';
import { describeSelection } from '@/lib/assignments/selection';
import { TYPE_LABEL } from '@/lib/scoring/schema';
import { questionText } from '@/lib/server/labels.server';
import { countOf } from '@/lib/format/plural';
import { getDb } from '@/lib/db/client.server';
import { resultsStamp } from '@/lib/db/results.server';
import { formatDateTime } from '@/lib/format/dates';
import { formatDuration } from '@/lib/format/duration';
import { formatPercent } from '@/lib/format/percent';
import { formatPoints } from '@/lib/format/points';
import { ownAssignment } from '@/lib/server/teacher-results.server';
import { deleteAssignmentAction, mergeStudentsAction, setClosedAction } from '@/app/docent/actions';
import styles from './assignment.module.css';
import { AssignmentTop } from './assignment-top';
import { MapResults } from './map-results';
import { Twins } from './twins';
import { NotStartedFromLms } from './not-started';
import type { Assignment } from '@/lib/db/assignments.server';
import type { MapSettings } from '@/lib/assignments/map-assignment';
import { classMaps } from '@/lib/db/studio.server';
import '@/components/progress/progress.css';

export const metadata: Metadata = { title: 'Opdracht en resultaten', robots: { index: false } };

const percent = (part: number, whole: number) => (whole > 0 ? formatPercent(part / whole) : '–');

/** What the last action on this page did, from `?melding=` after its redirect. */
function notice(kind: string | undefined, keptName: string | undefined): string | null {
  switch (kind) {
    case 'verwijderd':
      return 'De leerling is verwijderd, met alle pogingen en antwoorden.';
    case 'samengevoegd':
      return keptName
        ? `De aanmeldingen zijn samengevoegd. Alle pogingen staan nu bij ${keptName}; de beste telt.`
        : 'De aanmeldingen zijn samengevoegd.';
    case 'niet-gevonden':
      return 'Dat lukte niet: die leerling staat niet (meer) in deze opdracht.';
    case 'zelfde':
      return 'Kies twee verschillende aanmeldingen om samen te voegen.';
    default:
      return null;
  }
}

/** The same for a map assignment: students have maps and grades, not attempts. */
function mapNotice(kind: string | undefined, keptName: string | undefined): string | null {
  switch (kind) {
    case 'verwijderd':
      return 'De leerling is verwijderd, met alle kaarten en beoordelingen.';
    case 'samengevoegd':
      return keptName
        ? `De aanmeldingen zijn samengevoegd. Alle ingeleverde kaarten staan nu bij ${keptName}; de laatste telt.`
        : 'De aanmeldingen zijn samengevoegd.';
    default:
      return notice(kind, keptName);
  }
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AssignmentResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ melding?: string | string[]; leerling?: string | string[] }>;
}) {
  const { teacher, assignment, exercises, lessons, records, summaries } = await ownAssignment((await params).id);
  const query = await searchParams;
  const keptName = summaries.find((summary) => String(summary.id) === one(query.leerling))?.name;
  const stamp = (await resultsStamp(await getDb(), teacher.id, assignment.id)) ?? '';
  if (assignment.kind === 'kaart' && assignment.studio) {
    return (
      <MapAssignmentResults
        assignment={assignment}
        settings={assignment.studio}
        stamp={stamp}
        message={mapNotice(one(query.melding), keptName)}
      />
    );
  }
  const message = notice(one(query.melding), keptName);
  const now = new Date();
  const status = statusAt(assignment, now);
  const stats = questionStats(exercises, countedAnswers(summaries));
  const handedIn = summaries.filter((summary) => summary.counting);
  const lessonTitle = (slug: string) => lessons.find((lesson) => lesson.slug === slug)?.title ?? slug;
  const joinedAt = (id: number) => records.find((record) => record.id === id)?.createdAt;
  // Students saw the right answers: reopening lets others hand in with that knowledge.
  const answersSeen = status === 'gesloten' && assignment.showAnswers !== 'nooit' && handedIn.length > 0;

  return (
    <>
      <AssignmentTop title={assignment.title} code={assignment.code} message={message} />

      <dl className={styles.facts}>
        <dt>Status</dt>
        <dd>
          {STATUS_LABEL[status]}
          {status === 'nog-niet-open' && assignment.opensAt ? ` (gaat open op ${formatDateTime(assignment.opensAt)})` : ''}
          {status === 'open' && assignment.closesAt ? ` (sluit op ${formatDateTime(assignment.closesAt)})` : ''}
          {status === 'gesloten' && assignment.closesAt ? ` (sinds ${formatDateTime(assignment.closesAt)})` : ''}
        </dd>
        <dt>Oefeningen</dt>
        <dd>
          {countOf(exercises.length, 'oefening', 'oefeningen')}. {describeSelection(assignment.selection, lessonTitle)}
        </dd>
        <dt>Pogingen</dt>
        <dd>{assignment.maxAttempts === 1 ? '1' : `${assignment.maxAttempts} (de beste telt)`}</dd>
        <dt>Antwoorden zichtbaar</dt>
        <dd>{SHOW_ANSWERS_LABEL[assignment.showAnswers]}</dd>
      </dl>
      {answersSeen ? (
        <details className={styles.dangerZone}>
          <summary>Open de opdracht opnieuw</summary>
          <p>
            Let op: leerlingen hebben de juiste antwoorden en de uitleg al gezien. Wie nu nog inlevert, kan die gebruiken.
            {assignment.showAnswers === 'na-sluiten'
              ? ' De antwoorden zijn weer verborgen tot je de opdracht opnieuw sluit.'
              : ''}
          </p>
          <form action={setClosedAction}>
            <input type="hidden" name="id" value={assignment.id} />
            <input type="hidden" name="closed" value="0" />
            <button type="submit" className="button">
              Ja, open de opdracht opnieuw
            </button>
          </form>
        </details>
      ) : null}
      <form action={setClosedAction} className="exercise-actions">
        <input type="hidden" name="id" value={assignment.id} />
        <input type="hidden" name="closed" value={status === 'gesloten' ? '0' : '1'} />
        {answersSeen ? null : (
          <button type="submit" className="button">
            {status === 'gesloten' ? 'Open de opdracht opnieuw' : 'Sluit de opdracht nu'}
          </button>
        )}
        <a className="button" href={`/docent/opdrachten/${assignment.id}/resultaten`} download>
          Download resultaten (CSV voor Excel)
        </a>
      </form>

      <h2>Resultaten per leerling</h2>
      <LiveResults url={`/docent/opdrachten/${assignment.id}/stand`} stamp={stamp} />
      {summaries.length === 0 ? (
        <p>Nog niemand doet mee. Laat de code of de QR-code zien.</p>
      ) : (
        <DataTable
          caption="Resultaten per leerling"
          className={styles.resultsTable}
          rows={summaries}
          rowKey={(summary) => summary.id}
          columns={[
            {
              header: 'Leerling',
              cell: (summary) => (
                <>
                  <Link href={`/docent/opdrachten/${assignment.id}/leerling/${summary.id}`}>{summary.name}</Link>
                  {summary.studentNumber ? <span className="muted"> · {summary.studentNumber}</span> : null}
                </>
              ),
            },
            {
              header: 'Score',
              cell: (summary) =>
                summary.counting
                  ? `${formatPoints(summary.counting.points, summary.counting.maxPoints)} (${percent(summary.counting.points, summary.counting.maxPoints)})`
                  : '–',
            },
            { header: 'Tijd', cell: (summary) => (summary.counting ? formatDuration(summary.counting.seconds) : '–') },
            {
              header: 'Pogingen',
              // A merged student can have handed in more than the maximum (both browsers did).
              cell: (summary) =>
                summary.submitted <= assignment.maxAttempts
                  ? `${summary.submitted} van ${assignment.maxAttempts}`
                  : countOf(summary.submitted, 'poging', 'pogingen'),
            },
            {
              header: 'Ingeleverd',
              cell: (summary) =>
                summary.counting ? formatDateTime(summary.counting.submittedAt) : summary.working ? 'Nog bezig' : '–',
            },
          ]}
        />
      )}

      <Suspense fallback={null}>
        <NotStartedFromLms assignmentId={assignment.id} />
      </Suspense>

      <Twins
        assignmentId={assignment.id}
        signups={summaries.map((summary) => ({
          id: summary.id,
          name: summary.name,
          joinedAt: joinedAt(summary.id),
          work: `${countOf(summary.submitted, 'poging', 'pogingen')} ingeleverd${
            summary.counting ? `, beste ${formatPoints(summary.counting.points, summary.counting.maxPoints)}` : ''
          }${summary.working ? ', nu bezig' : ''}`,
        }))}
        action={mergeStudentsAction}
        intro="Deze namen staan er meer dan eens. Dat gebeurt als een leerling op een tweede apparaat meedoet. Voeg ze samen: alle pogingen komen dan bij één aanmelding, en de beste telt."
        effect="De andere aanmelding verdwijnt; haar ingeleverde pogingen komen bij de aanmelding die blijft. Was de leerling op allebei bezig, dan blijft alleen het werk van de aanmelding die blijft. Laat de leerling daarna verder werken op het apparaat van die aanmelding."
      />

      <h2>Per vraag</h2>
      <p className="muted">
        {handedIn.length === 0
          ? 'Nog niemand heeft ingeleverd.'
          : `Over de poging die telt van ${countOf(handedIn.length, 'leerling die inleverde', 'leerlingen die inleverden')}.`}
      </p>
      <DataTable
        caption="Resultaten per vraag"
        className={styles.resultsTable}
        rows={exercises.map((exercise, index) => ({ exercise, stat: stats[index]! }))}
        rowKey={({ exercise }) => exercise.id}
        columns={[
          {
            header: 'Vraag',
            cell: ({ exercise }, index) => (
              <>
                {index + 1}. {questionText(exercise, 90)} <span className="muted">({TYPE_LABEL[exercise.type]})</span>
              </>
            ),
          },
          {
            header: 'Helemaal goed',
            cell: ({ stat }) =>
              stat.answered ? `${percent(stat.correct, stat.answered)} (${stat.correct} van ${stat.answered})` : '–',
          },
          {
            header: 'Meest gekozen fout',
            cell: ({ stat }) => (stat.mostWrong ? `${stat.mostWrong.label} (${stat.mostWrong.count}×)` : '–'),
          },
        ]}
      />

      <section aria-labelledby="op-papier">
        <h2 id="op-papier">Op papier</h2>
        <p>Druk de vragen af als toets op papier. Het antwoordmodel, met de punten per vraag, druk je apart af.</p>
        <p className="exercise-actions">
          <Link className="button" href={`/docent/opdrachten/${assignment.id}/papier`}>
            Toets op papier
          </Link>
          <Link className="button" href={`/docent/opdrachten/${assignment.id}/papier/antwoorden`}>
            Antwoordmodel
          </Link>
        </p>
      </section>

      <AssignmentScorm assignmentId={assignment.id} />

      <details className={styles.dangerZone}>
        <summary>Opdracht verwijderen</summary>
        <p>
          Dit verwijdert de opdracht met alle namen, antwoorden en scores van je leerlingen. Dat kan niet ongedaan worden gemaakt.
          Download eerst de resultaten als je ze wilt bewaren.
        </p>
        <form action={deleteAssignmentAction}>
          <input type="hidden" name="id" value={assignment.id} />
          <button type="submit" className="button button-danger">
            Verwijder de opdracht en alle resultaten
          </button>
        </form>
      </details>
    </>
  );
}

/** The page of a map assignment: how to join, its facts, then every hand-in with its grading form. */
async function MapAssignmentResults({
  assignment,
  settings,
  stamp,
  message,
}: {
  assignment: Assignment;
  settings: MapSettings;
  stamp: string;
  message: string | null;
}) {
  const now = new Date();
  const status = statusAt(assignment, now);
  const maps = await classMaps(await getDb(), assignment.id);
  return (
    <>
      <AssignmentTop title={assignment.title} code={assignment.code} message={message} />
      <dl className={styles.facts}>
        <dt>Soort</dt>
        <dd>Klantreiskaart ({settings.template.title})</dd>
        <dt>Status</dt>
        <dd>
          {STATUS_LABEL[status]}
          {status === 'nog-niet-open' && assignment.opensAt ? ` (gaat open op ${formatDateTime(assignment.opensAt)})` : ''}
          {status === 'open' && assignment.closesAt ? ` (sluit op ${formatDateTime(assignment.closesAt)})` : ''}
        </dd>
        <dt>Samen inleveren</dt>
        <dd>{settings.groups ? 'Ja, in groepen' : 'Nee, ieder voor zich'}</dd>
      </dl>
      <form action={setClosedAction} className="exercise-actions">
        <input type="hidden" name="id" value={assignment.id} />
        <input type="hidden" name="closed" value={status === 'gesloten' ? '0' : '1'} />
        <button type="submit" className="button">
          {status === 'gesloten' ? 'Open de opdracht opnieuw' : 'Sluit de opdracht nu'}
        </button>
      </form>
      <MapResults assignment={assignment} settings={settings} maps={maps} stamp={stamp} />
      <Suspense fallback={null}>
        <NotStartedFromLms assignmentId={assignment.id} />
      </Suspense>
      <details className={styles.dangerZone}>
        <summary>Opdracht verwijderen</summary>
        <p>
          Dit verwijdert de opdracht met alle namen, kaarten en beoordelingen van je leerlingen. Dat kan niet ongedaan worden
          gemaakt. Download eerst de beoordelingen en de kaarten als je ze wilt bewaren.
        </p>
        <form action={deleteAssignmentAction}>
          <input type="hidden" name="id" value={assignment.id} />
          <button type="submit" className="button button-danger">
            Verwijder de opdracht en alle resultaten
          </button>
        </form>
      </details>
    </>
  );
}
