/**
 * Civil time of an instant. Deadlines, "today" and the times an administrator reads are civil
 * dates and hours in Vietnam (Asia/Ho_Chi_Minh: UTC+7, no daylight saving since 1975), so a
 * message sent at 06:00 on 5 July in Hà Nội (23:00 UTC on 4 July) was sent on 5 July. Nothing here
 * reads the clock: the instant is passed in.
 */

import { DAY_MS } from './civil-dates.js';

/** Vietnam's time zone, the default of every reminder schedule. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** The last day formatted, by its number since 1970 in Vietnam: a message's turn asks for its date many times. */
let lastDay = { day: Number.NaN, date: '' };

/** "YYYY-MM-DD": the civil date in Vietnam of `at`. */
export function vietnamDate(at: Date): string {
  const local = at.getTime() + VIETNAM_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  if (day !== lastDay.day) lastDay = { day, date: new Date(local).toISOString().slice(0, 10) };
  return lastDay.date;
}

/** "2026-12-02 09:00" for an ISO instant, in Vietnam's civil time; text that is not a timestamp is returned unchanged. */
export function formatVietnamTime(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const local = new Date(at + VIETNAM_OFFSET_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timezone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    zoneFormats.set(timezone, format);
  }
  return format;
}

/**
 * The civil date (ISO) and hour (0–23) of `at` in an IANA `timezone`: a reminder schedule sends at
 * its own civil hour, and its "today" is the date where its audience lives.
 */
export function civilTimeIn(timezone: string, at: Date): { readonly date: string; readonly hour: number } {
  const parts = Object.fromEntries(
    formatIn(timezone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}
