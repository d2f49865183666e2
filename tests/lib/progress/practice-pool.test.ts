import { describe, expect, test } from 'vitest';
import { emptyProgress, recordAttempt, visitLesson, type Progress } from '@/lib/progress';
import { dueReviewCount, isFlashcardId, newItemsOpen, sessionSummary, summaryText } from '@/lib/progress/practice-pool';

const NOW = new Date('2026-11-23T12:00:00Z');
const items = [
  { id: 'a1', topic: 'les-a' },
  { id: 'a2', topic: 'les-a' },
  { id: 'b1', topic: 'les-b' },
];

describe('the practice pool', () => {
  test('new items come only from lessons the student opened; tried items stay for review', () => {
    let progress: Progress = recordAttempt(emptyProgress(), 'b1', 0, NOW);
    expect(newItemsOpen(progress, items)).toEqual(['b1']);
    progress = visitLesson(progress, 'les-a', NOW);
    expect(newItemsOpen(progress, items)).toEqual(['a1', 'a2', 'b1']);
  });

  test('flashcards are known by their prefix', () => {
    expect(isFlashcardId('begrip-persona-term')).toBe(true);
    expect(isFlashcardId('cj-definitie')).toBe(false);
  });

  test('the nav badge counts the reviews due, without flashcards', () => {
    let progress = recordAttempt(emptyProgress(), 'a1', 0, new Date('2026-11-20T12:00:00Z'));
    progress = recordAttempt(progress, 'begrip-persona-term', 0, new Date('2026-11-20T12:00:00Z'));
    progress = recordAttempt(progress, 'a2', 1, NOW);
    expect(dueReviewCount(progress, NOW)).toBe(1);
  });
});

describe('the end of a session', () => {
  test('counts what was right and when it comes back', () => {
    const started = new Date('2026-11-23T11:00:00Z');
    let progress = emptyProgress();
    progress = recordAttempt(progress, 'a1', 1, NOW);
    progress = recordAttempt(progress, 'a2', 0.5, NOW);
    progress = recordAttempt(progress, 'b1', 0, new Date('2026-11-20T12:00:00Z'));
    const summary = sessionSummary(progress, ['a1', 'a2', 'b1'], started, NOW);
    // b1 was not answered in this session.
    expect(summary.done).toBe(2);
    expect(summary.right).toBe(1);
    expect(summary.today + summary.tomorrow + summary.later).toBe(2);
  });

  test('says it with plural()', () => {
    expect(summaryText({ done: 5, right: 4, today: 0, tomorrow: 2, later: 3 })).toBe(
      '4 van 5 goed. 2 komen morgen terug, 3 later.',
    );
    expect(summaryText({ done: 1, right: 1, today: 1, tomorrow: 0, later: 0 })).toBe('1 van 1 goed. 1 komt vandaag nog terug.');
    expect(summaryText({ done: 3, right: 0, today: 0, tomorrow: 1, later: 0 })).toBe('0 van 3 goed. 1 komt morgen terug.');
    expect(summaryText({ done: 0, right: 0, today: 0, tomorrow: 0, later: 0 })).toBe('Je hebt geen oefening nagekeken.');
  });
});
