import { DUTCH_TIME_ZONE } from '../format/dates';
import type { ShowAnswers } from './types';

/** When an assignment can be taken, as stored: no opening time means open at once, no closing time open for good. */
export type OpeningTimes = { opensAt: Date | null; closesAt: Date | null };

export type AssignmentStatus = 'nog-niet-open' | 'open' | 'gesloten';

/** Whether students can take the assignment at `now`. */
export function statusAt(times: OpeningTimes, now: Date): AssignmentStatus {
  if (times.closesAt && now >= times.closesAt) return 'gesloten';
  if (times.opensAt && now < times.opensAt) return 'nog-niet-open';
  return 'open';
}

/** Whether a student who handed in may see the key and the explanations at `now`. */
export function answersVisible(assignment: OpeningTimes & { showAnswers: ShowAnswers }, now: Date): boolean {
  if (assignment.showAnswers === 'direct') return true;
  if (assignment.showAnswers === 'nooit') return false;
  return statusAt(assignment, now) === 'gesloten';
}

export const SHOW_ANSWERS_LABEL: Record<ShowAnswers, string> = {
  direct: 'Direct na het inleveren',
  'na-sluiten': 'Pas als de opdracht sluit',
  nooit: 'Nooit',
};

export const STATUS_LABEL: Record<AssignmentStatus, string> = {
  'nog-niet-open': 'Nog niet open',
  open: 'Open',
  gesloten: 'Gesloten',
};

// Made once: building an Intl formatter costs far more than using one.
const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: DUTCH_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The offset of Dutch time from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const parts = partsFormat.formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * A `datetime-local` value ("2026-11-24T09:30") read as Dutch time, or null when it is not one.
 * The form has no time zone; a teacher in the Netherlands means their own clock.
 */
export function parseDutchDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Guess with the offset at the wall time, then correct once with the offset at the guess.
  let instant = wall - offsetMinutes(new Date(wall)) * 60_000;
  instant = wall - offsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** The `datetime-local` value for an instant, in Dutch time (to fill a form). */
export function toDutchDateTimeInput(date: Date): string {
  const shifted = new Date(date.getTime() + offsetMinutes(date) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
