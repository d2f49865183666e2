import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import QRCode from 'qrcode';
import { Breadcrumb } from '@/components/teacher/breadcrumb';
import { DataTable } from '@/components/ui/data-table';
import { countedAnswers } from '@/lib/assignments/report';
import { questionStats } from '@/lib/assignments/results';
import { SHOW_ANSWERS_LABEL, STATUS_LABEL, statusAt } from '@/lib/assignments/opening-times';
import { describeSelection } from '@/lib/assignments/selection';
import { TYPE_LABEL } from '@/lib/scoring/schema';
import { plainText } from '@/lib/content/plain-text';
import { formatDateTime } from '@/lib/format/dates';
import { formatDuration } from '@/lib/format/duration';
import { formatPercent } from '@/lib/format/percent';
import { formatPoints } from '@/lib/format/points';
import { siteUrl } from '@/lib/server/request.server';
import { ownAssignment } from '@/lib/server/teacher-results.server';
import { deleteAssignmentAction, setClosedAction } from '@/app/docent/actions';
import styles from './assignment.module.css';

export const metadata: Metadata = { title: 'Opdracht en resultaten', robots: { index: false } };

const percent = (part: number, whole: number) => (whole > 0 ? formatPercent(part / whole) : '–');

export default async function AssignmentResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { assignment, exercises, lessons, summaries } = await ownAssignment((await params).id);
  const now = new Date();
  const status = statusAt(assignment, now);
  const link = siteUrl(await headers(), `/opdracht/${assignment.code}`);
  const qr = await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const stats = questionStats(exercises, countedAnswers(summaries));
  const handedIn = summaries.filter((summary) => summary.counting);
  const lessonTitle = (slug: string) => lessons.find((lesson) => lesson.slug === slug)?.title ?? slug;

  return (
    <>
      <Breadcrumb />
      <h1>{assignment.title}</h1>

      <section className={styles.joinPanel} aria-labelledby="meedoen">
        <div>
          <h2 id="meedoen">Zo doet je klas mee</h2>
          <p>Ga naar {new URL(link).host}/opdracht en vul de code in:</p>
          <p className={styles.joinCode} aria-label={`Code: ${assignment.code.split('').join(' ')}`}>
            {assignment.code}
          </p>
          <p>
            Of deel de link: <a href={link}>{link}</a>
          </p>
        </div>
        <figure className={styles.qr}>
          <div role="img" aria-label={`QR-code met de link naar de opdracht`} dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption>Scan met de camera van je telefoon</figcaption>
        </figure>
      </section>

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
          {exercises.length}. {describeSelection(assignment.selection, lessonTitle)}
        </dd>
        <dt>Pogingen</dt>
        <dd>{assignment.maxAttempts === 1 ? '1' : `${assignment.maxAttempts} (de beste telt)`}</dd>
        <dt>Antwoorden zichtbaar</dt>
        <dd>{SHOW_ANSWERS_LABEL[assignment.showAnswers]}</dd>
      </dl>
      <form action={setClosedAction} className="exercise-actions">
        <input type="hidden" name="id" value={assignment.id} />
        <input type="hidden" name="closed" value={status === 'gesloten' ? '0' : '1'} />
        <button type="submit" className="button">
          {status === 'gesloten' ? 'Open de opdracht opnieuw' : 'Sluit de opdracht nu'}
        </button>
        <a className="button" href={`/docent/opdrachten/${assignment.id}/resultaten`} download>
          Download resultaten (CSV voor Excel)
        </a>
      </form>

      <h2>Resultaten per leerling</h2>
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
            { header: 'Pogingen', cell: (summary) => `${summary.submitted} van ${assignment.maxAttempts}` },
            {
              header: 'Ingeleverd',
              cell: (summary) =>
                summary.counting ? formatDateTime(summary.counting.submittedAt) : summary.working ? 'Nog bezig' : '–',
            },
          ]}
        />
      )}

      <h2>Per vraag</h2>
      <p className="muted">Over de telende poging van de {handedIn.length} leerlingen die inleverden.</p>
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
                {index + 1}. {plainText(exercise.prompt, 90)} <span className="muted">({TYPE_LABEL[exercise.type]})</span>
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
