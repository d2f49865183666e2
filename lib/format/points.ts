// Points as a Dutch reader expects them. Rounding happens only here, for display: scores stay
// exact everywhere else.

let dutchNumber: Intl.NumberFormat | undefined;
// Made on first use, once: building an Intl formatter costs far more than using one.
const number = () => (dutchNumber ??= new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }));

/** "1,5 van 2 punten": a score out of its maximum. */
export function formatPoints(points: number, maxPoints: number): string {
  return `${number().format(points)} van ${number().format(maxPoints)} ${maxPoints === 1 ? 'punt' : 'punten'}`;
}

/** "+0,5 punt" / "−0,5 punt" / "0 punten": what one part of an answer earned or cost. */
export function signedPoints(points: number): string {
  const sign = points > 0 ? '+' : points < 0 ? '−' : '';
  const size = Math.abs(points);
  return `${sign}${number().format(size)} ${size === 1 || (size > 0 && size < 1) ? 'punt' : 'punten'}`;
}
