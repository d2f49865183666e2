import { describe, expect, test } from 'vitest';
import {
  emptyProgress,
  markRead,
  mergeProgress,
  parseProgress,
  parseProgressText,
  PROGRESS_VERSION,
  recordAttempt,
  recordFinalTest,
  MAX_EXAMS,
  summarizeMastery,
  visitLesson,
} from '@/lib/progress';

const T1 = new Date('2026-11-20T10:00:00Z');
const T2 = new Date('2026-11-21T10:00:00Z');

describe('recording attempts', () => {
  test('counts attempts, keeps the best score and replaces the last', () => {
    let progress = recordAttempt(emptyProgress(), 'cj-definitie', 0.5, T1);
    progress = recordAttempt(progress, 'cj-definitie', 0, T2);
    expect(progress.exercises['cj-definitie']).toMatchObject({
      attempts: 2,
      best: 0.5,
      last: 0,
      lastAt: T2.toISOString(),
    });
    // The response itself is not kept (nothing read it; it could take 20 kB per exercise).
    expect(progress.exercises['cj-definitie']).not.toHaveProperty('lastResponse');
  });

  test('does not change the progress it was given', () => {
    const before = emptyProgress();
    recordAttempt(before, 'x', 1, T1);
    expect(before.exercises).toEqual({});
  });

  test('clamps a score outside [0, 1]', () => {
    expect(recordAttempt(emptyProgress(), 'x', 7, T1).exercises.x?.best).toBe(1);
    expect(recordAttempt(emptyProgress(), 'x', Number.NaN, T1).exercises.x?.best).toBe(0);
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
    for (const id of ['a', 'b', 'c']) progress = recordAttempt(progress, id, 1, T1);
    expect(summarizeMastery(progress, ids)).toMatchObject({ attempted: 3, complete: false, score: 0.75, mastery: 'bezig' });
  });

  test('beheerst when all are tried and the average counted score is at least 80 %', () => {
    let progress = emptyProgress();
    for (const [id, score] of [
      ['a', 1],
      ['b', 1],
      ['c', 0.6],
      ['d', 0.6],
    ] as const)
      progress = recordAttempt(progress, id, score, T1);
    expect(summarizeMastery(progress, ids)).toMatchObject({ complete: true, score: 0.8, mastery: 'beheerst' });
  });

  test('bezig when all are tried but the average is below 80 %', () => {
    let progress = emptyProgress();
    for (const id of ids) progress = recordAttempt(progress, id, 0.5, T1);
    expect(summarizeMastery(progress, ids).mastery).toBe('bezig');
  });

  test('mistakes are the exercises whose last attempt was not fully right', () => {
    let progress = recordAttempt(emptyProgress(), 'a', 0, T1);
    progress = recordAttempt(progress, 'a', 1, T2);
    progress = recordAttempt(progress, 'b', 0.5, T1);
    expect(summarizeMastery(progress, ids).mistakes).toEqual(['b']);
  });
});

describe('reading saved progress never fails', () => {
  const good = recordAttempt(visitLesson(emptyProgress(), 'personas', T1), 'p-wat-is', 1, T1);

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

  test('version 1 loads without its saved responses, everything else kept, without a notice', () => {
    const card = good.exercises['p-wat-is']!.card;
    const saved = {
      version: 1,
      exercises: {
        'p-wat-is': { attempts: 2, best: 1, last: 0.5, lastAt: T1.toISOString(), lastResponse: { optionId: 'b' }, card },
        'cj-definitie': { attempts: 1, best: 0, last: 0, lastAt: T2.toISOString() },
      },
      lessons: { personas: { visitedAt: T1.toISOString() } },
      exams: [{ at: T1.toISOString(), points: 3, maxPoints: 10, questions: 10, lessons: ['personas'] }],
      lastLesson: 'personas',
    };
    const { progress, dropped } = parseProgressText(JSON.stringify(saved));
    expect(dropped).toBe(false);
    expect(progress).toEqual({
      version: PROGRESS_VERSION,
      exercises: {
        // Then upgraded to version 3: the last score counts.
        'p-wat-is': {
          attempts: 2,
          best: 1,
          last: 0.5,
          lastAt: T1.toISOString(),
          card,
          counted: 0.5,
          countedAt: T1.toISOString(),
        },
        'cj-definitie': { attempts: 1, best: 0, last: 0, lastAt: T2.toISOString(), counted: 0, countedAt: T2.toISOString() },
      },
      lessons: saved.lessons,
      exams: saved.exams,
      lastLesson: 'personas',
    });
  });

  test('a saved response in the current version is not part of the format: that entry is dropped', () => {
    const entry = { attempts: 1, best: 1, last: 1, lastAt: T1.toISOString(), lastResponse: { optionId: 'a' } };
    const { progress, dropped } = parseProgress({ version: PROGRESS_VERSION, exercises: { a: entry }, lessons: {} });
    expect(dropped).toBe(true);
    expect(progress.exercises).toEqual({});
  });

  test('a huge saved response is dropped, the scores kept', () => {
    const entry = { attempts: 1, best: 1, last: 1, lastAt: T1.toISOString(), lastResponse: { text: 'x'.repeat(50_000) } };
    const { progress } = parseProgress({ version: 1, exercises: { open: entry }, lessons: {} });
    expect(progress.exercises.open).toEqual({
      attempts: 1,
      best: 1,
      last: 1,
      lastAt: T1.toISOString(),
      counted: 1,
      countedAt: T1.toISOString(),
    });
  });
});

describe('merging progress from another device', () => {
  test('keeps both sides, the higher best, the larger count and the newer last', () => {
    const mine = recordAttempt(recordAttempt(emptyProgress(), 'a', 1, T1), 'a', 0, T1);
    const theirs = recordAttempt(recordAttempt(emptyProgress(), 'a', 0.5, T2), 'b', 1, T2);
    const merged = mergeProgress(mine, theirs);
    expect(merged.exercises.a).toMatchObject({ attempts: 2, best: 1, last: 0.5, lastAt: T2.toISOString() });
    expect(merged.exercises.b?.best).toBe(1);
  });

  test('continues with the lesson visited most recently on either device', () => {
    const mine = visitLesson(emptyProgress(), 'personas', T1);
    const theirs = visitLesson(emptyProgress(), 'het-7c-model', T2);
    expect(mergeProgress(mine, theirs).lastLesson).toBe('het-7c-model');
    expect(mergeProgress(theirs, mine).lastLesson).toBe('het-7c-model');
  });

  test('merging with itself changes nothing', () => {
    const progress = markRead(recordAttempt(visitLesson(emptyProgress(), 'personas', T1), 'a', 0.5, T1), 'personas', true, T1);
    expect(mergeProgress(progress, progress)).toEqual(progress);
  });
});

describe('the Eindtoets in progress', () => {
  const result = (at: Date, points: number) => ({ at: at.toISOString(), points, maxPoints: 30, questions: 30 });

  test('a handed-in Eindtoets is kept, oldest first, at most MAX_EXAMS', () => {
    let progress = recordFinalTest(emptyProgress(), result(T1, 12));
    progress = recordFinalTest(progress, result(T2, 24));
    expect(progress.finalTests?.map((one) => one.points)).toEqual([12, 24]);
    for (let i = 0; i < MAX_EXAMS; i++) progress = recordFinalTest(progress, result(T2, i));
    expect(progress.finalTests).toHaveLength(MAX_EXAMS);
    expect(progress.finalTests?.at(-1)?.points).toBe(MAX_EXAMS - 1);
  });

  test('round-trips through JSON; a broken record is dropped with a notice, the others kept', () => {
    const progress = recordFinalTest(emptyProgress(), result(T1, 12));
    expect(parseProgressText(JSON.stringify(progress))).toEqual({ progress, dropped: false });
    const broken = { ...progress, finalTests: [...progress.finalTests!, { at: 'gisteren', points: -1 }] };
    const loaded = parseProgress(broken);
    expect(loaded.dropped).toBe(true);
    expect(loaded.progress.finalTests).toEqual(progress.finalTests);
    expect(parseProgress({ ...progress, finalTests: 'veel' })).toMatchObject({
      dropped: true,
      progress: { version: PROGRESS_VERSION },
    });
  });

  test('merging keeps the results of both devices once, in time order', () => {
    const mine = recordFinalTest(emptyProgress(), result(T2, 24));
    const theirs = recordFinalTest(recordFinalTest(emptyProgress(), result(T1, 12)), result(T2, 24));
    expect(mergeProgress(mine, theirs).finalTests?.map((one) => one.points)).toEqual([12, 24]);
    expect(mergeProgress(emptyProgress(), emptyProgress())).not.toHaveProperty('finalTests');
  });
});
