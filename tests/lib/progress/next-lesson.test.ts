import { describe, expect, test } from 'vitest';
import { emptyProgress, markRead, recordAttempt, visitLesson, type Progress } from '@/lib/progress';
import { continueTarget, isFinished } from '@/lib/progress/next-lesson';

const NOW = new Date('2026-11-23T12:00:00Z');
const lessons = [
  { slug: 'een', order: 1, exerciseIds: ['e1', 'e2'] },
  { slug: 'twee', order: 2, exerciseIds: ['t1'] },
  { slug: 'drie', order: 3, exerciseIds: ['d1'] },
];
const done = (progress: Progress, ids: string[], fraction = 1) =>
  ids.reduce((result, id) => recordAttempt(result, id, fraction, NOW), progress);

describe('where "Verder" goes', () => {
  test('a lesson is finished when mastered, or read with every exercise tried', () => {
    expect(isFinished(done(emptyProgress(), ['e1', 'e2']), lessons[0]!)).toBe(true);
    const tried = done(emptyProgress(), ['e1', 'e2'], 0);
    expect(isFinished(tried, lessons[0]!)).toBe(false);
    expect(isFinished(markRead(tried, 'een', true, NOW), lessons[0]!)).toBe(true);
    expect(isFinished(markRead(emptyProgress(), 'een', true, NOW), lessons[0]!)).toBe(false);
  });

  test('nothing opened: begin with lesson 1', () => {
    expect(continueTarget(emptyProgress(), lessons)).toEqual({ kind: 'begin', slug: 'een', order: 1 });
  });

  test('the last lesson opened is not finished: back to it', () => {
    const progress = done(visitLesson(emptyProgress(), 'een', NOW), ['e1']);
    expect(continueTarget(progress, lessons)).toEqual({ kind: 'resume', slug: 'een', order: 1 });
  });

  test('the last lesson opened is finished: the next unfinished one in course order', () => {
    let progress = done(visitLesson(emptyProgress(), 'een', NOW), ['e1', 'e2', 't1']);
    expect(continueTarget(progress, lessons)).toEqual({ kind: 'next', slug: 'drie', order: 3 });
    progress = done(visitLesson(progress, 'drie', NOW), ['d1']);
    // Lesson 3 finished; lesson 2 was done earlier, so lesson 1 … all are finished.
    expect(continueTarget(progress, lessons)).toEqual({ kind: 'all-done', finalTestDone: false });
  });

  test('wraps around to an earlier unfinished lesson', () => {
    const progress = done(visitLesson(emptyProgress(), 'drie', NOW), ['d1']);
    expect(continueTarget(progress, lessons)).toEqual({ kind: 'next', slug: 'een', order: 1 });
  });

  test('everything finished and the Eindtoets handed in: Oefenen', () => {
    let progress = done(visitLesson(emptyProgress(), 'drie', NOW), ['e1', 'e2', 't1', 'd1']);
    progress = { ...progress, finalTests: [{ at: NOW.toISOString(), points: 5, maxPoints: 10, questions: 10 }] };
    expect(continueTarget(progress, lessons)).toEqual({ kind: 'all-done', finalTestDone: true });
  });
});
