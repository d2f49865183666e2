'use client';

// Shown when a page fails on the server, e.g. when the database cannot be reached. Nothing the
// student or teacher saved before is lost; the message says what to do.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="page page-notice">
      <p className="eyebrow">Er ging iets mis</p>
      <h1>Deze pagina kan nu niet worden geladen</h1>
      <p className="lead">
        De server kan de gegevens op dit moment niet lezen. Wat je eerder hebt opgeslagen, blijft bewaard. Probeer het over een
        paar minuten opnieuw.
      </p>
      <p>
        <button type="button" className="button button-primary" onClick={reset}>
          Probeer opnieuw
        </button>
      </p>
    </div>
  );
}
