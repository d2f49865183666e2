'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import { checkCode } from '@/app/opdracht/check-code';
import { FormError } from '@/components/ui/form-error';
import formStyles from '@/components/ui/form.module.css';
import { normalizeCode } from '@/lib/assignments/code';
import { CODE_FORMAT_ERROR } from './code-text';

/**
 * The field for a teacher's code, on the home page and on /opdracht. With JavaScript the code is
 * checked where it was typed: a wrong one gets its error under the field and keeps what was typed,
 * a right one opens the assignment. Without JavaScript it is a plain form to /opdracht, which
 * answers the same way (app/opdracht/page.tsx).
 */
export function CodeForm({
  label = 'Code',
  typed = '',
  error: serverError = null,
  submitLabel = 'Naar de opdracht',
}: {
  label?: string;
  /** What was typed, when /opdracht answers a wrong code. */
  typed?: string;
  error?: string | null;
  submitLabel?: string;
}) {
  const id = useId();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(serverError);
  const [busy, setBusy] = useState(false);

  function fail(message: string) {
    setError(message);
    setBusy(false);
    input.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = input.current?.value ?? '';
    if (!normalizeCode(value)) return fail(CODE_FORMAT_ERROR);
    setBusy(true);
    setError(null);
    try {
      const result = await checkCode(value);
      if (!result.ok) return fail(result.error);
      router.push(`/opdracht/${result.code}`);
    } catch {
      fail('De code kon niet worden gecontroleerd. Kijk of je internet hebt en probeer het opnieuw.');
    }
  }

  return (
    <form className={formStyles.form} action="/opdracht" method="get" noValidate onSubmit={onSubmit} data-code-form>
      <div className={formStyles.formField}>
        <label htmlFor={`${id}-code`}>{label}</label>
        <p className={formStyles.formHint} id={`${id}-hint`}>
          Je docent geeft je een code van zes tekens, bijvoorbeeld K7M2PQ. Hoofdletters of kleine letters maakt niet uit.
        </p>
        <input
          ref={input}
          id={`${id}-code`}
          name="code"
          className={formStyles.codeInput}
          defaultValue={typed}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <FormError id={`${id}-error`}>{error}</FormError>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Even geduld…' : submitLabel}
      </button>
    </form>
  );
}
