'use client';

import Link from '@/components/ui/link';
import { useRef, useState, type ChangeEvent } from 'react';
import { formatDayTime } from '@/lib/format/dates';
import { formatPercent, formatPercentWords } from '@/lib/format/percent';
import { formatPoints } from '@/lib/format/points';
import { MASTERED_AT, MASTERY_LABEL, summarizeMastery } from '@/lib/progress/mastery';
import type { LessonRef } from './home-progress';
import { useProgress, useProgressStore } from './progress-provider';
import { GoalMastery } from './goal-mastery';
import './progress.css';

/** Everything the student has done, per lesson, with export, import and "Wis voortgang". */
export function ProgressOverview({ lessons }: { lessons: LessonRef[] }) {
  const store = useProgressStore();
  const progress = useProgress((state) => (state.loaded ? state.progress : null), null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  function download() {
    if (!store) return;
    const blob = new Blob([store.getState().exportText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'klantreis-voortgang.json';
    link.click();
    URL.revokeObjectURL(url);
    setMessage({ ok: true, text: 'Je voortgang is gedownload als klantreis-voortgang.json.' });
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !store) return;
    if (file.size > 2_000_000) {
      setMessage({ ok: false, text: 'Dit bestand is te groot voor een voortgangsbestand. Er is niets veranderd.' });
      return;
    }
    try {
      const result = store.getState().importText(await readText(file));
      setMessage({ ok: result.ok, text: result.message });
    } catch {
      setMessage({ ok: false, text: 'Het bestand kon niet gelezen worden. Er is niets veranderd.' });
    }
  }

  if (!progress) return <p className="progress-loading">Je voortgang wordt geladen…</p>;

  return (
    <>
      <table className="compare-table progress-table">
        <caption>Voortgang per les</caption>
        <thead>
          <tr>
            <th scope="col">Les</th>
            <th scope="col">Stand</th>
            <th scope="col">Gedaan</th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((lesson) => {
            const summary = summarizeMastery(progress, lesson.exerciseIds);
            const read = progress.lessons[lesson.slug]?.readAt !== undefined;
            return (
              <tr key={lesson.slug} data-mastery={summary.mastery}>
                <th scope="row">
                  <Link href={`/lessen/${lesson.slug}`}>
                    Les {lesson.order}: {lesson.title}
                  </Link>
                  {read ? <span className="read-mark"> · gelezen</span> : null}
                </th>
                <td>{MASTERY_LABEL[summary.mastery]}</td>
                <td>
                  {summary.attempted} van {summary.total}
                  {summary.attempted > 0 ? `, score ${formatPercent(summary.score)}` : ''}
                  {summary.mistakes.length > 0 ? (
                    <>
                      {' '}
                      ·{' '}
                      <Link href={`/oefenen?modus=fouten&les=${lesson.slug}`}>
                        Oefen {summary.mistakes.length} {summary.mistakes.length === 1 ? 'fout' : 'fouten'}
                      </Link>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>Per leerdoel</h2>
      {lessons.map((lesson) => (
        <details key={lesson.slug} className="goalList">
          <summary>
            Les {lesson.order}: {lesson.title}
          </summary>
          <GoalMastery progress={progress} goals={lesson.goals ?? []} />
        </details>
      ))}
      <p className="progressRule">
        Zo bepalen we de stand, per les en per leerdoel: <strong>niet gestart</strong> als je nog geen oefening hebt gedaan;{' '}
        <strong>beheerst</strong> als je elke oefening hebt gedaan en je scores samen gemiddeld minstens{' '}
        {formatPercentWords(MASTERED_AT)} zijn; anders <strong>bezig</strong>. Je eerste poging telt, en later een herhaling in
        Oefenen. Nog een keer proberen, meteen na het nakijken, telt niet mee.
      </p>

      <h2>Proeftoetsen</h2>
      {progress.exams && progress.exams.length > 0 ? (
        <ul className="exam-history">
          {[...progress.exams].reverse().map((exam) => (
            <li key={exam.at}>
              {formatDayTime(new Date(exam.at))}: {formatPercentWords(exam.points / Math.max(exam.maxPoints, 1))} (
              {exam.questions} vragen over {exam.lessons.length === 1 ? '1 les' : `${exam.lessons.length} lessen`})
            </li>
          ))}
        </ul>
      ) : (
        <p>
          Je hebt nog geen <Link href="/proeftoets">proeftoets</Link> gemaakt.
        </p>
      )}

      <h2>Eindtoets</h2>
      {progress.finalTests && progress.finalTests.length > 0 ? (
        <ul className="exam-history final-test-history">
          {[...progress.finalTests].reverse().map((result) => (
            <li key={result.at}>
              {formatDayTime(new Date(result.at))}: {formatPercentWords(result.points / Math.max(result.maxPoints, 1))} (
              {formatPoints(result.points, result.maxPoints)})
            </li>
          ))}
        </ul>
      ) : (
        <p>
          Je hebt de <Link href="/eindtoets">eindtoets</Link> nog niet ingeleverd.
        </p>
      )}

      <h2>Voortgang meenemen</h2>
      <div className="exercise-actions">
        <button type="button" className="button" onClick={download}>
          Exporteer voortgang
        </button>
        <button type="button" className="button" onClick={() => fileRef.current?.click()}>
          Importeer voortgang
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Kies een voortgangsbestand"
          onChange={upload}
        />
      </div>
      {message ? (
        <p role="status" className={message.ok ? 'progressMessage' : `progressMessage progressError`}>
          {message.text}
        </p>
      ) : null}

      <h2>Opnieuw beginnen</h2>
      {confirmClear ? (
        <div className="progressConfirm" role="alert">
          <p>Weet je het zeker? Al je voortgang in deze browser wordt gewist. Dit kun je niet ongedaan maken.</p>
          <div className="exercise-actions">
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                store?.getState().clear();
                setConfirmClear(false);
                setMessage({ ok: true, text: 'Je voortgang is gewist.' });
              }}
            >
              Ja, wis alles
            </button>
            <button type="button" className="button" onClick={() => setConfirmClear(false)}>
              Nee, bewaren
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirmClear(true)}>
          Wis voortgang
        </button>
      )}
    </>
  );
}

/** A file's text (FileReader works everywhere, including older mobile browsers). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
