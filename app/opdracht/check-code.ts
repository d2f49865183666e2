'use server';

import { headers } from 'next/headers';
import { CODE_FORMAT_ERROR } from '@/components/home/code-text';
import { normalizeCode } from '@/lib/assignments/code';
import { clientIp } from '@/lib/server/request.server';
import { assignmentForStudent, codeMissMessage } from '@/lib/server/student.server';

export type CodeCheck = { ok: true; code: string } | { ok: false; error: string };

/**
 * Whether a typed code leads to an assignment, for the code field (components/home/code-form.tsx):
 * so a wrong code is answered in place, with what the student typed still there. The same look-up
 * as the assignment page: a code that does not exist counts against the address (see lookUpCode),
 * one the browser joined before is found by its cookie and never counts.
 */
export async function checkCode(typed: unknown): Promise<CodeCheck> {
  const code = typeof typed === 'string' ? normalizeCode(typed) : null;
  if (!code) return { ok: false, error: CODE_FORMAT_ERROR };
  const { lookup } = await assignmentForStudent(code, clientIp(await headers()));
  return lookup.ok ? { ok: true, code: lookup.assignment.code } : { ok: false, error: codeMissMessage(lookup) };
}
