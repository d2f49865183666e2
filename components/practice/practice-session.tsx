'use client';

import Link from 'next/link';
import { useId, useRef, useState } from 'react';
import { useProgress } from '@/components/progress/progress-provider';
import { formatWeekdayDayTime } from '@/lib/format/dates';
import type { Question } from '@/components/questions/question';
import { QuestionView } from '@/components/questions/question-list';
import { LessonPicker } from './lesson-picker';
import { summarizeMastery } from '@/lib/progress/mastery';
import { dueStatus, practiceQueue } from '@/lib/progress/spaced-repetition';
import styles from './practice.module.css';
import '@/components/exercises/exercise.css';
type LessonRef = { slug: string; title: string; order: number };
type Mode = 'herhalen' | 'fouten';

/** Reads ?modus=fouten&les=slug, so a lesson can link straight to practising its mistakes. */
function initialChoice(lessons: LessonRef[]): { mode: Mode; chosen: string[] } {
  if (typeof window === 'undefined') return { mode: 'herhalen', chosen: lessons.map((lesson) => lesson.slug) };
  const params = new URLSearchParams(window.location.search);
  const only = lessons.find((lesson) => lesson.slug === params.get('les'));
  return {
    mode: params.get('modus') === 'fouten' ? 'fouten' : 'herhalen',
    chosen: only ? [only.slug] : lessons.map((lesson) => lesson.slug),
  };
}

/**
 * A practice session: choose lessons and a mode, then do the exercises one by one. Every check is
 * recorded and rescheduled (FSRS) by the progress store, so the next session follows from this one.
 */
export function PracticeSession({ items, lessons }: { items: Question<'browser'>[]; lessons: LessonRef[] }) {
  const formId = useId();
  const progress = useProgress((state) => (state.loaded ? state.progress : null), null);
  const [{ mode, chosen }, setChoice] = useState(() => initialChoice(lessons));
  const [queue, setQueue] = useState<string[] | null>(null);
  const [position, setPosition] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const byId = new Map(items.map((item) => [item.id, item]));

  if (!progress) return <p>Je voortgang wordt geladen…</p>;

  const ids = items.filter((item) => chosen.includes(item.exercise.topic)).map((item) => item.id);
  const now = new Date();
  const status = dueStatus(progress, ids, now);
  const mistakes = summarizeMastery(progress, ids).mistakes;
  const planned = mode === 'fouten' ? mistakes : practiceQueue(progress, ids, now);

  function start() {
    setQueue(planned);
    setPosition(0);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  if (queue !== null) {
    const current = position < queue.length ? byId.get(queue[position]!) : undefined;
    if (!current) {
      return (
        <section className={styles.practiceDone} aria-labelledby={`${formId}-done`}>
          <h2 id={`${formId}-done`} ref={headingRef} tabIndex={-1}>
            Klaar!
          </h2>
          <p>
            Je deed {queue.length} {queue.length === 1 ? 'oefening' : 'oefeningen'}. Wat je fout had, komt sneller terug. Kijk op{' '}
            <Link href="/voortgang">Mijn voortgang</Link> hoe je ervoor staat.
          </p>
          <button type="button" className="button button-primary" onClick={() => setQueue(null)}>
            Nieuwe sessie
          </button>
        </section>
      );
    }
    const lesson = lessons.find((candidate) => candidate.slug === current.exercise.topic);
    return (
      <section aria-labelledby={`${formId}-now`}>
        <h2 id={`${formId}-now`} ref={headingRef} tabIndex={-1} className={styles.practiceCount}>
          Oefening {position + 1} van {queue.length}
          <span className={styles.practiceLesson}>
            {' '}
            · les {lesson?.order}: {lesson?.title}
          </span>
        </h2>
        <QuestionView key={`${position}-${current.id}`} question={current} />
        <div className="exercise-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setPosition((value) => value + 1);
              requestAnimationFrame(() => headingRef.current?.focus());
            }}
          >
            {position + 1 < queue.length ? 'Volgende oefening' : 'Sessie afronden'}
          </button>
          <button type="button" className="button" onClick={() => setQueue(null)}>
            Stoppen
          </button>
        </div>
      </section>
    );
  }

  return (
    <form
      className={styles.practiceSetup}
      data-practice-setup
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
    >
      <p className={styles.practiceStatus} role="status">
        Vandaag aan de beurt: <strong>{status.due}</strong> {status.due === 1 ? 'oefening' : 'oefeningen'}.{' '}
        {status.next ? `Volgende herhaling: ${formatWeekdayDayTime(status.next)}.` : ''} Nog niet goed:{' '}
        <strong>{mistakes.length}</strong>.
      </p>
      <fieldset>
        <legend>Wat wil je oefenen?</legend>
        <label className="choiceLabel">
          <input
            type="radio"
            name={`${formId}-mode`}
            checked={mode === 'herhalen'}
            onChange={() => setChoice({ mode: 'herhalen', chosen })}
          />
          <span>Herhalen wat aan de beurt is, plus een paar nieuwe oefeningen</span>
        </label>
        <label className="choiceLabel">
          <input
            type="radio"
            name={`${formId}-mode`}
            checked={mode === 'fouten'}
            onChange={() => setChoice({ mode: 'fouten', chosen })}
          />
          <span>Oefen mijn fouten: alles wat de laatste keer niet (helemaal) goed was</span>
        </label>
      </fieldset>
      <LessonPicker
        legend="Uit welke lessen?"
        lessons={lessons}
        chosen={chosen}
        onChange={(next) => setChoice({ mode, chosen: next })}
      />
      <div className="exercise-actions">
        <button type="submit" className="button button-primary" disabled={planned.length === 0}>
          Start ({planned.length} {planned.length === 1 ? 'oefening' : 'oefeningen'})
        </button>
        {planned.length === 0 ? (
          <span className="exercise-note">
            {mode === 'fouten'
              ? 'Je hebt geen fouten om te oefenen in deze lessen.'
              : 'Er is nu niets aan de beurt in deze lessen.'}
          </span>
        ) : null}
      </div>
    </form>
  );
}
