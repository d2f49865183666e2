/** Minutes and seconds, e.g. 245 → "4:05"; rounded to a whole second, never negative. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
