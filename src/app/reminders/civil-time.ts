/**
 * Civil date and hour of an instant in a schedule's time zone (Intl, no I/O): a schedule sends at
 * its own civil hour, and "today" is the date where its audience lives.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timezone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    dateFormats.set(timezone, format);
  }
  return format;
}

/** The civil date (ISO) and hour (0–23) of `at` in `timezone`. */
export function civilTimeIn(timezone: string, at: Date): { readonly date: string; readonly hour: number } {
  const parts = Object.fromEntries(
    formatIn(timezone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}
