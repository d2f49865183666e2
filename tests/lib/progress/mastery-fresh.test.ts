import { describe, expect, test } from 'vitest';
import { Rating } from 'ts-fsrs';
import {
  COUNT_AGAIN_AFTER_HOURS,
  emptyProgress,
  mergeProgress,
  parseProgress,
  parseProgressText,
  PROGRESS_VERSION,
  recordAttempt,
  review,
  summarizeMastery,
} from '@/lib/progress';

const T1 = new Date('2026-11-20T10:00:00Z');
const hoursLater = (hours: number, from = T1) => new Date(from.getTime() + hours * 3_600_000);
const ids = ['a', 'b'];

describe('mastery counts fresh attempts only (issue 14, item 2)', () => {
  test('clicking through (wrong, then right right after the marks) does not earn Beheerst', () => {
    let progress = emptyProgress();
    for (const id of ids) {
      progress = recordAttempt(progress, id, 0, T1);
      progress = recordAttempt(progress, id, 1, hoursLater(0.01), undefined, { retry: true });
    }
    const summary = summarizeMastery(progress, ids);
    expect(summary.mastery).toBe('bezig');
    expect(summary.score).toBe(0);
    expect(summary.complete).toBe(true);
    // Right now, so nothing is left to practise ("Nog niet goed" follows the last check).
    expect(summary.mistakes).toEqual([]);
  });

  test('the first attempt counts; a retry keeps best and last but not the counted score', () => {
    let progress = recordAttempt(emptyProgress(), 'a', 0.5, T1);
    progress = recordAttempt(progress, 'a', 1, hoursLater(0.01), undefined, { retry: true });
    expect(progress.exercises.a).toMatchObject({ attempts: 2, best: 1, last: 1, counted: 0.5, countedAt: T1.toISOString() });
  });

  test('a retry does not touch the schedule, so it can never make the card easy', () => {
    const first = recordAttempt(emptyProgress(), 'a', 0, T1);
    const retried = recordAttempt(first, 'a', 1, hoursLater(0.01), 3, { retry: true });
    expect(retried.exercises.a!.card).toEqual(first.exercises.a!.card);
  });

  test('a fresh check of a due card counts again (a spaced review), and replaces the counted score', () => {
    let progress = recordAttempt(emptyProgress(), 'a', 0, T1);
    // Later that day the card is due, but too soon after the last check to count again.
    progress = recordAttempt(progress, 'a', 1, hoursLater(1));
    expect(progress.exercises.a!.counted).toBe(0);
    // A day later it is due (Again and Good schedule it within a day) and counts.
    const nextDay = hoursLater(COUNT_AGAIN_AFTER_HOURS + 24);
    expect(new Date(progress.exercises.a!.card!.due) <= nextDay).toBe(true);
    progress = recordAttempt(progress, 'a', 1, nextDay);
    expect(progress.exercises.a).toMatchObject({ counted: 1, countedAt: nextDay.toISOString() });
    // So does a second exercise: both right on a fresh attempt is Beheerst.
    progress = recordAttempt(progress, 'b', 1, nextDay);
    expect(summarizeMastery(progress, ids).mastery).toBe('beheerst');
  });

  test('a fresh check of a card that is not due yet does not count', () => {
    // Right and quick at the first try: easy, due in days.
    let progress = recordAttempt(emptyProgress(), 'a', 1, T1, 5);
    const later = hoursLater(COUNT_AGAIN_AFTER_HOURS + 1);
    expect(new Date(progress.exercises.a!.card!.due) > later).toBe(true);
    progress = recordAttempt(progress, 'a', 0, later);
    expect(progress.exercises.a).toMatchObject({ counted: 1, last: 0 });
  });
});

describe('saved progress of version 2', () => {
  test('the version is 3', () => expect(PROGRESS_VERSION).toBe(3));

  test('from version 2 every tried exercise counts its last score; a student who practised well keeps it', () => {
    const card = review(undefined, Rating.Good, T1);
    const saved = {
      version: 2,
      exercises: {
        once: { attempts: 1, best: 0.5, last: 0.5, lastAt: T1.toISOString(), card },
        more: { attempts: 3, best: 1, last: 0.5, lastAt: T1.toISOString(), card },
      },
      lessons: {},
    };
    const { progress, dropped } = parseProgressText(JSON.stringify(saved));
    expect(dropped).toBe(false);
    expect(progress.version).toBe(3);
    expect(progress.exercises.once).toEqual({ ...saved.exercises.once, counted: 0.5, countedAt: T1.toISOString() });
    // The last score, not the best: a best that came from clicking through no longer counts.
    expect(progress.exercises.more).toEqual({ ...saved.exercises.more, counted: 0.5, countedAt: T1.toISOString() });
    expect(summarizeMastery(progress, ['once', 'more'])).toMatchObject({
      attempted: 2,
      counted: 2,
      score: 0.5,
      mastery: 'bezig',
    });
    // A retry in the same view does not replace it; the next fresh check does.
    expect(recordAttempt(progress, 'more', 1, hoursLater(1), undefined, { retry: true }).exercises.more).toMatchObject({
      counted: 0.5,
    });
  });

  test('a v3 entry round-trips', () => {
    const progress = recordAttempt(emptyProgress(), 'a', 0.5, T1);
    expect(parseProgress(JSON.parse(JSON.stringify(progress)))).toEqual({ progress, dropped: false });
  });
});

describe('merging keeps the newer counted score', () => {
  test('the counted score comes from the device that counted last, whatever its last check', () => {
    const mine = recordAttempt(recordAttempt(emptyProgress(), 'a', 1, T1), 'a', 0, hoursLater(48)); // fresh later: counted 0
    const theirs = recordAttempt(recordAttempt(emptyProgress(), 'a', 0.5, hoursLater(2)), 'a', 1, hoursLater(72), undefined, {
      retry: true,
    });
    const merged = mergeProgress(mine, theirs);
    expect(merged.exercises.a).toMatchObject({ counted: 0, countedAt: hoursLater(48).toISOString(), last: 1, best: 1 });
    expect(mergeProgress(theirs, mine).exercises.a).toMatchObject({ counted: 0, countedAt: hoursLater(48).toISOString() });
  });
});
