// Dates and times in Dutch. Teachers' assignments are shown in Dutch time (Europe/Amsterdam)
// whatever the server's zone; a student's own history is shown in the device's zone.

/** The time zone of assignments: opening and closing times are Dutch time. */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

// Each formatter is made on first use, once: building one costs far more than using it, a results
// table formats a date on every row, and a page that needs none of them builds none.
function once(make: () => Intl.DateTimeFormat): () => Intl.DateTimeFormat {
  let made: Intl.DateTimeFormat | undefined;
  return () => (made ??= make());
}

const long = once(
  () =>
    new Intl.DateTimeFormat('nl-NL', {
      timeZone: DUTCH_TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
);
const short = once(() => new Intl.DateTimeFormat('nl-NL', { timeZone: DUTCH_TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }));
const dayAndTime = once(
  () => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
);
const weekdayAndTime = once(
  () => new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
);

/** A date and time as Dutch students and teachers read it, in Dutch time: "di 24 nov 2026, 09:30". */
export function formatDateTime(date: Date): string {
  return long().format(date);
}

/** A date and time in Dutch time, compact for a spreadsheet cell: "24-11-2026, 09:30". */
export function formatDateTimeShort(date: Date): string {
  return short().format(date);
}

/** Day, month and time in the device's zone, without the year: "24 november om 09:30". */
export function formatDayTime(date: Date): string {
  return dayAndTime().format(date);
}

/** Weekday, day, month and time in the device's zone: "dinsdag 24 november om 09:30". */
export function formatWeekdayDayTime(date: Date): string {
  return weekdayAndTime().format(date);
}
