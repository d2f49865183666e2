import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatPoints } from '@/components/exercises/format';
import { formatDuration } from '@/lib/assignments/results';
import { formatDateTime } from '@/lib/assignments/schedule';
import { plainText } from '@/lib/content/plain-text';
import { solve } from '@/lib/scoring';
import { describeResponse } from '@/lib/scoring/schema';
import { ownAssignment } from '@/lib/server/teacher-results.server';
import { removeStudentAction } from '../../../../actions';

export const metadata: Metadata = { title: 'Antwoorden van een leerling', robots: { index: false } };

/** Every answer of one student, attempt by attempt, next to the right answer. */
export default async function StudentAnswersPage({ params }: { params: Promise<{ id: string; student: string }> }) {
  const { id, student } = await params;
  const { assignment, exercises, records } = await ownAssignment(id);
  // Only a student of this (own) assignment: another id, or another assignment's student, is a 404.
  const record = records.find((candidate) => String(candidate.id) === student);
  if (!record) notFound();

  return (
    <div className="page teacher-page">
      <p className="eyebrow">
        <Link href={`/docent/opdrachten/${assignment.id}`}>{assignment.title}</Link>
      </p>
      <h1>
        {record.displayName}
        {record.studentNumber ? <span className="muted"> · {record.studentNumber}</span> : null}
      </h1>
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
            <div className="table-scroll" role="region" aria-label={`Antwoorden bij poging ${attempt.number}`} tabIndex={0}>
              <table className="compare-table results-table">
                <thead>
                  <tr>
                    <th scope="col">Vraag</th>
                    <th scope="col">Antwoord</th>
                    <th scope="col">Punten</th>
                    <th scope="col">Goed antwoord</th>
                  </tr>
                </thead>
                <tbody>
                  {exercises.map((exercise, index) => {
                    const answer = answers.get(exercise.id);
                    const mark = answer?.correct === true ? 'goed' : answer?.points ? 'deels' : 'fout';
                    return (
                      <tr key={exercise.id}>
                        <th scope="row">
                          {index + 1}. {plainText(exercise.prompt, 90)}
                        </th>
                        <td>
                          {answer ? describeResponse(exercise, answer.response) : <span className="muted">geen antwoord</span>}
                        </td>
                        <td className={attempt.submittedAt ? `mark-${mark}` : undefined}>
                          {attempt.submittedAt
                            ? formatPoints(answer?.points ?? 0, answer?.maxPoints ?? exercise.points ?? 1)
                            : '–'}
                        </td>
                        <td>{describeResponse(exercise, solve(exercise))}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <details className="danger-zone">
        <summary>Leerling verwijderen</summary>
        <p>
          Dit verwijdert {record.displayName} uit deze opdracht, met alle pogingen en antwoorden. Dat kan niet ongedaan worden
          gemaakt. Gebruik dit voor een dubbele of verkeerde aanmelding, of als een leerling (of ouder) vraagt om de gegevens te
          wissen.
        </p>
        <form action={removeStudentAction}>
          <input type="hidden" name="id" value={assignment.id} />
          <input type="hidden" name="student" value={record.id} />
          <button type="submit" className="button button-danger">
            Verwijder {record.displayName} en alle antwoorden
          </button>
        </form>
      </details>
    </div>
  );
}
