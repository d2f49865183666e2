'use client';

/** Loads the page the student asked for again: with a connection back, it now comes from the server. */
export function RetryButton() {
  return (
    <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
      Opnieuw proberen
    </button>
  );
}
