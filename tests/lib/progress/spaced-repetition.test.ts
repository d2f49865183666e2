import { Rating } from 'ts-fsrs';
import { describe, expect, test } from 'vitest';
import { dueStatus, emptyProgress, parseProgress, practiceQueue, ratingFor, recordAttempt, review } from '@/lib/progress';

const day = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-11-01T09:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * day);
const dueDate = (card: { due: string }) => new Date(card.due).getTime();

describe('the rating follows the score', () => {
  test.each([
    [0, true, 5, Rating.Again],
    [0.5, true, 5, Rating.Hard],
    [1, false, 5, Rating.Good],
    [1, true, 60, Rating.Good],
    [1, true, undefined, Rating.Good],
    [1, true, 12, Rating.Easy],
    [Number.NaN, true, 1, Rating.Again],
  ])('score %s, first try %s, %s s → rating %s', (fraction, firstTry, seconds, rating) => {
    expect(ratingFor(fraction, firstTry, seconds)).toBe(rating);
  });
});

describe('scheduling', () => {
  test('a wrong answer comes back sooner than a right one', () => {
    const wrong = review(undefined, Rating.Again, T0);
    const right = review(undefined, Rating.Good, T0);
    const easy = review(undefined, Rating.Easy, T0);
    expect(dueDate(wrong)).toBeLessThan(dueDate(right));
    expect(dueDate(right)).toBeLessThan(dueDate(easy));
  });

  test('repeated right answers space out further each time', () => {
    let card = review(undefined, Rating.Good, T0);
    const gaps: number[] = [];
    let now = T0;
    for (let i = 0; i < 5; i++) {
      now = new Date(dueDate(card));
      const next = review(card, Rating.Good, now);
      gaps.push(dueDate(next) - now.getTime());
      card = next;
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1]!);
  });

  test('a long gap (a year away) still schedules into the future', () => {
    const card = review(review(undefined, Rating.Good, T0), Rating.Good, at(365));
    expect(dueDate(card)).toBeGreaterThan(at(365).getTime());
  });

  test('a clock that went backwards never schedules into the past', () => {
    const card = review(review(undefined, Rating.Good, at(10)), Rating.Again, at(2));
    expect(dueDate(card)).toBeGreaterThanOrEqual(at(10).getTime());
  });

  test('the same reviews at the same times give the same schedule (no fuzz)', () => {
    expect(review(review(undefined, Rating.Good, T0), Rating.Hard, at(3))).toEqual(
      review(review(undefined, Rating.Good, T0), Rating.Hard, at(3)),
    );
  });
});

describe('practice sessions', () => {
  const ids = ['a', 'b', 'c', 'd'];

  test('due reviews come first, most overdue first, then new exercises up to the limit', () => {
    let progress = recordAttempt(emptyProgress(), 'a', 1, T0);
    progress = recordAttempt(progress, 'b', 0, T0);
    const later = at(30);
    expect(practiceQueue(progress, ids, later, 1)).toEqual(['b', 'a', 'c']);
    expect(practiceQueue(progress, ids, T0, 5)).toEqual(['c', 'd']);
  });

  test('dueStatus counts what is due now and names the next review', () => {
    const progress = recordAttempt(recordAttempt(emptyProgress(), 'a', 1, T0), 'b', 0, T0);
    const status = dueStatus(progress, ids, T0);
    expect(status.due).toBe(0);
    expect(status.next?.getTime()).toBe(dueDate(progress.exercises.b!.card!));
    expect(dueStatus(progress, ids, at(60)).due).toBe(2);
    expect(dueStatus(emptyProgress(), ids, T0)).toEqual({ due: 0, next: null });
  });

  test('a schedule survives saving and loading', () => {
    const progress = recordAttempt(emptyProgress(), 'a', 0.5, T0);
    expect(parseProgress(JSON.parse(JSON.stringify(progress)))).toEqual({ progress, dropped: false });
  });
});
