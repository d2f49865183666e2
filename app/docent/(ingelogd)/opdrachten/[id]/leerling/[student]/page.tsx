import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/teacher/breadcrumb';
import { MapStudent } from '@/components/teacher/map-student';
import { DataTable } from '@/components/ui/data-table';
import { questionText } from '@/lib/server/labels.server';
import { getDb } from '@/lib/db/client.server';
import { draftOf, handInsOf } from '@/lib/db/studio.server';
import { formatDateTime } from '@/lib/format/dates';
import { formatDuration } from '@/lib/format/duration';
import { formatPoints } from '@/lib/format/points';
import { solve } from '@/lib/scoring';
import { describeResponse } from '@/lib/scoring/schema';
import { ownAssignment } from '@/lib/server/teacher-results.server';
import { removeStudentAction } from '@/app/docent/actions';
import styles from '../../assignment.module.css';

export const metadata: Metadata = { title: 'Werk van een leerling', robots: { index: false } };

/**
 * Every answer of one student, attempt by attempt, next to the right answer; for a map assignment the
 * student's hand-ins with their grades.
 */
export default async function StudentAnswersPage({ params }: { params: Promise<{ id: string; student: string }> }) {
  const { id, student } = await params;
  const { assignment, exercises, records } = await ownAssignment(id);
  // Only a student of this (own) assignment: another id, or another assignment's student, is a 404.
  const record = records.find((candidate) => String(candidate.id) === student);
  if (!record) notFound();
  if (assignment.kind === 'kaart' && assignment.studio) {
    const db = await getDb();
    const [handIns, draft] = await Promise.all([handInsOf(db, record.id), draftOf(db, record.id)]);
    return (
      <>
        <StudentHeading assignment={assignment} record={record} />
        <MapStudent
          resultsHref={`/docent/opdrachten/${assignment.id}#kaart-${record.id}`}
          settings={assignment.studio}
          handIns={handIns}
          draftSavedAt={draft?.savedAt ?? null}
        />
        <RemoveStudent
          assignmentId={assignment.id}
          studentId={record.id}
          name={record.displayName}
          what="kaarten en beoordelingen"
          data="kaarten"
        />
      </>
    );
  }

  return (
    <>
      <StudentHeading assignment={assignment} record={record} />
      {record.attempts.length === 0 ? <p>Nog geen poging.</p> : null}
      {[...record.attempts].reverse().map((attempt) => {
        const answers = new Map(attempt.answers.map((answer) => [answer.exerciseId, answer]));
        return (
          <section key={attempt.id} aria-labelledby={`poging-${attempt.number}`}>
            <h2 id={`poging-${attempt.number}`}>
              Poging {attempt.number}
              {attempt.submittedAt ? `: ${formatPoints(attempt.points ?? 0, attempt.maxPoints ?? 0)}` : ' (nog niet ingeleverd)'}
            </h2>
            <p className="muted">
              Begonnen {formatDateTime(attempt.startedAt)}
              {attempt.submittedAt
                ? `, ingeleverd ${formatDateTime(attempt.submittedAt)} (${formatDuration((attempt.submittedAt.getTime() - attempt.startedAt.getTime()) / 1000)} minuten)`
                : ''}
              .
            </p>
            <DataTable
              caption={`Antwoorden bij poging ${attempt.number}`}
              className={styles.resultsTable}
              rows={exercises.map((exercise) => ({ exercise, answer: answers.get(exercise.id) }))}
              rowKey={({ exercise }) => exercise.id}
              columns={[
                { header: 'Vraag', cell: ({ exercise }, index) => `${index + 1}. ${questionText(exercise, 90)}` },
                {
                  header: 'Antwoord',
                  cell: ({ exercise, answer }) =>
                    answer ? describeResponse(exercise, answer.response) : <span className="muted">geen antwoord</span>,
                },
                {
                  header: 'Punten',
                  cell: ({ exercise, answer }) =>
                    attempt.submittedAt ? formatPoints(answer?.points ?? 0, answer?.maxPoints ?? exercise.points ?? 1) : '–',
                  className: ({ answer }) =>
                    attempt.submittedAt
                      ? `mark-${answer?.correct === true ? 'goed' : answer?.points ? 'deels' : 'fout'}`
                      : undefined,
                },
                { header: 'Goed antwoord', cell: ({ exercise }) => describeResponse(exercise, solve(exercise)) },
              ]}
            />
          </section>
        );
      })}
      <RemoveStudent
        assignmentId={assignment.id}
        studentId={record.id}
        name={record.displayName}
        what="pogingen en antwoorden"
        data="antwoorden"
      />
    </>
  );
}

/** The way back to the assignment, and whose work this is. */
function StudentHeading({
  assignment,
  record,
}: {
  assignment: { id: number; title: string };
  record: { displayName: string; studentNumber: string | null };
}) {
  return (
    <>
      <Breadcrumb trail={[{ href: `/docent/opdrachten/${assignment.id}`, label: assignment.title }]} />
      <h1>
        {record.displayName}
        {record.studentNumber ? <span className="muted"> · {record.studentNumber}</span> : null}
      </h1>
    </>
  );
}

/** Removes a student who joined twice or by mistake, or whose data must go. */
function RemoveStudent({
  assignmentId,
  studentId,
  name,
  what,
  data,
}: {
  assignmentId: number;
  studentId: number;
  name: string;
  /** What goes with the student ("pogingen en antwoorden"). */
  what: string;
  /** The same, short, for the button ("antwoorden"). */
  data: string;
}) {
  return (
    <details className={styles.dangerZone}>
      <summary>Leerling verwijderen</summary>
      <p>
        Dit verwijdert {name} uit deze opdracht, met alle {what}. Dat kan niet ongedaan worden gemaakt. Gebruik dit voor een
        dubbele of verkeerde aanmelding, of als een leerling (of ouder) vraagt om de gegevens te wissen.
      </p>
      <form action={removeStudentAction}>
        <input type="hidden" name="id" value={assignmentId} />
        <input type="hidden" name="student" value={studentId} />
        <button type="submit" className="button button-danger">
          Verwijder {name} en alle {data}
        </button>
      </form>
    </details>
  );
}
