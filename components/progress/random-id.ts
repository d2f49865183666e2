/** A random id in hex: getRandomValues works outside secure contexts, unlike crypto.randomUUID. */
export function randomId(bytesLength = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(bytesLength));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
