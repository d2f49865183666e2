import { formatPoints, signedPoints } from '../format/points';

// Shared wording of the scoring rules each <type>.bank.ts prints on a teacher's answer key.

/** "2 punten" / "1 punt": an exercise's maximum in words. */
export const pointsInWords = (points: number) => formatPoints(points, points).replace(/^.* van /, '');

/** "+0,5 punt": what one of `n` equal parts of `points` earns. */
export const partOf = (points: number, n: number) => signedPoints(points / n);

/** The rule of an all-or-nothing exercise. */
export const allOrNothing = (points: number, right: string) =>
  `Alles of niets: ${right} geeft ${pointsInWords(points)}. Anders 0 punten.`;
