// A forgiving weekly streak: not "days in a row" (one missed day wipes that out), but how many of
// the last seven days the student practised, with a goal of STREAK_GOAL. Derived from what progress
// already stores, so nothing new is saved: each exercise's (and flashcard's) last attempt, and the
// finished practice exams and Eindtoetsen. Only an exercise's LAST attempt is kept, so a day whose
// exercises were all redone later no longer shows; a streak can only come out a little low, never high.
import { plural } from '../format/plural';
import type { Progress } from './state';

/** Days of the last seven to practise on for the goal. */
export const STREAK_GOAL = 4;
const WEEK = 7;

export type WeekStreak = {
  /** Days of the last seven (today included) with any practice. */
  days: number;
  goal: number;
  reached: boolean;
  practisedToday: boolean;
};

/** A date's day in the device's time zone, as "2026-11-23". */
export function dayKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Every day (dayKey) on which progress shows practice. */
export function practiceDays(progress: Progress): Set<string> {
  const moments = [
    ...Object.values(progress.exercises).flatMap((entry) => [entry.lastAt, entry.card?.last_review]),
    ...(progress.exams ?? []).map((exam) => exam.at),
    ...(progress.finalTests ?? []).map((test) => test.at),
  ];
  const days = new Set<string>();
  for (const moment of moments) {
    const time = moment ? Date.parse(moment) : NaN;
    if (Number.isFinite(time)) days.add(dayKey(new Date(time)));
  }
  return days;
}

/** The streak at `now`: practice days among the last seven, today included. */
export function weekStreak(progress: Progress, now: Date, goal = STREAK_GOAL): WeekStreak {
  const practised = practiceDays(progress);
  let days = 0;
  for (let back = 0; back < WEEK; back++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 12);
    if (practised.has(dayKey(day))) days++;
  }
  return { days, goal, reached: days >= goal, practisedToday: practised.has(dayKey(now)) };
}

/** "De afgelopen 7 dagen oefende je op 3 dagen. Je doel is 4 dagen per week." (a rolling week, not a calendar week) */
export function streakText({ days, goal, reached }: WeekStreak): string {
  const week =
    days === 0
      ? `De afgelopen ${WEEK} dagen heb je nog niet geoefend.`
      : `De afgelopen ${WEEK} dagen oefende je op ${days} ${plural(days, 'dag', 'dagen')}.`;
  return reached
    ? `${week} Je doel van ${goal} ${plural(goal, 'dag', 'dagen')} is gehaald!`
    : `${week} Je doel is ${goal} ${plural(goal, 'dag', 'dagen')} per week.`;
}
