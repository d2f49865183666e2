'use client';

import { useState, type FormEvent } from 'react';
import { FIELD_MAX } from '@/lib/assignments/limits';
import { sendJson } from './post-json';
import { showServerState } from './reload';

/** Name (and optionally a student number), nothing more: no e-mail, no account. */
export function JoinForm({ code }: { code: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const sent = await sendJson(`/api/opdracht/${code}/deelnemen`, 'POST', {
      displayName: String(form.get('displayName') ?? ''),
      studentNumber: String(form.get('studentNumber') ?? ''),
    });
    setBusy(false);
    if (sent.ok) showServerState();
    else setError(sent.error);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className="form-field">
        <label htmlFor="displayName">Je naam</label>
        <p className="form-hint" id="displayName-hint">
          Zo ziet je docent wie je bent. Je voornaam en de eerste letter van je achternaam is genoeg.
        </p>
        <input
          id="displayName"
          name="displayName"
          autoComplete="given-name"
          required
          maxLength={FIELD_MAX.displayName}
          aria-describedby="displayName-hint"
        />
      </div>
      <div className="form-field">
        <label htmlFor="studentNumber">Studentnummer (mag je leeg laten)</label>
        <input id="studentNumber" name="studentNumber" inputMode="numeric" autoComplete="off" maxLength={FIELD_MAX.studentNumber} />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Even geduld…' : 'Begin met de opdracht'}
      </button>
    </form>
  );
}
