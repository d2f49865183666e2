import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { CodeForm } from '@/components/home/code-form';
import { CODE_FORMAT_ERROR } from '@/components/home/code-text';
import { normalizeCode } from '@/lib/assignments/code';
import { clientIp } from '@/lib/server/request.server';
import { assignmentForStudent, codeMissMessage } from '@/lib/server/student.server';

export const metadata: Metadata = {
  title: 'Opdracht van je docent',
  description: 'Vul de code in die je docent je gaf en maak de opdracht.',
};

/**
 * Where a student types the code from the board. The form works before any JavaScript: it comes
 * back here with ?code=, and a code that leads to an assignment goes on to it; a wrong one (a typo,
 * or a code that does not exist) is answered here, under the field, with what was typed kept.
 */
export default async function CodePage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const raw = (await searchParams).code;
  const typed = typeof raw === 'string' ? raw.slice(0, 40) : '';
  let error: string | null = null;
  if (typed) {
    const code = normalizeCode(typed);
    if (!code) error = CODE_FORMAT_ERROR;
    else {
      const { lookup } = await assignmentForStudent(code, clientIp(await headers()));
      if (lookup.ok) redirect(`/opdracht/${lookup.assignment.code}`);
      error = codeMissMessage(lookup);
    }
  }
  return (
    <div className="page assignment-page">
      <h1>Opdracht van je docent</h1>
      <p className="lead">Je docent geeft je een code van zes tekens, of een link of QR-code. Vul de code hier in.</p>
      <CodeForm typed={typed} error={error} />
    </div>
  );
}
