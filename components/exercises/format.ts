const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** "1,5 van 2 punten": points as a Dutch reader expects them, rounded only here, for display. */
export function formatPoints(points: number, maxPoints: number): string {
  return `${number.format(points)} van ${number.format(maxPoints)} ${maxPoints === 1 ? 'punt' : 'punten'}`;
}
