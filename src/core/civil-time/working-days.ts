/**
 * Working days, on ISO civil dates: Saturday and Sunday are not working days, nor is any date in the
 * configured holidays (Tết, 30/4, 2/9 ... as the database lists them).
 */

import { addDays, dayOfWeek } from './civil-dates.js';

/**
 * The days off besides Saturday and Sunday: Viet Nam's public holidays as computed and as an
 * administrator stored them (core/calendar/holidays.ts daysOffFrom). A set of ISO dates will do.
 */
export interface DaysOff {
  has(date: string): boolean;
}

/**
 * How far the working-day searches look before giving up. Vietnam's longest break (Tết with its
 * bridging days) is under two weeks; a longer chain means the holiday table is wrong, and saying so
 * beats looping for ever.
 */
const MAX_SEARCH_DAYS = 366;

/** Whether `date` is a working day: not a Saturday, not a Sunday, not a holiday. */
export function isWorkingDay(date: string, holidays: DaysOff): boolean {
  const day = dayOfWeek(date);
  return day !== 0 && day !== 6 && !holidays.has(date);
}

function search(date: string, holidays: DaysOff, step: 1 | -1): string {
  let day = date;
  for (let i = 0; i <= MAX_SEARCH_DAYS; i += 1) {
    if (isWorkingDay(day, holidays)) return day;
    day = addDays(day, step);
  }
  throw new RangeError(`no working day within ${MAX_SEARCH_DAYS} days of ${date}: check the holidays`);
}

/** The last working day on or before `date` (the date itself when it is one): where a reminder on a day off moves. */
export function previousWorkingDay(date: string, holidays: DaysOff): string {
  return search(date, holidays, -1);
}

/**
 * The first working day on or after `date` (the date itself when it is one). On-or-after, like
 * previousWorkingDay, so both answer "which working day serves this date"; the late summary asks for
 * the first working day after the due date with nextWorkingDay(addDays(due, 1)).
 */
export function nextWorkingDay(date: string, holidays: DaysOff): string {
  return search(date, holidays, 1);
}
