'use client';

import type { FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import formStyles from '@/components/ui/form.module.css';
import { FIELD_MAX } from '@/lib/assignments/limits';
import { usePostThenReload } from './use-post-then-reload';

/** Name (and optionally a student number), nothing more: no e-mail, no account. */
export function JoinForm({ code }: { code: string }) {
  const { post, error, busy } = usePostThenReload(`/api/opdracht/${code}/deelnemen`);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void post({
      displayName: String(form.get('displayName') ?? ''),
      studentNumber: String(form.get('studentNumber') ?? ''),
    });
  }

  return (
    <form className={formStyles.form} onSubmit={onSubmit} noValidate>
      <div className={formStyles.formField}>
        <label htmlFor="displayName">Je naam</label>
        <p className={formStyles.formHint} id="displayName-hint">
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
      <div className={formStyles.formField}>
        <label htmlFor="studentNumber">Studentnummer (mag je leeg laten)</label>
        <input
          id="studentNumber"
          name="studentNumber"
          inputMode="numeric"
          autoComplete="off"
          maxLength={FIELD_MAX.studentNumber}
        />
      </div>
      <FormError>{error}</FormError>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Even geduld…' : 'Begin met de opdracht'}
      </button>
    </form>
  );
}
