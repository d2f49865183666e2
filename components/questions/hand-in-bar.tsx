'use client';

import type { ReactNode } from 'react';
import { plural } from '@/lib/format/plural';
import type { AnswerSet } from './use-answer-set';
import styles from './questions.module.css';

type Props = {
  /** The answers (useAnswerSet): how many are open, whether it is asking, and handing in. */
  answers: Pick<AnswerSet, 'unanswered' | 'confirming' | 'handIn' | 'keepAnswering'>;
  total: number;
  /** "Lever de toets in", "Lever de opdracht in". */
  label: string;
  /** "Verder met de toets". */
  continueLabel: string;
  busy?: boolean;
  /** A problem with the last try (no connection, closed), shown as an alert. */
  error?: ReactNode;
};

/** The end of a test: how many questions are still open, a warning before handing in with gaps, and the button. */
export function HandInBar({
  answers: { unanswered, confirming, handIn, keepAnswering },
  total,
  label,
  continueLabel,
  busy = false,
  error,
}: Props) {
  return (
    <div className={styles.testHandIn} data-hand-in>
      <p>
        {unanswered === 0
          ? 'Je hebt alle vragen beantwoord.'
          : `Nog ${unanswered} van de ${total} ${plural(total, 'vraag', 'vragen')} zonder antwoord.`}
      </p>
      {confirming ? (
        <p role="alert" className={styles.testConfirm}>
          Een vraag zonder antwoord telt als 0 punten. Wil je toch inleveren?
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="exercise-actions">
        <button type="button" className="button button-primary" onClick={() => handIn()} disabled={busy}>
          {busy ? 'Bezig met inleveren…' : confirming ? 'Toch inleveren' : label}
        </button>
        {confirming ? (
          <button type="button" className="button" onClick={keepAnswering}>
            {continueLabel}
          </button>
        ) : null}
      </div>
    </div>
  );
}
