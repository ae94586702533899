/**
 * One schedule's deadline as an answer states it: the document's day and the last day on time it
 * means ("trước ngày 05 tháng 7": 4 July), the occurrence asked about (the next one from today, or
 * that of the period named) and the days left, and the calendar's own date beside it.
 *
 * The calendar's due date is what reminders count from and is left as it is; the last day on time
 * comes from the document, so that "before 5 July" is never stated as "by 5 July". Where the document
 * gives no day, the calendar's day is the only one, and the answer says whose it is.
 *
 * A document's last day that falls on a Saturday, Sunday or public holiday (Viet Nam's computed
 * holidays and the stored ones) ends at the end of the next working day (Bộ luật Dân sự 2015,
 * Điều 148): `endsOn` is that day and the days left count to it. The calendar's own day (no
 * document's) is left as it is, as the reminders and the on-time flag still read it.
 */
import { dueDate, periodsOf, type Schedule } from '../calendar/index.js';
import { formatDueRule } from '../calendar/stored-form.js';
import { periodParts } from '../periods/index.js';
import { deadlineEnd, holidayNames } from '../calendar/holidays.js';
import { addDays, dayOfWeek, daysBetween } from '../reminders/working-days.js';
import type { PeriodCode } from '../types.js';

/** A schedule's deadline for one period. */
export interface DeadlineFacts {
  readonly schedule: Schedule;
  readonly period: PeriodCode;
  /** The last day on time by the document (the day before a "before" day); null where the document gives no day. */
  readonly lastOnTime: string | null;
  /**
   * The day the deadline ends: the last day on time, or the next working day when that is a day off
   * (Bộ luật Dân sự 2015, Điều 148); null where the document gives no day.
   */
  readonly endsOn: string | null;
  /** Why the last day on time is no working day: a weekend day (0 Sunday, 6 Saturday) or a holiday's name; null when it is one. */
  readonly dayOff: { readonly weekday: number } | { readonly holiday: string } | null;
  /** The calendar's due date for the period: what reminders count from. */
  readonly calendarDue: string;
  /** The calendar's rule is not the document's day (a province moved it). */
  readonly calendarMoved: boolean;
  /** Days from today to the day the deadline ends (to the calendar's date where the document gives none); negative once past. */
  readonly daysLeft: number;
  /** The period was asked for; otherwise it is the next one from today. */
  readonly asked: boolean;
}

/** The day that counts: the document's last day on time, else the calendar's date. */
function lastDay(schedule: Schedule, period: PeriodCode): { lastOnTime: string | null; calendarDue: string } | null {
  const calendarDue = dueDate(schedule, period);
  if (calendarDue === null) return null;
  const due = schedule.source?.due;
  const named = due ? dueDate({ ...schedule, due: due.rule }, period) : null;
  const lastOnTime = named === null ? null : due?.before ? addDays(named, -1) : named;
  return { lastOnTime, calendarDue };
}

/**
 * The deadline of `schedule` for `period` when it is one of the schedule's periods, else for the
 * first period whose last day (on time by the document, else the calendar's) is today or later.
 */
export function deadlineFacts(
  schedule: Schedule, today: string, period: PeriodCode | null = null, stored: readonly StoredHoliday[] = [],
): DeadlineFacts {
  const holidaysOf = holidayCache(stored);
  const build = (p: PeriodCode, asked: boolean): DeadlineFacts | null => {
    const days = lastDay(schedule, p);
    if (!days) return null;
    const off = days.lastOnTime === null ? null : workingEnd(days.lastOnTime, holidaysOf(Number(days.lastOnTime.slice(0, 4))));
    const counted = off?.endsOn ?? days.calendarDue;
    const documentRule = schedule.source?.due?.rule;
    return {
      schedule, period: p, ...days, endsOn: off?.endsOn ?? null, dayOff: off?.dayOff ?? null, asked, daysLeft: daysBetween(today, counted),
      calendarMoved: documentRule !== undefined && formatDueRule(documentRule) !== formatDueRule(schedule.due),
    };
  };
  if (period !== null && periodParts(period)?.kind === schedule.periodKind) {
    const asked = build(period, true);
    if (asked) return asked;
  }
  const year = Number(today.slice(0, 4));
  for (const y of [year - 1, year, year + 1]) {
    for (const p of periodsOf(schedule.periodKind, y)) {
      const facts = build(p, false);
      if (facts && facts.daysLeft >= 0) return facts;
    }
  }
  // Unreachable for the calendar's rules: every schedule has a deadline within a year.
  throw new Error(`no deadline for ${schedule.key} after ${today}`);
}

/** A holiday an administrator stored (the government's yearly spans and bridging days). */
export interface StoredHoliday {
  readonly date: string;
  readonly name: string;
}

/** The holidays around a year (itself and the next, for a deadline late in December), computed once per year. */
function holidayCache(stored: readonly StoredHoliday[]): (year: number) => ReadonlyMap<string, string> {
  const cache = new Map<number, ReadonlyMap<string, string>>();
  return (year) => {
    let names = cache.get(year);
    if (!names) {
      names = holidayNames([year, year + 1], stored);
      cache.set(year, names);
    }
    return names;
  };
}

/** The day a deadline whose last day is `last` ends, and why it moved. */
function workingEnd(last: string, holidays: ReadonlyMap<string, string>): Pick<DeadlineFacts, 'endsOn' | 'dayOff'> {
  const endsOn = deadlineEnd(last, new Set(holidays.keys()));
  if (endsOn === last) return { endsOn, dayOff: null };
  const holiday = holidays.get(last);
  return { endsOn, dayOff: holiday !== undefined ? { holiday } : { weekday: dayOfWeek(last) } };
}
