/** The outcome of a request to our own API: ok, a refusal with a Dutch message, or no connection. */
export type Sent = { ok: true; data: Record<string, unknown> } | { ok: false; status: number; error: string };

const OFFLINE = 'Er is geen verbinding met de server. Je antwoorden staan er nog. Probeer het zo opnieuw.';

/** Sends JSON to one of our endpoints and reads the Dutch error it gives back; status 0 is offline. */
export async function sendJson(url: string, method: 'POST' | 'PUT', body: unknown): Promise<Sent> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, error: OFFLINE };
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, data };
  const error = typeof data.error === 'string' ? data.error : `De server gaf een fout (${response.status}). Probeer het opnieuw.`;
  return { ok: false, status: response.status, error };
}
