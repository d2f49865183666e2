// A map as a file (.klantreis.json): download and read back. Reading runs parseMap and answers in Dutch.
import { MAP_LIMITS, type StudioMap } from '@/lib/studio/map';
import { parseMap } from '@/lib/studio/parse';
import { mapFileName } from '@/lib/studio/file-name';

export const FILE_SUFFIX = '.klantreis.json';

/** Starts a download of `blob` named `name`. */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadMap(map: StudioMap) {
  download(new Blob([JSON.stringify(map, null, 2)], { type: 'application/json' }), mapFileName(map, FILE_SUFFIX));
}

export const TOO_BIG = {
  ok: false,
  error: 'Dit bestand is te groot voor een kaart. Kies een bestand dat je in de studio hebt geëxporteerd.',
} as const;

/** Reads an imported file's text as a map, or says in Dutch what is wrong. */
export function readMapFile(text: string): { ok: true; map: StudioMap } | { ok: false; error: string } {
  if (text.length > MAP_LIMITS.bytes) {
    return {
      ok: false,
      error: 'Dit bestand is te groot voor een kaart. Kies een bestand dat je in de studio hebt geëxporteerd.',
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Dit bestand kan niet gelezen worden. Kies een .klantreis.json-bestand uit de studio.' };
  }
  const parsed = parseMap(data);
  if (!parsed.ok) return { ok: false, error: `Dit bestand is geen goede kaart. ${parsed.error}` };
  return { ok: true, map: parsed.map };
}

/** A file's text (FileReader: older browsers, and jsdom, lack Blob.text). */
export function fileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsText(file);
  });
}
