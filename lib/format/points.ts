// Points as a Dutch reader expects them. Rounding happens only here, for display: scores stay
// exact everywhere else. Every page shows points with at most one decimal ("7,1 van 20"), so a
// score reads the same in a lesson, a test, a review and the teacher's table.

let dutchNumber: Intl.NumberFormat | undefined;
let dutchPart: Intl.NumberFormat | undefined;
// Made on first use, once: building an Intl formatter costs far more than using one.
const number = () => (dutchNumber ??= new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }));
// What one part of an answer earns is exact (a quarter point stays "0,25"): it is a rule, not a total.
const partNumber = () => (dutchPart ??= new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }));

/** "1,5 van 2 punten": a score out of its maximum. */
export function formatPoints(points: number, maxPoints: number): string {
  return `${number().format(points)} van ${number().format(maxPoints)} ${maxPoints === 1 ? 'punt' : 'punten'}`;
}

/** "+0,5 punt" / "−0,5 punt" / "0 punten": what one part of an answer earned or cost. */
export function signedPoints(points: number): string {
  const sign = points > 0 ? '+' : points < 0 ? '−' : '';
  const size = Math.abs(points);
  return `${sign}${partNumber().format(size)} ${size === 1 || (size > 0 && size < 1) ? 'punt' : 'punten'}`;
}
