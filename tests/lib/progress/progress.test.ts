import { describe, expect, test } from 'vitest';
import {
  emptyProgress,
  markRead,
  mergeProgress,
  parseProgress,
  parseProgressText,
  PROGRESS_VERSION,
  recordAttempt,
  summarizeMastery,
  visitLesson,
} from '@/lib/progress';

const T1 = new Date('2026-11-20T10:00:00Z');
const T2 = new Date('2026-11-21T10:00:00Z');

describe('recording attempts', () => {
  test('counts attempts, keeps the best score and replaces the last', () => {
    let progress = recordAttempt(emptyProgress(), 'cj-definitie', 0.5, { optionId: 'a' }, T1);
    progress = recordAttempt(progress, 'cj-definitie', 0, { optionId: 'b' }, T2);
    expect(progress.exercises['cj-definitie']).toMatchObject({
      attempts: 2,
      best: 0.5,
      last: 0,
      lastResponse: { optionId: 'b' },
      lastAt: T2.toISOString(),
    });
  });

  test('does not change the progress it was given', () => {
    const before = emptyProgress();
    recordAttempt(before, 'x', 1, null, T1);
    expect(before.exercises).toEqual({});
  });

  test('clamps a score outside [0, 1]', () => {
    expect(recordAttempt(emptyProgress(), 'x', 7, null, T1).exercises.x?.best).toBe(1);
    expect(recordAttempt(emptyProgress(), 'x', Number.NaN, null, T1).exercises.x?.best).toBe(0);
  });

  test('visiting and reading a lesson', () => {
    let progress = visitLesson(emptyProgress(), 'personas', T1);
    progress = markRead(progress, 'personas', true, T2);
    expect(progress.lastLesson).toBe('personas');
    expect(progress.lessons.personas).toEqual({ visitedAt: T1.toISOString(), readAt: T2.toISOString() });
    expect(markRead(progress, 'personas', false, T2).lessons.personas).toEqual({ visitedAt: T1.toISOString() });
  });
});

describe('mastery per lesson', () => {
  const ids = ['a', 'b', 'c', 'd'];
  test('niet gestart when nothing is tried', () => {
    expect(summarizeMastery(emptyProgress(), ids)).toMatchObject({
      attempted: 0,
      total: 4,
      score: 0,
      complete: false,
      mastery: 'niet-gestart',
    });
  });

  test('bezig while something is untried, even with full scores', () => {
    let progress = emptyProgress();
    for (const id of ['a', 'b', 'c']) progress = recordAttempt(progress, id, 1, null, T1);
    expect(summarizeMastery(progress, ids)).toMatchObject({ attempted: 3, complete: false, score: 0.75, mastery: 'bezig' });
  });

  test('beheerst when all are tried and the average best is at least 80 %', () => {
    let progress = emptyProgress();
    for (const [id, score] of [
      ['a', 1],
      ['b', 1],
      ['c', 0.6],
      ['d', 0.6],
    ] as const)
      progress = recordAttempt(progress, id, score, null, T1);
    expect(summarizeMastery(progress, ids)).toMatchObject({ complete: true, score: 0.8, mastery: 'beheerst' });
  });

  test('bezig when all are tried but the average is below 80 %', () => {
    let progress = emptyProgress();
    for (const id of ids) progress = recordAttempt(progress, id, 0.5, null, T1);
    expect(summarizeMastery(progress, ids).mastery).toBe('bezig');
  });

  test('mistakes are the exercises whose last attempt was not fully right', () => {
    let progress = recordAttempt(emptyProgress(), 'a', 0, null, T1);
    progress = recordAttempt(progress, 'a', 1, null, T2);
    progress = recordAttempt(progress, 'b', 0.5, null, T1);
    expect(summarizeMastery(progress, ids).mistakes).toEqual(['b']);
  });
});

describe('reading saved progress never fails', () => {
  const good = recordAttempt(visitLesson(emptyProgress(), 'personas', T1), 'p-wat-is', 1, { optionId: 'verzonnen' }, T1);

  test('valid progress round-trips through JSON', () => {
    expect(parseProgressText(JSON.stringify(good))).toEqual({ progress: good, dropped: false });
  });

  test('nothing saved is empty progress, without a notice', () => {
    expect(parseProgressText(null)).toEqual({ progress: emptyProgress(), dropped: false });
  });

  test.each([
    ['truncated JSON', JSON.stringify(good).slice(0, 40)],
    ['not JSON at all', 'hallo'],
    ['a number', '42'],
    ['a list', '[1, 2, 3]'],
    ['another app’s data', JSON.stringify({ theme: 'dark', cart: [1, 2] })],
  ])('%s gives empty progress and a notice', (_label, text) => {
    const loaded = parseProgressText(text);
    expect(loaded.dropped).toBe(true);
    expect(loaded.progress.exercises).toEqual({});
  });

  test('bad entries are dropped, good ones kept', () => {
    const text = JSON.stringify({
      ...good,
      exercises: {
        ...good.exercises,
        'te-hoog': { attempts: 1, best: 3, last: 0, lastAt: T1.toISOString() },
        'geen-datum': { attempts: 1, best: 1, last: 1, lastAt: 'gisteren' },
        'Geen Id!': { attempts: 1, best: 1, last: 1, lastAt: T1.toISOString() },
        __proto__: { attempts: 1, best: 1, last: 1, lastAt: T1.toISOString() },
      },
      lessons: { personas: { readAt: 12 }, 'b2b-en-b2c': { visitedAt: T1.toISOString() } },
    });
    const { progress, dropped } = parseProgressText(text);
    expect(dropped).toBe(true);
    expect(Object.keys(progress.exercises)).toEqual(['p-wat-is']);
    expect(Object.keys(progress.lessons)).toEqual(['b2b-en-b2c']);
  });

  test('a future version keeps what this version understands, with a notice', () => {
    const { progress, dropped } = parseProgress({ ...good, version: PROGRESS_VERSION + 5, streak: 12 });
    expect(dropped).toBe(true);
    expect(progress.exercises['p-wat-is']?.best).toBe(1);
  });

  test('version 0 (no version field, no lessons) is migrated without a notice', () => {
    const { progress, dropped } = parseProgress({ exercises: good.exercises });
    expect(dropped).toBe(false);
    expect(progress).toEqual({ version: PROGRESS_VERSION, exercises: good.exercises, lessons: {} });
  });

  test('a huge saved response is dropped, the scores kept', () => {
    const entry = { attempts: 1, best: 1, last: 1, lastAt: T1.toISOString(), lastResponse: { text: 'x'.repeat(50_000) } };
    const { progress } = parseProgress({ version: 1, exercises: { open: entry }, lessons: {} });
    expect(progress.exercises.open).toEqual({ attempts: 1, best: 1, last: 1, lastAt: T1.toISOString() });
  });
});

describe('merging progress from another device', () => {
  test('keeps both sides, the higher best, the larger count and the newer last', () => {
    const mine = recordAttempt(recordAttempt(emptyProgress(), 'a', 1, 'mijn', T1), 'a', 0, 'mijn', T1);
    const theirs = recordAttempt(recordAttempt(emptyProgress(), 'a', 0.5, 'hun', T2), 'b', 1, 'hun', T2);
    const merged = mergeProgress(mine, theirs);
    expect(merged.exercises.a).toMatchObject({ attempts: 2, best: 1, last: 0.5, lastResponse: 'hun', lastAt: T2.toISOString() });
    expect(merged.exercises.b?.best).toBe(1);
  });

  test('continues with the lesson visited most recently on either device', () => {
    const mine = visitLesson(emptyProgress(), 'personas', T1);
    const theirs = visitLesson(emptyProgress(), 'het-7c-model', T2);
    expect(mergeProgress(mine, theirs).lastLesson).toBe('het-7c-model');
    expect(mergeProgress(theirs, mine).lastLesson).toBe('het-7c-model');
  });

  test('merging with itself changes nothing', () => {
    const progress = markRead(
      recordAttempt(visitLesson(emptyProgress(), 'personas', T1), 'a', 0.5, null, T1),
      'personas',
      true,
      T1,
    );
    expect(mergeProgress(progress, progress)).toEqual(progress);
  });
});
