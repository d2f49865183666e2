'use client';

import { useActionState } from 'react';
import { FormError } from '@/components/ui/form-error';
import formStyles from '@/components/ui/form.module.css';
import { FIELD_MAX, PASSWORD_MIN } from '@/lib/assignments/limits';
import { previous, type FormAction } from './form-state';

/** Log in or sign up: e-mail and password (and a name to sign up), with the server's message on error. */
export function AccountForm({
  action,
  signUp = false,
  askSchoolCode = false,
}: {
  action: FormAction;
  signUp?: boolean;
  /** Sign-up is closed with a code of the school (TEACHER_SIGNUP_CODE): ask for it. */
  askSchoolCode?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form className={formStyles.form} action={formAction}>
      {signUp ? (
        <div className={formStyles.formField}>
          <label htmlFor="name">Je naam</label>
          <input
            id="name"
            name="name"
            autoComplete="name"
            required
            maxLength={FIELD_MAX.teacherName}
            defaultValue={previous(state, 'name')}
          />
        </div>
      ) : null}
      <div className={formStyles.formField}>
        <label htmlFor="email">E-mailadres</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={FIELD_MAX.email}
          defaultValue={previous(state, 'email')}
        />
      </div>
      <div className={formStyles.formField}>
        <label htmlFor="password">Wachtwoord</label>
        {signUp ? (
          <p className={formStyles.formHint} id="password-hint">
            Minstens {PASSWORD_MIN} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.
          </p>
        ) : null}
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={signUp ? 'new-password' : 'current-password'}
          required
          minLength={signUp ? PASSWORD_MIN : undefined}
          maxLength={FIELD_MAX.password}
          aria-describedby={signUp ? 'password-hint' : undefined}
        />
      </div>
      {askSchoolCode ? (
        <div className={formStyles.formField}>
          <label htmlFor="schoolCode">Aanmeldcode van je school</label>
          <p className={formStyles.formHint} id="school-code-hint">
            Alleen docenten maken hier een account. De code krijg je van de beheerder van Klantreis op je school.
          </p>
          <input
            id="schoolCode"
            name="schoolCode"
            autoComplete="off"
            required
            maxLength={FIELD_MAX.schoolCode}
            aria-describedby="school-code-hint"
            defaultValue={previous(state, 'schoolCode')}
          />
        </div>
      ) : null}
      <FormError>{state.error}</FormError>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Even geduld…' : signUp ? 'Maak mijn account' : 'Log in'}
      </button>
    </form>
  );
}
