/**
 * Viet Nam's public holidays for any year, and when a deadline that falls on a day off ends.
 *
 * The lunar dates (Tết Nguyên đán, Giỗ Tổ Hùng Vương) come from the kept library `date-holidays`
 * (its Viet Nam calendar); it gives the lunar new year's day and the eve, one day of Quốc khánh and
 * the fixed days. The days are filled out to those of Bộ luật Lao động 2019, Điều 112:
 * - Tết Dương lịch: 1 day, 1/1.
 * - Tết Âm lịch: 5 days. Our rule: the last day of the old lunar year plus the first four days of
 *   the new one (lunar new year's day − 1 … + 3), the span the government has set in most years.
 * - Giỗ Tổ Hùng Vương: 1 day, 10/3 lunar.
 * - Ngày Chiến thắng 30/4 and Quốc tế lao động 1/5: 1 day each.
 * - Quốc khánh: 2 days, "ngày 02/9 dương lịch và 01 ngày liền kề trước hoặc sau". Our rule: 1/9,
 *   the day before, which the government chose in most recent years (2022, 2023, 2025); a year it
 *   picks 3/9 is stored by an administrator.
 * - Điều 112, khoản 3: a holiday on a Saturday or Sunday is made up on the next working day
 *   ("nghỉ bù vào ngày làm việc kế tiếp"); those days are added too.
 * The government's yearly spans and bridging days (hoán đổi ngày làm việc) are not computable: an
 * administrator stores them, and stored days override these (see holidayCalendar).
 *
 * Dates are ISO civil dates ("2026-02-17"), with no time zone.
 */
import Holidays from 'date-holidays';
import { addDays, type DaysOff, dayOfWeek, isoDate, isWorkingDay, nextWorkingDay } from '../civil-time/index.js';

export { type DaysOff, isWorkingDay };

/** A day off and why. */
export interface PublicHoliday {
  /** ISO civil date. */
  readonly date: string;
  /** Vietnamese name. */
  readonly name: string;
}

const library = new Holidays('VN');

/** The library's ISO date of a public holiday whose rule matches; null when it gives none that year. */
function libraryDate(year: number, rule: RegExp): string | null {
  const found = library.getHolidays(year).find((h) => h.type === 'public' && rule.test(h.rule));
  // The library's `date` is the local civil date, "2026-02-17 00:00:00".
  return found ? found.date.slice(0, 10) : null;
}

/** The holidays of Điều 112 for `year`, without the make-up days. */
function statutoryDays(year: number): PublicHoliday[] {
  const days: PublicHoliday[] = [{ date: isoDate(year, 1, 1), name: 'Tết Dương lịch' }];
  // The lunar new year's day: the library's rule "vietnamese 1-0-1" (not the eve, "1 day before …").
  const tet = libraryDate(year, /^vietnamese 1-0-1$/);
  if (tet) {
    for (let offset = -1; offset <= 3; offset += 1) days.push({ date: addDays(tet, offset), name: 'Tết Nguyên đán' });
  }
  const hungVuong = libraryDate(year, /^vietnamese 3-0-10$/);
  if (hungVuong) days.push({ date: hungVuong, name: 'Giỗ Tổ Hùng Vương' });
  days.push(
    { date: isoDate(year, 4, 30), name: 'Ngày Chiến thắng' },
    { date: isoDate(year, 5, 1), name: 'Ngày Quốc tế lao động' },
    { date: isoDate(year, 9, 1), name: 'Quốc khánh' },
    { date: isoDate(year, 9, 2), name: 'Quốc khánh' },
  );
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

const isWeekend = (date: string) => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

/**
 * Viet Nam's public holidays in `year` by Bộ luật Lao động 2019, Điều 112, with the make-up day of
 * each that falls on a Saturday or Sunday (the next weekday that is no holiday), ordered by date.
 * A Tết that starts late in a year's January never spills into the year before: the lunar new year
 * falls between 21 January and 20 February.
 */
export function publicHolidays(year: number): PublicHoliday[] {
  const days = statutoryDays(year);
  const taken = new Set(days.map((d) => d.date));
  const makeUps: PublicHoliday[] = [];
  for (const day of days) {
    if (!isWeekend(day.date)) continue;
    let next = addDays(day.date, 1);
    while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
    taken.add(next);
    makeUps.push({ date: next, name: `Nghỉ bù ${day.name}` });
  }
  return [...days, ...makeUps].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * A day an administrator stored: a day off the government set (a Tết span's extra day, a bridging
 * day) or, with `off: false`, a computed holiday that is a working day that year (Quốc khánh moved
 * from 1/9 to 3/9). Stored days override the computed ones. A working Saturday (the other half of a
 * bridging swap) is not modelled: reminders and deadlines only ever move onto weekdays.
 */
export interface StoredDay {
  readonly date: string;
  readonly name: string;
  /** Default true. */
  readonly off?: boolean;
}

/** The days off (besides weekends) with their names, computed per year when first asked. */
export interface HolidayCalendar extends DaysOff {
  /** Why the day is off (a stored day's name over the computed one's); null for a working day or a plain weekend. */
  nameOf(date: string): string | null;
}

/**
 * Viet Nam's holidays as computed, with the stored days laid over them. Lazy: a year's holidays are
 * computed the first time a date in it is asked about, so one calendar serves any span of years.
 */
export function holidayCalendar(stored: readonly StoredDay[] = []): HolidayCalendar {
  const overrides = new Map(stored.map((day) => [day.date, day]));
  const years = new Map<number, ReadonlyMap<string, string>>();
  const computed = (date: string) => {
    const year = Number(date.slice(0, 4));
    let names = years.get(year);
    if (!names) {
      names = new Map(publicHolidays(year).map((day) => [day.date, day.name]));
      years.set(year, names);
    }
    return names.get(date) ?? null;
  };
  const nameOf = (date: string) => {
    const override = overrides.get(date);
    if (override) return override.off === false ? null : override.name;
    return computed(date);
  };
  return { nameOf, has: (date) => nameOf(date) !== null };
}

/**
 * When a deadline whose last day on time is `lastDay` ends: that day when it is a working day, else
 * the end of the next working day (Bộ luật Dân sự 2015, Điều 148: "ngày cuối cùng của thời hạn là
 * ngày nghỉ … thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo").
 */
export function deadlineEnd(lastDay: string, holidays: DaysOff): string {
  return nextWorkingDay(lastDay, holidays);
}
