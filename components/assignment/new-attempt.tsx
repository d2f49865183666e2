'use client';

import { useState } from 'react';
import { sendJson } from './post-json';
import { showServerState } from './reload';

/** Starts the next attempt (the server checks that one is left). */
export function NewAttemptButton({ code, number }: { code: string; number: number }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="exercise-actions">
      <button
        type="button"
        className="button button-primary"
        onClick={async () => {
          const sent = await sendJson(`/api/opdracht/${code}/poging`, 'POST', {});
          if (sent.ok) showServerState();
          else setError(sent.error);
        }}
      >
        Begin poging {number}
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
