'use client';

import { useActionState } from 'react';
import { FormError } from '@/components/ui/form-error';
import formStyles from '@/components/ui/form.module.css';
import { previous, type FormAction } from './form-state';

const FIELDS = [
  { name: 'name', label: 'Naam', hint: 'Voor jezelf, bijvoorbeeld "Moodle van onze school".', type: 'text' },
  {
    name: 'issuer',
    label: 'Issuer (platform-id)',
    hint: 'Het adres van het LMS zelf, bijvoorbeeld https://moodle.school.nl.',
    type: 'url',
  },
  { name: 'clientId', label: 'Client-id', hint: 'Dit geeft het LMS als je Klantreis daar als tool toevoegt.', type: 'text' },
  {
    name: 'deploymentIds',
    label: 'Deployment-id’s',
    hint: 'Eén of meer, gescheiden door komma’s. Moodle toont er één bij de tool.',
    type: 'text',
  },
  { name: 'authUrl', label: 'Inlogadres (authentication request URL)', hint: null, type: 'url' },
  { name: 'tokenUrl', label: 'Tokenadres (access token URL)', hint: null, type: 'url' },
  { name: 'jwksUrl', label: 'Sleuteladres (public keyset URL)', hint: null, type: 'url' },
] as const;

/** Registers an LMS platform by hand: the details the LMS shows once Klantreis is added there as an LTI 1.3 tool. */
export function PlatformForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form className={formStyles.form} action={formAction}>
      {FIELDS.map((field) => (
        <div className={formStyles.formField} key={field.name}>
          <label htmlFor={`platform-${field.name}`}>{field.label}</label>
          {field.hint ? (
            <p className={formStyles.formHint} id={`platform-${field.name}-hint`}>
              {field.hint}
            </p>
          ) : null}
          <input
            id={`platform-${field.name}`}
            name={field.name}
            type={field.type}
            required
            autoComplete="off"
            spellCheck={false}
            maxLength={field.name === 'deploymentIds' ? 4000 : 1000}
            aria-describedby={field.hint ? `platform-${field.name}-hint` : undefined}
            defaultValue={previous(state, field.name)}
          />
        </div>
      ))}
      <FormError>{state.error}</FormError>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Even geduld…' : 'LMS aanmelden'}
      </button>
    </form>
  );
}
