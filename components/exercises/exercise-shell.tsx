'use client';

import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Score } from '@/lib/scoring';
import { formatPoints } from '@/lib/format/points';
import './exercise.css';

/** The result box's colour per verdict. */
const RESULT_CLASS = { goed: 'resultGoed', deels: 'resultDeels', fout: 'resultFout', zelf: 'resultZelf' };

export type ShellStatus = 'answering' | 'checking' | 'checked';

/**
 * Where an exercise stands in its lesson ("Oefening 3 van 12"), and the part of the lesson a first
 * wrong check points back to when the exercise has no hint of its own; set by the lesson only.
 */
export type ExercisePosition = { index: number; total: number; pointer?: ReactNode };
export const ExercisePositionContext = createContext<ExercisePosition | null>(null);

/** The props every exercise component takes: its public view, the rendered Markdown and a checker. */
export type ExerciseProps<P, R> = {
  exercise: P;
  prompt: ReactNode;
  explanation?: ReactNode;
  hint?: ReactNode;
  /** Scores a response: in the browser for practice, on the server for a graded assignment. */
  check: (response: R) => Promise<Score>;
  /** The response that earns full credit, for "Toon antwoord"; absent when the student may not see it. */
  solution?: R;
  /** In a test the exercise has no Controleer of its own: it reports its answer, and shows the score it is given. */
  test?: TestMode<R>;
  /** An answer to start from (a test restored after a reload). */
  initialResponse?: R;
};

/** How a test (Eindtoets) drives an exercise: it collects responses and hands back scores at the end. */
export type TestMode<R> = { onResponse: (response: R | null) => void; score: Score | null; reveal?: boolean };

/** Number of parts a score counts as right. */
export const rightParts = (score: Score) => score.parts.filter((part) => part.correct).length;

/**
 * What the shell tells the exercise inside it, so it can show per-part feedback. `tries` counts the
 * checks in this view: from the second one on, an exercise may say more (where a step belongs).
 */
export type ShellView = { status: ShellStatus; score: Score | null; revealed: boolean; promptId: string; tries: number };

/** Shown after a first wrong check when the exercise has no hint of its own. */
export const FALLBACK_HINT = 'Kijk welke delen fout zijn. Lees het stuk van de les hierover nog eens en probeer het opnieuw.';
/** Shown on the result of a retry in the same view (docs/feedback-and-mastery.md). */
export const RETRY_NOTE = 'Telt niet mee voor je voortgang; je oefent dit later opnieuw.';

type Props<R> = {
  /** What the student does, e.g. "Kies één antwoord". */
  instruction: string;
  prompt: ReactNode;
  hint?: ReactNode;
  explanation?: ReactNode;
  /** The current response, or null while the student has not answered: Controleer stays disabled. */
  response: R | null;
  /** Scores a response: in the browser for practice, on the server for a graded assignment. */
  check: (response: R) => Promise<Score>;
  /** Clears the wrong parts (`mistakes`) or everything (`all`). */
  onRetry: (mode: 'mistakes' | 'all', score: Score | null) => void;
  /** Whether "Toon antwoord" is offered. */
  canReveal: boolean;
  /** Shown next to the disabled Controleer while there is no response. */
  emptyNote?: string;
  /** One line explaining the score item by item, e.g. "4 van 6 op de goede plek". */
  summary?: (score: Score) => string;
  /** Shown after Toon antwoord, e.g. "Zo is de goede volgorde." */
  revealNote?: string;
  /** The label of the check button (default "Controleer"). */
  checkLabel?: string;
  /** A self-checked exercise (open): the result names no verdict, only what was ticked. */
  selfCheck?: boolean;
  test?: TestMode<R>;
  children: (view: ShellView) => ReactNode;
};

/**
 * The frame every exercise shares: prompt, Controleer, result, Opnieuw, Toon antwoord. A first wrong
 * check shows the marks and a hint, not the explanation (it holds the answer); the explanation comes
 * when the answer is right, from the second check on, or with Toon antwoord. A test shows it once scored.
 */
export function ExerciseShell<R>({
  instruction,
  prompt,
  hint,
  explanation,
  response,
  check,
  onRetry,
  canReveal,
  emptyNote = 'Kies eerst een antwoord.',
  summary,
  revealNote = 'Het juiste antwoord is nu gemarkeerd.',
  checkLabel = 'Controleer',
  selfCheck = false,
  test,
  children,
}: Props<R>) {
  const promptId = useId();
  const position = useContext(ExercisePositionContext);
  const [ownStatus, setStatus] = useState<ShellStatus>('answering');
  const [ownScore, setScore] = useState<Score | null>(null);
  const [ownRevealed, setRevealed] = useState(false);
  // Checks done in this view (a test counts none: it is scored once, from outside).
  const [tries, setTries] = useState(0);
  // In a test the score comes from outside, once the whole test is handed in.
  const score = test ? test.score : ownScore;
  // A reviewed test shows the right answer wherever the student's was not fully right.
  const revealed = ownRevealed || (test?.reveal === true && score !== null && !score.correct);
  const status: ShellStatus = test ? (test.score ? 'checked' : 'answering') : ownStatus;
  const responseKey = JSON.stringify(response);
  const report = test?.onResponse;
  useEffect(() => {
    report?.(responseKey === undefined || responseKey === 'null' ? null : (JSON.parse(responseKey) as R));
  }, [responseKey, report]);
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  async function handleCheck() {
    if (response === null || status !== 'answering') return;
    setStatus('checking');
    setError(null);
    try {
      setScore(await check(response));
      setTries((value) => value + 1);
      setStatus('checked');
      focusResult();
    } catch {
      setStatus('answering');
      setError('Controleren is niet gelukt. Je antwoord staat er nog. Probeer het opnieuw.');
    }
  }

  function handleRetry(mode: 'mistakes' | 'all') {
    onRetry(mode, score);
    setScore(null);
    setRevealed(false);
    setStatus('answering');
    requestAnimationFrame(() =>
      bodyRef.current?.querySelector<HTMLElement>('input:not([disabled]), button:not([disabled]), select')?.focus(),
    );
  }

  function handleReveal() {
    setRevealed(true);
    setStatus('checked');
    focusResult();
  }

  const checked = status === 'checked';
  // Opnieuw keeps the right parts; when there are any, offer a clean start too.
  const keepsParts = score !== null && !score.correct && score.parts.some((part) => part.correct || part.inSequence);
  // The explanation gives the answer away: not after a first wrong check, which gets a hint instead.
  const explained = test !== undefined || revealed || selfCheck || score?.correct === true || tries >= 2;
  const hinted = !explained && score !== null;
  const verdict = score === null ? null : selfCheck ? 'zelf' : score.correct ? 'goed' : score.fraction > 0 ? 'deels' : 'fout';
  const verdictText = { goed: 'Goed!', deels: 'Deels goed.', fout: 'Nog niet goed.', zelf: 'Nagekeken.' };
  const verdictIcon = { goed: '✓', deels: '◐', fout: '✗', zelf: '✎' };

  return (
    <section className="exercise" aria-labelledby={promptId} data-exercise>
      <p className="exerciseKicker">
        <span aria-hidden="true">✎</span> Oefening{position ? ` ${position.index} van ${position.total}` : ''} · {instruction}
      </p>
      <div id={promptId} className="exercisePrompt" data-prompt>
        {prompt}
      </div>
      {hint && status === 'answering' && !test ? (
        <details className="exerciseHint">
          <summary>Hint</summary>
          {hint}
        </details>
      ) : null}
      <div ref={bodyRef}>{children({ status, score, revealed, promptId, tries })}</div>
      {test && !checked ? null : !checked ? (
        <div className="exercise-actions">
          <button
            type="button"
            className="button button-primary"
            data-check=""
            onClick={handleCheck}
            disabled={response === null || status === 'checking'}
          >
            {status === 'checking' ? 'Bezig met controleren…' : checkLabel}
          </button>
          {response === null ? <span className="exercise-note">{emptyNote}</span> : null}
          {error ? (
            <p className="exerciseError" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : (
        <div
          ref={resultRef}
          tabIndex={-1}
          className={verdict && score ? `exerciseResult ${RESULT_CLASS[verdict]}` : 'exerciseResult'}
          data-verdict={verdict ?? 'toon'}
        >
          {score ? (
            <p className="resultVerdict">
              <span className="resultIcon" aria-hidden="true">
                {verdictIcon[verdict!]}
              </span>
              <strong>{verdictText[verdict!]}</strong>{' '}
              <span className="resultScore">Score: {formatPoints(score.points, score.maxPoints)}</span>
            </p>
          ) : null}
          {score && summary ? <p className="resultSummary">{summary(score)}</p> : null}
          {revealed ? (
            <p className="resultReveal" data-reveal>
              {revealNote}
            </p>
          ) : null}
          {hinted ? (
            <div className="resultHint" data-hint>
              <p className="resultExplanationTitle">Hint</p>
              {hint ? <p>{hint}</p> : <p>{position?.pointer ?? FALLBACK_HINT}</p>}
              <p>Kies Opnieuw en probeer het nog een keer. Daarna krijg je de uitleg.</p>
            </div>
          ) : null}
          {!test && tries >= 2 ? (
            <p className="resultNote" data-retry-note>
              {RETRY_NOTE}
            </p>
          ) : null}
          {explanation && explained ? (
            <div className="resultExplanation">
              <p className="resultExplanationTitle">Uitleg</p>
              {explanation}
            </div>
          ) : null}
          {test ? null : (
            <div className="exercise-actions">
              <button type="button" className="button" onClick={() => handleRetry('mistakes')}>
                Opnieuw
              </button>
              {keepsParts ? (
                <button type="button" className="button" onClick={() => handleRetry('all')}>
                  Helemaal opnieuw
                </button>
              ) : null}
              {canReveal && !revealed && !score?.correct ? (
                <button type="button" className="button" onClick={handleReveal}>
                  Toon antwoord
                </button>
              ) : null}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
