const KEY = 'klantreis.leerling';
let memoryId: string | null = null;

/** A random id: getRandomValues works outside secure contexts, unlike crypto.randomUUID. */
export function randomId(bytesLength = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(bytesLength));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A stable id for this browser, so a student sees the same shuffled order after a reload. It is
 * kept in localStorage; where that is blocked (private mode, strict settings) it lasts the visit.
 */
export function learnerId(): string {
  try {
    const stored = window.localStorage.getItem(KEY);
    if (stored && /^[a-z0-9-]{8,64}$/.test(stored)) return stored;
    const id = randomId();
    window.localStorage.setItem(KEY, id);
    return id;
  } catch {
    memoryId ??= randomId();
    return memoryId;
  }
}
