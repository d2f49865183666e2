import { useEffect, useMemo, useRef, useState } from 'react';
import { HandInBar } from '@/components/questions/hand-in-bar';
import { useAnswerSet } from '@/components/questions/use-answer-set';
import type { PackageData } from '@/lib/lms/package';
import { lessonLine, quizVerdict, resultsByLesson } from '@/lib/lms/results';
import type { Session } from '@/lib/lms/runtime';
import { score, type Score } from '@/lib/scoring';
import { hasResponseShape } from '@/lib/scoring/shape';
import { PackageExercise } from './package-exercise';

/** Typing is saved this long after the last key (choices at once): a commit per key would flood the LMS. */
export const TYPING_DELAY_MS = 800;
const TYPED = new Set(['fill-blanks', 'open']);

/** Runs `save` for what is still waiting (leaving the page). */
export type Flush = () => void;

/**
 * A quiz (the Eindtoets, an assignment's exercise set): every question, each answer saved to the LMS
 * as it is given, handed in with Afronden, then the result, per lesson, against the pass mark.
 */
export function Quiz({ data, session, onFlush }: { data: PackageData; session: Session; onFlush: (flush: Flush) => void }) {
  const ids = useMemo(() => data.items.map((_, index) => String(index)), [data.items]);
  const [done, setDone] = useState(session.state.done);
  const [finished, setFinished] = useState(false);
  const timers = useRef(new Map<number, { timer: ReturnType<typeof setTimeout>; response: unknown }>());

  const saveNow = (index: number, response: unknown) => {
    const waiting = timers.current.get(index);
    if (waiting) clearTimeout(waiting.timer);
    timers.current.delete(index);
    session.record(index, response ?? null);
  };
  const flush = () => {
    for (const [index, { response }] of [...timers.current]) saveNow(index, response);
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => onFlush(() => flushRef.current()), [onFlush]);

  const initial = useMemo(
    () =>
      Object.fromEntries(session.state.answers.flatMap((answer, index) => (answer === null ? [] : [[String(index), answer]]))),
    [session],
  );
  const answers = useAnswerSet({
    ids,
    initial,
    accept: (id, response) => hasResponseShape(data.items[Number(id)]!.exercise.type, response),
    onChange: (responses, changed) => {
      const index = Number(changed);
      const response = responses[changed] ?? null;
      if (TYPED.has(data.items[index]!.exercise.type) && response !== null) {
        const waiting = timers.current.get(index);
        if (waiting) clearTimeout(waiting.timer);
        timers.current.set(index, { response, timer: setTimeout(() => saveNow(index, response), TYPING_DELAY_MS) });
      } else saveNow(index, response);
    },
    onHandIn: () => {
      flush();
      session.handIn();
      session.finish(true);
      setDone(true);
      setFinished(true);
      requestAnimationFrame(() => document.getElementById('kr-resultaat')?.focus());
    },
  });

  const scores: Record<string, Score> | null = done
    ? Object.fromEntries(
        data.items.map((item, index) => [String(index), score(item.exercise, session.state.answers[index] ?? null)]),
      )
    : null;
  const progress = session.progress();
  const lessons = done ? resultsByLesson(data.items, session.state.answers, session.mastery) : [];

  return (
    <>
      {done ? (
        <section className="kr-result" id="kr-resultaat" tabIndex={-1} aria-labelledby="kr-resultaat-kop" data-resultaat>
          <h2 id="kr-resultaat-kop">Je resultaat</h2>
          <p className="kr-total" data-verdict={progress.success}>
            {quizVerdict(progress, session.mastery)}
          </p>
          {lessons.length > 1 ? (
            <>
              <h3>Per les</h3>
              <ul className="kr-lessons">
                {lessons.map((lesson) => (
                  <li key={lesson.slug} data-les-resultaat={lesson.slug}>
                    <strong>{lesson.title}</strong>: {lessonLine(lesson)}
                    {lesson.review ? <span className="kr-review"> Lees deze les nog eens.</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p>
            {!session.stored
              ? 'Dit is een oefenversie: je resultaat is nergens opgeslagen.'
              : session.mode !== 'normal'
                ? 'Je bekijkt dit alleen: er is geen cijfer opgeslagen.'
                : finished || session.isFinished
                  ? 'Je resultaat staat in je leeromgeving. Je kunt dit venster sluiten.'
                  : 'Je hebt dit al ingeleverd. Je resultaat staat in je leeromgeving.'}
          </p>
        </section>
      ) : null}
      <ol className="kr-questions">
        {data.items.map((item, index) => (
          <li key={ids[index]} className="test-question">
            <p className="kr-number">
              Vraag {index + 1} van {data.items.length}
            </p>
            <PackageExercise
              item={item}
              quiz
              initialResponse={answers.restored[ids[index]!]}
              test={{ onResponse: answers.reporters[ids[index]!]!, score: scores?.[ids[index]!] ?? null, reveal: done }}
            />
          </li>
        ))}
      </ol>
      {done ? null : (
        <HandInBar answers={answers} total={data.items.length} label="Afronden" continueLabel="Verder met de vragen" />
      )}
    </>
  );
}
