'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { FinalTestRunner } from '@/components/final-test/final-test-runner';
import { LessonPicker } from '@/components/practice/lesson-picker';
import { useProgressStatus, useProgressStore } from '@/components/progress/progress-provider';
import { randomId } from '@/components/progress/random-id';
import type { LessonRef, Question } from '@/components/questions/question';
import { formatDuration } from '@/lib/format/duration';
import { drawExam } from '@/lib/progress/exam';
import type { SlotValue } from '@/lib/progress/browser-state';
import practiceStyles from '@/components/practice/practice.module.css';
import styles from './practice-exam.module.css';
import '@/components/exercises/exercise.css';

const LENGTHS = [10, 20, 30] as const;
/** Time per question when the timer is on. */
const SECONDS_PER_QUESTION = 90;
/** In the last minute the timer turns red and says "Nog 1 minuut". */
const LAST_MINUTE = 60;
/** The timer turns amber when this share of the time is left, or two minutes if that is more. */
const AMBER_SHARE = 0.2;
const AMBER_AT_LEAST = 120;

/** How urgent the time left is: calm, amber (the last fifth), red (the last minute). */
export function urgencyOf(left: number, total: number): 'rustig' | 'oranje' | 'rood' {
  if (left <= LAST_MINUTE) return 'rood';
  return left <= Math.max(AMBER_AT_LEAST, total * AMBER_SHARE) ? 'oranje' : 'rustig';
}

/** Answers that count as given: present and not empty. */
const answeredIn = (responses: Record<string, unknown>) =>
  Object.values(responses).filter((response) => response !== null && response !== undefined).length;

/** An exam in progress, kept by the progress store on every answer so a reload continues it. */
type SavedExam = SlotValue<'practiceExam'>;

/** A saved exam this page can continue: its lessons still exist and its length is offered. */
const canContinue = (exam: SavedExam, known: Set<string>) =>
  exam.lessons.every((slug) => known.has(slug)) && (LENGTHS as readonly number[]).includes(exam.length);

/** The proeftoets: choose lessons, a length and a timer; no feedback until the end; survives a reload. */
export function PracticeExam({ questions, lessons }: { questions: Question<'browser'>[]; lessons: LessonRef[] }) {
  const formId = useId();
  const store = useProgressStore();
  // The saved exam is read once the store is there (after hydration); without a store nothing is saved.
  const status = useProgressStatus();
  const ready = status !== 'loading';
  const [local, setExam] = useState<SavedExam | null | undefined>(undefined);
  const restored = useMemo(() => {
    const saved = store?.getState().readSlot('practiceExam') ?? null;
    return saved && canContinue(saved, new Set(lessons.map((lesson) => lesson.slug))) ? saved : null;
  }, [store, lessons]);
  const exam = local !== undefined ? local : restored;

  const [chosen, setChosen] = useState(() => lessons.map((lesson) => lesson.slug));
  const [length, setLength] = useState<number>(10);
  const [timed, setTimed] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [finished, setFinished] = useState(false);
  const [timeUp, setTimeUp] = useState(false);
  // Answers given so far, for "7 van 10 beantwoord"; undefined until the first change (then the saved ones count).
  const [answered, setAnswered] = useState<number | undefined>(undefined);

  function save(next: SavedExam | null) {
    if (next) store?.getState().writeSlot('practiceExam', next);
    else store?.getState().clearSlot('practiceExam');
  }

  // The questions of this exam: the same for the same seed, computed once per exam.
  const drawn = useMemo(() => {
    if (!exam) return [];
    const pools = exam.lessons.map((slug) => ({
      lesson: slug,
      ids: questions.filter((question) => question.exercise.topic === slug).map((question) => question.id),
    }));
    return drawExam(pools, exam.length, exam.seed).map((id) => questions.find((question) => question.id === id)!);
  }, [exam, questions]);

  useEffect(() => {
    if (!exam?.deadline || finished) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [exam?.deadline, finished]);

  if (!ready) return <p>De proeftoets wordt geladen…</p>;

  if (!exam) {
    const available = questions.filter((question) => chosen.includes(question.exercise.topic)).length;
    return (
      <form
        className={practiceStyles.practiceSetup}
        data-practice-setup
        onSubmit={(event) => {
          event.preventDefault();
          const started: SavedExam = {
            seed: randomId(8),
            lessons: chosen,
            length,
            deadline: timed ? new Date(Date.now() + length * SECONDS_PER_QUESTION * 1000).toISOString() : null,
            responses: {},
          };
          save(started);
          setNow(Date.now());
          setFinished(false);
          setTimeUp(false);
          setAnswered(0);
          setExam(started);
        }}
      >
        <LessonPicker legend="Over welke lessen?" lessons={lessons} chosen={chosen} onChange={setChosen} />
        <fieldset>
          <legend>Hoeveel vragen?</legend>
          {LENGTHS.map((option) => (
            <label key={option} className="choiceLabel">
              <input type="radio" name={`${formId}-length`} checked={length === option} onChange={() => setLength(option)} />
              <span>{option} vragen</span>
            </label>
          ))}
        </fieldset>
        <label className="choiceLabel">
          <input type="checkbox" checked={timed} onChange={(event) => setTimed(event.target.checked)} />
          <span>
            Met tijd: {formatDuration(length * SECONDS_PER_QUESTION)} minuten. Als de tijd om is, lever je automatisch in.
          </span>
        </label>
        <div className="exercise-actions">
          <button type="submit" className="button button-primary" disabled={chosen.length === 0}>
            Start de proeftoets
          </button>
          {chosen.length === 0 ? <span className="exercise-note">Kies minstens één les.</span> : null}
          {chosen.length > 0 && available < length ? (
            <span className="exercise-note">Deze lessen hebben {available} vragen; je krijgt ze allemaal.</span>
          ) : null}
        </div>
      </form>
    );
  }

  const left = exam.deadline ? Math.max(0, Math.round((Date.parse(exam.deadline) - now) / 1000)) : null;
  const urgency = left === null ? null : urgencyOf(left, exam.length * SECONDS_PER_QUESTION);
  const answeredCount = answered ?? answeredIn(exam.responses);

  return (
    <>
      {!finished ? (
        // Sticky, one line, and the page keeps its height free above anything scrolled or tabbed to
        // (scroll-padding in the module CSS), so it never covers a question.
        <div className={styles.examBar} data-exam-bar data-urgency={urgency ?? undefined}>
          {left !== null ? (
            <p className={styles.examTimer} role="timer" aria-live="off">
              <span aria-hidden="true">{urgency === 'rustig' ? '⏱' : '⚠'}</span>{' '}
              {left <= LAST_MINUTE ? (
                <>
                  <strong>Nog 1 minuut</strong> ({formatDuration(left)})
                </>
              ) : (
                <>
                  Nog <strong>{formatDuration(left)}</strong>
                </>
              )}
            </p>
          ) : null}
          <p className={styles.examCount}>
            {answeredCount} van {drawn.length} beantwoord
          </p>
          {/* A screen reader hears the time only at these moments, not every second. */}
          <p className="visually-hidden" role="status">
            {left === null ? '' : left <= LAST_MINUTE ? 'Nog 1 minuut.' : left <= 300 ? 'Nog 5 minuten.' : ''}
          </p>
        </div>
      ) : null}
      <FinalTestRunner
        key={exam.seed}
        questions={drawn}
        initialResponses={exam.responses}
        onResponses={(responses) => {
          const next = { ...exam, responses };
          setAnswered(answeredIn(responses));
          save(next);
        }}
        forceHandIn={left === 0}
        resultNotice={
          timeUp ? (
            <p role="alert" className={styles.timeUp} data-time-up>
              <strong>De tijd is om.</strong> Je toets is vanzelf ingeleverd, met de antwoorden die je had gegeven.
            </p>
          ) : null
        }
        reveal
        onScored={(scores) => {
          const values = Object.values(scores);
          // Keep showing this exam (and its review) although it is no longer saved as in progress.
          setExam(exam);
          save(null);
          setFinished(true);
          if (left === 0) setTimeUp(true);
          store?.getState().finishExam({
            at: new Date().toISOString(),
            points: values.reduce((sum, one) => sum + one.points, 0),
            maxPoints: values.reduce((sum, one) => sum + one.maxPoints, 0),
            questions: values.length,
            lessons: exam.lessons,
          });
        }}
        onRestart={() => {
          save(null);
          setExam(null);
          setTimeUp(false);
          setAnswered(undefined);
          window.scrollTo({ top: 0 });
        }}
      />
    </>
  );
}
