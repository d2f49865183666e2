import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountForm } from '@/components/teacher/account-form';
import { STATUS_LABEL, statusAt } from '@/lib/assignments/schedule';
import { formatDateTime } from '@/lib/format/dates';
import { listAssignments } from '@/lib/db/assignments.server';
import { getDb } from '@/lib/db/client.server';
import { currentTeacher } from '@/lib/server/teacher.server';
import { logInAction, logOutAction, logOutEverywhereAction } from './actions';

export const metadata: Metadata = { title: 'Voor docenten', robots: { index: false } };

export default async function TeacherHome({ searchParams }: { searchParams: Promise<{ uitgelogd?: string | string[] }> }) {
  const teacher = await currentTeacher();
  if (!teacher) {
    const everywhere = (await searchParams).uitgelogd === 'overal';
    return (
      <div className="page teacher-page">
        <p className="eyebrow">Voor docenten</p>
        <h1>Log in</h1>
        {everywhere ? (
          <p className="progress-notice" role="status">
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
  return (
    <div className="page teacher-page">
      <div className="teacher-bar">
        <p>
          Ingelogd als <strong>{teacher.name}</strong> ({teacher.email})
        </p>
        <div className="teacher-bar-actions">
          <form action={logOutAction}>
            <button type="submit" className="button">
              Log uit
            </button>
          </form>
          <form action={logOutEverywhereAction}>
            <button type="submit" className="button">
              Log uit op alle apparaten
            </button>
          </form>
        </div>
      </div>
      <h1>Je opdrachten</h1>
      <p>
        <Link href="/docent/opdrachten/nieuw" className="button button-primary">
          Nieuwe opdracht
        </Link>
      </p>
      {assignments.length === 0 ? (
        <p className="lead">Je hebt nog geen opdrachten. Maak je eerste opdracht; je klas doet mee met een code.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Je opdrachten" tabIndex={0}>
          <table className="compare-table">
            <caption className="visually-hidden">Je opdrachten</caption>
            <thead>
              <tr>
                <th scope="col">Opdracht</th>
                <th scope="col">Code</th>
                <th scope="col">Status</th>
                <th scope="col">Ingeleverd</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((assignment) => (
                <tr key={assignment.id}>
                  <th scope="row">
                    <Link href={`/docent/opdrachten/${assignment.id}`}>{assignment.title}</Link>
                  </th>
                  <td className="code">{assignment.code}</td>
                  <td>
                    {STATUS_LABEL[statusAt(assignment, now)]}
                    {assignment.closesAt && statusAt(assignment, now) !== 'gesloten' ? (
                      <span className="muted"> · sluit {formatDateTime(assignment.closesAt)}</span>
                    ) : null}
                  </td>
                  <td>{assignment.students}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
