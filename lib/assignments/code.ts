/** Characters of a join code: no 0/O, 1/I/L, so a code read off a projector cannot be misread. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

// The largest multiple of the alphabet's size below 256: bytes above it are skipped, so every
// character is equally likely.
const LIMIT = Math.floor(256 / CODE_ALPHABET.length) * CODE_ALPHABET.length;

/** A join code from random bytes, or null when the bytes run out (ask for more). */
export function codeFromBytes(bytes: Uint8Array): string | null {
  let code = '';
  for (const byte of bytes) {
    if (byte >= LIMIT) continue;
    code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    if (code.length === CODE_LENGTH) return code;
  }
  return null;
}

/** A code as typed by a student ("abc 234", "ABC-234"), or null when it cannot be one. */
export function normalizeCode(input: string): string | null {
  if (input.length > 40) return null;
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((char) => CODE_ALPHABET.includes(char)) ? code : null;
}
