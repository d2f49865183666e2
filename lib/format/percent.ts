// Percentages as the pages show them: whole numbers, rounded only here.

/** A fraction as a whole percentage: 0.834 → 83. */
export function wholePercent(fraction: number): number {
  return Math.round(fraction * 100);
}

/** "83%": compact, for tables and progress lines. */
export function formatPercent(fraction: number): string {
  return `${wholePercent(fraction)}%`;
}

/** "83 procent": inside a sentence. */
export function formatPercentWords(fraction: number): string {
  return `${wholePercent(fraction)} procent`;
}
