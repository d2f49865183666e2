'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PracticeExercise } from '@/components/exercises/practice-exercise';
import { formatPercentWords, formatPoints } from '@/lib/format/numbers';
import { score, type Exercise, type Score } from '@/lib/scoring';
import { hasResponseShape } from '@/lib/scoring/shape';
import { HandInBar, TestQuestion } from './hand-in-bar';

export type Question = {
  exercise: Exercise;
  lesson: { slug: string; title: string; order: number };
  prompt: ReactNode;
  explanation: ReactNode;
  statement?: ReactNode;
};

/** Below this share of the points, the result advises reading the lesson again. */
const REVIEW_BELOW = 0.7;

/**
 * The final test: every question reports its answer here; nothing is scored until the student
 * hands the test in. Then every question shows its feedback, and a table gives the result per lesson.
 */
type Options = {
  questions: Question[];
  /** Answers to start from (an exam restored after a reload). */
  initialResponses?: Record<string, unknown>;
  /** Called with every change of the answers, to save them. */
  onResponses?: (responses: Record<string, unknown>) => void;
  /** Called once when the test is handed in. */
  onScored?: (scores: Record<string, Score>) => void;
  /** Hand in now, without asking (the timer ran out). */
  forceHandIn?: boolean;
  /** After handing in, show the right answer wherever the student's was not fully right. */
  reveal?: boolean;
  /** Called by "Maak de toets opnieuw"; by default the same questions start over. */
  onRestart?: () => void;
};

export function FinalTestRunner({ questions, initialResponses, onResponses, onScored, forceHandIn, reveal, onRestart }: Options) {
  const [round, setRound] = useState(0);
  const [responses, setResponses] = useState<Record<string, unknown>>(initialResponses ?? {});
  const [scores, setScores] = useState<Record<string, Score> | null>(null);
  const [confirming, setConfirming] = useState(false);
  const resultRef = useRef<HTMLElement>(null);
  // Saved after each change (not inside the state update, which must stay free of side effects).
  const onResponsesRef = useRef(onResponses);
  useEffect(() => {
    onResponsesRef.current = onResponses;
  });
  useEffect(() => {
    onResponsesRef.current?.(responses);
  }, [responses]);

  // One stable callback per question, so an exercise reports only when its answer changes.
  const reporters = useMemo(
    () =>
      Object.fromEntries(
        questions.map(({ exercise }) => [
          exercise.id,
          (response: unknown) =>
            setResponses((previous) => {
              if (JSON.stringify(previous[exercise.id] ?? null) === JSON.stringify(response ?? null)) return previous;
              return { ...previous, [exercise.id]: response };
            }),
        ]),
      ),
    [questions],
  );

  const unanswered = questions.filter(({ exercise }) => responses[exercise.id] == null).length;

  function handIn(force = false) {
    if (unanswered > 0 && !confirming && !force) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const result = Object.fromEntries(
      questions.map(({ exercise }) => [exercise.id, score(exercise, responses[exercise.id] ?? null)]),
    );
    setScores(result);
    onScored?.(result);
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  // The timer ran out: hand in as it is, without asking.
  const handInRef = useRef(handIn);
  useEffect(() => {
    handInRef.current = handIn;
  });
  useEffect(() => {
    if (forceHandIn && scores === null) handInRef.current(true);
  }, [forceHandIn, scores]);

  function restart() {
    if (onRestart) {
      onRestart();
      return;
    }
    setScores(null);
    setResponses({});
    setRound((value) => value + 1);
    window.scrollTo({ top: 0 });
  }

  const perLesson = scores ? resultsPerLesson(questions, scores) : [];
  const total = scores ? Object.values(scores).reduce((sum, one) => sum + one.points, 0) : 0;
  const max = scores ? Object.values(scores).reduce((sum, one) => sum + one.maxPoints, 0) : 0;

  return (
    <>
      <ol className="test-questions" key={round}>
        {questions.map((question, index) => (
          <TestQuestion key={question.exercise.id} index={index} total={questions.length}>
            <PracticeExercise
              exercise={question.exercise}
              prompt={question.prompt}
              explanation={question.explanation}
              statement={question.statement}
              initialResponse={
                initialResponses && hasResponseShape(question.exercise.type, initialResponses[question.exercise.id])
                  ? initialResponses[question.exercise.id]
                  : undefined
              }
              test={{ onResponse: reporters[question.exercise.id]!, score: scores?.[question.exercise.id] ?? null, reveal }}
            />
          </TestQuestion>
        ))}
      </ol>

      {scores === null ? (
        <HandInBar
          unanswered={unanswered}
          total={questions.length}
          confirming={confirming}
          onHandIn={() => handIn()}
          onContinue={() => setConfirming(false)}
          label="Lever de toets in"
          continueLabel="Verder met de toets"
        />
      ) : (
        <section ref={resultRef} tabIndex={-1} className="test-result" aria-labelledby="uitslag">
          <h2 id="uitslag">Jouw uitslag</h2>
          <p className="test-total">
            Je score: <strong>{formatPoints(total, max)}</strong> ({formatPercentWords(total / max)}).
          </p>
          <table className="compare-table">
            <caption>Uitslag per les</caption>
            <thead>
              <tr>
                <th scope="col">Les</th>
                <th scope="col">Score</th>
                <th scope="col">Advies</th>
              </tr>
            </thead>
            <tbody>
              {perLesson.map((row) => (
                <tr key={row.slug}>
                  <th scope="row">
                    <Link href={`/lessen/${row.slug}`}>
                      Les {row.order}: {row.title}
                    </Link>
                  </th>
                  <td>{formatPoints(row.points, row.max)}</td>
                  <td>{row.points / row.max < REVIEW_BELOW ? 'Lees deze les nog eens door.' : 'Goed gedaan.'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            Bij elke vraag hierboven zie je nu wat goed en fout was, met uitleg
            {reveal ? ', en het juiste antwoord waar jouw antwoord niet helemaal goed was' : ''}.
          </p>
          <div className="exercise-actions">
            <button type="button" className="button" onClick={restart}>
              Maak de toets opnieuw
            </button>
          </div>
        </section>
      )}
    </>
  );
}

/** Points and maximum per lesson, in lesson order. */
function resultsPerLesson(questions: Question[], scores: Record<string, Score>) {
  const rows = new Map<string, { slug: string; title: string; order: number; points: number; max: number }>();
  for (const { exercise, lesson } of questions) {
    const row = rows.get(lesson.slug) ?? { ...lesson, points: 0, max: 0 };
    row.points += scores[exercise.id]!.points;
    row.max += scores[exercise.id]!.maxPoints;
    rows.set(lesson.slug, row);
  }
  return [...rows.values()].sort((a, b) => a.order - b.order);
}
