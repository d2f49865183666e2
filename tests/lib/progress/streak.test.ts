import { describe, expect, test } from 'vitest';
import { emptyProgress, recordAttempt, type Progress } from '@/lib/progress';
import { dayKey, practiceDays, STREAK_GOAL, streakText, weekStreak } from '@/lib/progress/streak';

// Noon, so the local day is the same in every time zone from UTC-11 to UTC+11.
const at = (day: string) => new Date(`${day}T12:00:00Z`);

function practisedOn(days: string[], id = 'cj-definitie'): Progress {
  return days.reduce((progress, day, index) => recordAttempt(progress, `${id}-${index}`, 1, at(day)), emptyProgress());
}

describe('the weekly streak', () => {
  test('counts distinct practice days in the last seven days, today included', () => {
    const progress = practisedOn(['2026-11-16', '2026-11-18', '2026-11-18', '2026-11-20', '2026-11-23']);
    const streak = weekStreak(progress, at('2026-11-23'));
    // 16 November is eight days before the 23rd: outside the week.
    expect(streak).toEqual({ days: 3, goal: STREAK_GOAL, reached: false, practisedToday: true });
  });

  test('reaching the goal of 4 of 7 days is enough: missed days are forgiven', () => {
    const progress = practisedOn(['2026-11-17', '2026-11-19', '2026-11-21', '2026-11-22']);
    expect(weekStreak(progress, at('2026-11-23'))).toMatchObject({ days: 4, reached: true, practisedToday: false });
  });

  test('days come from exercises, flashcards, practice exams and Eindtoetsen', () => {
    let progress = recordAttempt(emptyProgress(), 'begrip-persona-term', 1, at('2026-11-20'));
    progress = {
      ...progress,
      exams: [{ at: at('2026-11-21').toISOString(), points: 1, maxPoints: 2, questions: 2, lessons: [] }],
      finalTests: [{ at: at('2026-11-22').toISOString(), points: 1, maxPoints: 2, questions: 2 }],
    };
    expect([...practiceDays(progress)].sort()).toEqual([
      dayKey(at('2026-11-20')),
      dayKey(at('2026-11-21')),
      dayKey(at('2026-11-22')),
    ]);
  });

  test('says it in plain Dutch, with the right singular', () => {
    expect(streakText({ days: 0, goal: 4, reached: false, practisedToday: false })).toBe(
      'De afgelopen 7 dagen heb je nog niet geoefend. Je doel is 4 dagen per week.',
    );
    expect(streakText({ days: 1, goal: 4, reached: false, practisedToday: true })).toBe(
      'De afgelopen 7 dagen oefende je op 1 dag. Je doel is 4 dagen per week.',
    );
    expect(streakText({ days: 5, goal: 4, reached: true, practisedToday: true })).toBe(
      'De afgelopen 7 dagen oefende je op 5 dagen. Je doel van 4 dagen is gehaald!',
    );
  });

  test('no practice means no days, and a clock set back does not count the future', () => {
    expect(weekStreak(emptyProgress(), at('2026-11-23')).days).toBe(0);
    expect(weekStreak(practisedOn(['2026-11-30']), at('2026-11-23')).days).toBe(0);
  });
});
