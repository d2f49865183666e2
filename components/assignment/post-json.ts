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

/** A version-4 UUID from getRandomValues, which (unlike crypto.randomUUID) works over plain http too. */
export function uuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
