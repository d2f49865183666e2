'use client';

import Link from '@/components/ui/link';
import { useId, useRef, useState } from 'react';
import { useProgress } from '@/components/progress/progress-provider';
import { formatWeekdayDayTime } from '@/lib/format/dates';
import type { Question } from '@/components/questions/question';
import { QuestionView } from '@/components/questions/question-list';
import { LessonPicker } from './lesson-picker';
import { countOf } from '@/lib/format/plural';
import { summarizeMastery } from '@/lib/progress/mastery';
import { newItemsOpen, sessionSummary, summaryText } from '@/lib/progress/practice-pool';
import { dueStatus, practiceQueue } from '@/lib/progress/spaced-repetition';
import { streakText, weekStreak } from '@/lib/progress/streak';
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
 * New exercises come only from lessons the student has opened; everything tried before comes back
 * when it is due. The session ends with what was right and when it comes back. A weekly streak
 * ("4 van 7 dagen") rewards practising regularly; there are no points for speed, no lives, no ranking.
 */
export function PracticeSession({ items, lessons }: { items: Question<'browser'>[]; lessons: LessonRef[] }) {
  const formId = useId();
  const progress = useProgress((state) => (state.loaded ? state.progress : null), null);
  const [{ mode, chosen }, setChoice] = useState(() => initialChoice(lessons));
  const [queue, setQueue] = useState<string[] | null>(null);
  const [position, setPosition] = useState(0);
  const [started, setStarted] = useState<Date | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const byId = new Map(items.map((item) => [item.id, item]));

  if (!progress) return <p>Je voortgang wordt geladen…</p>;

  const chosenItems = items.filter((item) => chosen.includes(item.exercise.topic));
  const ids = chosenItems.map((item) => item.id);
  const now = new Date();
  const status = dueStatus(progress, ids, now);
  const mistakes = summarizeMastery(progress, ids).mistakes;
  const pool = newItemsOpen(
    progress,
    chosenItems.map((item) => ({ id: item.id, topic: item.exercise.topic })),
  );
  const planned = mode === 'fouten' ? mistakes : practiceQueue(progress, pool, now);
  const openedAny = lessons.some((lesson) => progress.lessons[lesson.slug]?.visitedAt !== undefined);
  const triedAny = items.some((item) => progress.exercises[item.id] !== undefined);
  const firstLesson = lessons[0];

  function start() {
    setQueue(planned);
    setPosition(0);
    setStarted(new Date());
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
          <p className={styles.practiceSummary}>{summaryText(sessionSummary(progress, queue, started ?? now, now))}</p>
          <p>
            Wat je fout had, komt sneller terug. {streakText(weekStreak(progress, now))} Kijk op{' '}
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

  if (!openedAny && !triedAny && firstLesson) {
    return (
      <p className={styles.practiceStatus}>
        Open eerst een les. Nieuwe oefeningen komen hier alleen uit lessen die je al hebt geopend. Begin met{' '}
        <Link href={`/lessen/${firstLesson.slug}`}>
          les {firstLesson.order}: {firstLesson.title}
        </Link>
      </p>
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
        Vandaag aan de beurt: <strong>{countOf(status.due, 'oefening', 'oefeningen')}</strong>.{' '}
        {status.next ? `Volgende herhaling: ${formatWeekdayDayTime(status.next)}.` : ''} Nog niet goed:{' '}
        <strong>{mistakes.length}</strong>.
      </p>
      <p className={styles.practiceStreak} data-streak>
        {streakText(weekStreak(progress, now))}
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
      <p>
        Liever de begrippen leren? <Link href="/begrippen/oefenen">Oefen de begrippen met flitskaarten</Link>.
      </p>
      <div className="exercise-actions">
        <button type="submit" className="button button-primary" disabled={planned.length === 0}>
          Start ({countOf(planned.length, 'oefening', 'oefeningen')})
        </button>
        {planned.length === 0 ? (
          <span className="exercise-note">
            {mode === 'fouten'
              ? 'Je hebt geen fouten om te oefenen in deze lessen.'
              : pool.length < ids.length
                ? 'Er is nu niets aan de beurt. Nieuwe oefeningen komen alleen uit lessen die je al hebt geopend.'
                : 'Er is nu niets aan de beurt in deze lessen.'}
          </span>
        ) : null}
      </div>
    </form>
  );
}
