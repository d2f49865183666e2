'use client';

import { useState } from 'react';
import { sendJson } from './send-json';
import { showServerState } from './reload';

/**
 * Posts to one of the assignment endpoints and, when the server agrees, shows the page as the
 * server now has it (a full load: see reload.ts). A refusal or a lost connection leaves the page
 * as it is, with the server's Dutch message in `error`. `busy` stays true until the page reloads,
 * so a second click cannot send twice.
 */
export function usePostThenReload(url: string) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function post(body: unknown = {}): Promise<void> {
    setBusy(true);
    setError(null);
    const sent = await sendJson(url, 'POST', body);
    if (sent.ok) {
      showServerState();
      return;
    }
    setBusy(false);
    setError(sent.error);
  }

  return { post, error, busy };
}
