import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FormError } from '@/components/ui/form-error';
import formStyles from '@/components/ui/form.module.css';
import { normalizeCode } from '@/lib/assignments/code';

export const metadata: Metadata = {
  title: 'Opdracht van je docent',
  description: 'Vul de code in die je docent je gaf en maak de opdracht.',
};

/** Where a student types the code from the board. A plain form: it works before any JavaScript. */
export default async function CodePage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const raw = (await searchParams).code;
  const typed = typeof raw === 'string' ? raw : '';
  const code = typed ? normalizeCode(typed) : null;
  if (code) redirect(`/opdracht/${code}`);
  return (
    <div className="page assignment-page">
      <h1>Opdracht van je docent</h1>
      <p className="lead">Je docent geeft je een code van zes tekens, of een link of QR-code. Vul de code hier in.</p>
      <form className={formStyles.form} action="/opdracht" method="get" noValidate>
        <div className={formStyles.formField}>
          <label htmlFor="code">Code</label>
          <p className={formStyles.formHint} id="code-hint">
            Bijvoorbeeld K7M2PQ. Hoofdletters of kleine letters maakt niet uit.
          </p>
          <input
            id="code"
            name="code"
            className={formStyles.codeInput}
            defaultValue={typed}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            aria-describedby={typed ? 'code-hint code-error' : 'code-hint'}
            aria-invalid={typed ? true : undefined}
          />
        </div>
        {typed ? (
          <FormError id="code-error">
            Dit is geen geldige code. Een code heeft zes tekens: cijfers 2 tot en met 9 en letters.
          </FormError>
        ) : null}
        <button type="submit" className="button button-primary">
          Naar de opdracht
        </button>
      </form>
    </div>
  );
}
