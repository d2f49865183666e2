import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { AccountForm } from '@/components/teacher/account-form';
import { TeacherBar } from '@/components/teacher/teacher-bar';
import { DataTable } from '@/components/ui/data-table';
import { FIELD_MAX } from '@/lib/assignments/limits';
import { STATUS_LABEL, statusAt } from '@/lib/assignments/opening-times';
import { formatDateTime } from '@/lib/format/dates';
import { listAssignments } from '@/lib/db/assignments.server';
import { getDb } from '@/lib/db/client.server';
import { currentTeacher } from '@/lib/server/teacher.server';
import { logInAction, logOutAction, logOutEverywhereAction } from './actions';
import styles from './docent.module.css';
import '@/components/progress/progress.css';

export const metadata: Metadata = { title: 'Voor docenten', robots: { index: false } };

export default async function TeacherHome({
  searchParams,
}: {
  searchParams: Promise<{ uitgelogd?: string | string[]; verwijderd?: string | string[] }>;
}) {
  const teacher = await currentTeacher();
  if (!teacher) {
    const everywhere = (await searchParams).uitgelogd === 'overal';
    return (
      <div className="page teacher-page">
        <p className="eyebrow">Voor docenten</p>
        <h1>Log in</h1>
        {everywhere ? (
          <p className="progressNotice" role="status">
            Je bent uitgelogd op alle apparaten. Wie je account nog open had, moet opnieuw inloggen.
          </p>
        ) : null}
        <p className="lead">
          Geef je klas een opdracht met oefeningen uit deze cursus, en zie per leerling en per vraag hoe het ging.
        </p>
        <AccountForm action={logInAction} />
        <p>
          Nog geen account? <Link href="/docent/aanmelden">Maak een docentenaccount</Link>.
        </p>
      </div>
    );
  }
  const now = new Date();
  const assignments = await listAssignments(await getDb(), teacher.id);
  // After a deletion (app/docent/actions.ts): the title of the assignment that went.
  const deleted = [(await searchParams).verwijderd].flat()[0]?.slice(0, FIELD_MAX.title);
  return (
    <div className="page teacher-page">
      <TeacherBar teacher={teacher} logOut={logOutAction} logOutEverywhere={logOutEverywhereAction} />
      <h1>Je opdrachten</h1>
      {deleted ? (
        <p className="progressNotice" role="status">
          Opdracht “{deleted}” is verwijderd, met alle namen, antwoorden en scores.
        </p>
      ) : null}
      <p>
        <Link href="/docent/opdrachten/nieuw" className="button button-primary">
          Nieuwe opdracht
        </Link>
      </p>
      <p>
        Werk je met itslearning, Brightspace, Canvas, Moodle of Blackboard?{' '}
        <Link href="/docent/lms">Klantreis in je leeromgeving</Link>
      </p>
      {assignments.length === 0 ? (
        <p className="lead">Je hebt nog geen opdrachten. Maak je eerste opdracht; je klas doet mee met een code.</p>
      ) : (
        <DataTable
          caption="Je opdrachten"
          rows={assignments}
          rowKey={(assignment) => assignment.id}
          columns={[
            {
              header: 'Opdracht',
              cell: (assignment) => (
                <>
                  <Link href={`/docent/opdrachten/${assignment.id}`}>{assignment.title}</Link>
                  {assignment.kind === 'kaart' ? <span className="muted"> · Klantreiskaart</span> : null}
                </>
              ),
            },
            { header: 'Code', cell: (assignment) => assignment.code, className: () => styles.code },
            {
              header: 'Status',
              cell: (assignment) => (
                <>
                  {STATUS_LABEL[statusAt(assignment, now)]}
                  {assignment.closesAt && statusAt(assignment, now) !== 'gesloten' ? (
                    <span className="muted"> · sluit {formatDateTime(assignment.closesAt)}</span>
                  ) : null}
                </>
              ),
            },
            { header: 'Ingeleverd', cell: (assignment) => assignment.students },
          ]}
        />
      )}
    </div>
  );
}
