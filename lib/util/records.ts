// General helpers for reading untrusted JSON values (a stored answer, a request body, parsed YAML)
// without trusting their shape. Pure: no I/O, no framework.

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property of a plain object, ignoring anything inherited. */
export function ownField(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** Reads an own string property, or undefined for anything else (inherited keys never count). */
export function ownString(value: unknown, key: string): string | undefined {
  const field = ownField(value, key);
  return typeof field === 'string' ? field : undefined;
}

/** The strings of an array, in order; anything else yields an empty list. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The strings of an array, first occurrence only; anything else yields an empty list. */
export function uniqueStrings(value: unknown): string[] {
  return [...new Set(stringsOf(value))];
}
