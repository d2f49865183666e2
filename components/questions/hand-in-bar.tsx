'use client';

import type { ReactNode } from 'react';

type Props = {
  unanswered: number;
  total: number;
  /** Asking "hand in anyway?" because some questions have no answer. */
  confirming: boolean;
  onHandIn: () => void;
  onContinue: () => void;
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
  unanswered,
  total,
  confirming,
  onHandIn,
  onContinue,
  label,
  continueLabel,
  busy = false,
  error,
}: Props) {
  return (
    <div className="test-hand-in">
      <p>{unanswered === 0 ? 'Je hebt alle vragen beantwoord.' : `Nog ${unanswered} van de ${total} vragen zonder antwoord.`}</p>
      {confirming ? (
        <p role="alert" className="test-confirm">
          Een vraag zonder antwoord telt als 0 punten. Wil je toch inleveren?
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="exercise-actions">
        <button type="button" className="button button-primary" onClick={onHandIn} disabled={busy}>
          {busy ? 'Bezig met inleveren…' : confirming ? 'Toch inleveren' : label}
        </button>
        {confirming ? (
          <button type="button" className="button" onClick={onContinue}>
            {continueLabel}
          </button>
        ) : null}
      </div>
    </div>
  );
}
