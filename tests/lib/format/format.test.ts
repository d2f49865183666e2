import { describe, expect, test } from 'vitest';
import { DUTCH_TIME_ZONE, formatDateTime, formatDateTimeShort, formatDayTime, formatWeekdayDayTime } from '@/lib/format/dates';
import { formatDuration } from '@/lib/format/duration';
import { formatPercent, formatPercentWords, wholePercent } from '@/lib/format/percent';
import { countOf, plural } from '@/lib/format/plural';
import { endSentence } from '@/lib/format/sentence';
import { formatPoints, signedPoints } from '@/lib/format/points';

describe('points', () => {
  test.each([
    [1.5, 2, '1,5 van 2 punten'],
    [1, 1, '1 van 1 punt'],
    [0, 1, '0 van 1 punt'],
    [2 / 3, 3, '0,7 van 3 punten'],
    // One decimal everywhere, however the points were shared out (was "7,14 van 20").
    [50 / 7, 20, '7,1 van 20 punten'],
    [0, 0, '0 van 0 punten'],
  ])('formatPoints(%s, %s) is %j', (points, max, expected) => {
    expect(formatPoints(points, max)).toBe(expected);
  });

  test.each([
    [0.5, '+0,5 punt'],
    [-0.5, '−0,5 punt'],
    [1, '+1 punt'],
    [-2, '−2 punten'],
    [0, '0 punten'],
    [1 / 3, '+0,33 punt'],
  ])('signedPoints(%s) is %j', (points, expected) => {
    expect(signedPoints(points)).toBe(expected);
  });
});

describe('percentages', () => {
  test.each([
    [0, 0],
    [0.834, 83],
    [0.835, 84],
    [2 / 3, 67],
    [1, 100],
  ])('wholePercent(%s) is %s', (fraction, expected) => {
    expect(wholePercent(fraction)).toBe(expected);
  });

  test('a percentage reads "83%" in a table and "83 procent" in a sentence', () => {
    expect(formatPercent(5 / 6)).toBe('83%');
    expect(formatPercentWords(5 / 6)).toBe('83 procent');
    expect(formatPercentWords(0.8)).toBe('80 procent');
  });
});

describe('durations', () => {
  test.each([
    [0, '0:00'],
    [5, '0:05'],
    [245, '4:05'],
    [244.6, '4:05'],
    [2700, '45:00'],
    [3725, '62:05'],
    [-3, '0:00'],
  ])('formatDuration(%s) is %j', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('Dutch dates', () => {
  // 08:30 UTC is 09:30 in Amsterdam in winter and 10:30 in summer, wherever the tests run.
  const winter = new Date('2026-11-24T08:30:00Z');
  const summer = new Date('2026-06-02T08:30:00Z');

  test('assignment times are Dutch time, whatever the machine’s zone', () => {
    expect(DUTCH_TIME_ZONE).toBe('Europe/Amsterdam');
    expect(formatDateTime(winter)).toBe('di 24 nov 2026, 09:30');
    expect(formatDateTime(summer)).toBe('di 2 jun 2026, 10:30');
    expect(formatDateTimeShort(winter)).toBe('24-11-2026, 09:30');
    expect(formatDateTimeShort(summer)).toBe('02-06-2026, 10:30');
  });

  test('a student’s own history is in the device’s zone', () => {
    const local = new Date(2026, 10, 24, 9, 30);
    expect(formatDayTime(local)).toBe('24 november om 09:30');
    expect(formatWeekdayDayTime(local)).toBe('dinsdag 24 november om 09:30');
  });
});

describe('plural', () => {
  test.each([
    [0, 'leerlingen'],
    [1, 'leerling'],
    [2, 'leerlingen'],
    [1.5, 'leerlingen'],
  ])('plural(%s) chooses %j', (count, expected) => {
    expect(plural(count, 'leerling', 'leerlingen')).toBe(expected);
  });

  test('countOf puts the count before the word', () => {
    expect(countOf(1, 'oefening', 'oefeningen')).toBe('1 oefening');
    expect(countOf(12, 'oefening', 'oefeningen')).toBe('12 oefeningen');
  });
});

describe('endSentence', () => {
  test.each([
    ['Hoi Sem', 'Hoi Sem.'],
    ['Hoi Sem B.', 'Hoi Sem B.'],
    ['Lees les 1: Wat is een customer journey?', 'Lees les 1: Wat is een customer journey?'],
    ['Goed gedaan!', 'Goed gedaan!'],
    ['Klaar ', 'Klaar.'],
  ])('endSentence(%j) is %j', (text, expected) => {
    expect(endSentence(text)).toBe(expected);
  });
});
