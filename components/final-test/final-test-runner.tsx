'use client';

import Link from '@/components/ui/link';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatPercentWords } from '@/lib/format/percent';
import { formatPoints } from '@/lib/format/points';
import { HandInBar } from '@/components/questions/hand-in-bar';
import type { Question } from '@/components/questions/question';
import { QuestionList } from '@/components/questions/question-list';
import { useAnswerSet } from '@/components/questions/use-answer-set';
import { score, type Score } from '@/lib/scoring';
import { hasResponseShape } from '@/lib/scoring/shape';
import questionStyles from '@/components/questions/questions.module.css';

/** Below this share of the points, the result advises reading the lesson again… */
const REVIEW_BELOW = 0.7;
/** …but only when the lesson had at least this many questions: one missed question says little. */
const ADVICE_FROM = 3;

/** The advice for one lesson's row of the result. */
export function adviceFor(points: number, max: number, questions: number): string {
  if (questions < ADVICE_FROM) return 'Te weinig vragen voor een advies.';
  return max > 0 && points / max < REVIEW_BELOW ? 'Lees deze les nog eens door.' : 'Goed gedaan.';
}

/**
 * The final test: every question reports its answer here; nothing is scored until the student
 * hands the test in. Then every question shows its feedback, and a table gives the result per lesson.
 */
type Options = {
  questions: Question<'browser'>[];
  /** Answers to start from (a test restored after a reload). */
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
  /** Shown at the top of the result, e.g. that the time ran out. */
  resultNotice?: ReactNode;
};

export function FinalTestRunner({
  questions,
  initialResponses,
  onResponses,
  onScored,
  forceHandIn,
  reveal,
  onRestart,
  resultNotice,
}: Options) {
  const [round, setRound] = useState(0);
  const [scores, setScores] = useState<Record<string, Score> | null>(null);
  const resultRef = useRef<HTMLElement>(null);
  const ids = useMemo(() => questions.map((question) => question.id), [questions]);
  const byId = useMemo(() => new Map(questions.map((question) => [question.id, question.exercise])), [questions]);

  const answers = useAnswerSet({
    ids,
    initial: initialResponses,
    // A saved answer is used only when it fits its question's type.
    accept: (id, response) => hasResponseShape(byId.get(id)!.type, response),
    onChange: (responses) => onResponses?.(responses),
    onHandIn: (responses) => {
      const result = Object.fromEntries(questions.map(({ id, exercise }) => [id, score(exercise, responses[id] ?? null)]));
      setScores(result);
      onScored?.(result);
      requestAnimationFrame(() => resultRef.current?.focus());
    },
  });

  // The timer ran out: hand in as it is, without asking.
  const handInRef = useRef(answers.handIn);
  useEffect(() => {
    handInRef.current = answers.handIn;
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
    answers.reset();
    setRound((value) => value + 1);
    window.scrollTo({ top: 0 });
  }

  const perLesson = scores ? resultsPerLesson(questions, scores) : [];
  const total = scores ? Object.values(scores).reduce((sum, one) => sum + one.points, 0) : 0;
  const max = scores ? Object.values(scores).reduce((sum, one) => sum + one.maxPoints, 0) : 0;

  return (
    <>
      <QuestionList
        key={round}
        questions={questions}
        responses={answers.restored}
        reporters={answers.reporters}
        scores={scores}
        reveal={reveal}
      />

      {scores === null ? (
        <HandInBar answers={answers} total={questions.length} label="Lever de toets in" continueLabel="Verder met de toets" />
      ) : (
        <section ref={resultRef} tabIndex={-1} className={questionStyles.testResult} aria-labelledby="uitslag">
          <h2 id="uitslag">Jouw uitslag</h2>
          {resultNotice}
          <p className={questionStyles.testTotal}>
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
                  <td>{adviceFor(row.points, row.max, row.questions)}</td>
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

/** Points and maximum per lesson, in lesson order (questions without a lesson count only in the total). */
function resultsPerLesson(questions: Question[], scores: Record<string, Score>) {
  const rows = new Map<string, { slug: string; title: string; order: number; points: number; max: number; questions: number }>();
  for (const { id, lesson } of questions) {
    if (!lesson) continue;
    const row = rows.get(lesson.slug) ?? { ...lesson, points: 0, max: 0, questions: 0 };
    row.points += scores[id]!.points;
    row.max += scores[id]!.maxPoints;
    row.questions += 1;
    rows.set(lesson.slug, row);
  }
  return [...rows.values()].sort((a, b) => a.order - b.order);
}
