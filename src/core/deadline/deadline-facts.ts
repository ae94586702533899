/**
 * One schedule's deadline as an answer states it: the last day on time the calendar holds (for a
 * document's "trước ngày 05 tháng 7", 4 July), the day the deadline really ends (the next working day
 * when that is a Saturday, a Sunday or a public holiday: Bộ luật Dân sự 2015, Điều 148), the
 * occurrence asked about (the next one from today, or that of the period named) and the days left to
 * its end. Where a province moved the day, the document's own last day is given beside it.
 */

import { type HolidayCalendar, holidayCalendar } from '../calendar/holidays.js';
import { deadlineOf, dueDate, periodsOf, type Schedule } from '../calendar/index.js';
import { addDays, dayOfWeek, daysBetween } from '../civil-time/index.js';
import { periodEnd, periodParts, periodStart } from '../periods/index.js';
import type { PeriodCode } from '../types.js';

/** A schedule's deadline for one period. */
export interface DeadlineFacts {
  readonly schedule: Schedule;
  readonly period: PeriodCode;
  /** The last day on time the calendar holds; null when no day is set (the schedule is then off). */
  readonly lastOnTime: string | null;
  /** The last day on time by the document ("before 5 July": 4 July); null where the document gives no day. */
  readonly documentDay: string | null;
  /** The day the deadline ends: the last day on time, or the next working day when that is a day off; null when no day is set. */
  readonly endsOn: string | null;
  /** Why the last day on time is no working day: a weekend day (0 Sunday, 6 Saturday) or a holiday's name; null when it is one. */
  readonly dayOff: { readonly weekday: number } | { readonly holiday: string } | null;
  /** The calendar's day is not the document's (a province moved it). */
  readonly calendarMoved: boolean;
  /** Days from today to the day the deadline ends; negative once past; null when no day is set. */
  readonly daysLeft: number | null;
  /** The period was asked for; otherwise it is the next one from today. */
  readonly asked: boolean;
}

/** The document's last day on time for a period: the day it names, or the day before where it says "before". */
function documentDay(schedule: Schedule, period: PeriodCode): string | null {
  const due = schedule.source?.due;
  const named = due ? dueDate({ ...schedule, due: due.rule }, period) : null;
  return named === null ? null : due?.before ? addDays(named, -1) : named;
}

function factsOf(schedule: Schedule, period: PeriodCode, today: string, asked: boolean, days: HolidayCalendar): DeadlineFacts {
  const deadline = deadlineOf(schedule, period, days);
  const byDocument = documentDay(schedule, period);
  const base = { schedule, period, documentDay: byDocument, asked };
  if (!deadline) return { ...base, lastOnTime: null, endsOn: null, dayOff: null, calendarMoved: false, daysLeft: null };
  const { due, endsOn } = deadline;
  const holiday = days.nameOf(due);
  const dayOff = endsOn === due ? null : holiday !== null ? { holiday } : { weekday: dayOfWeek(due) };
  return {
    ...base,
    lastOnTime: due,
    endsOn,
    dayOff,
    daysLeft: daysBetween(today, endsOn),
    calendarMoved: byDocument !== null && byDocument !== due,
  };
}

/**
 * The deadline of `schedule` for `period` when it is one of the schedule's periods, else for the
 * first period whose deadline ends today or later (the next period when no day is set).
 */
export function deadlineFacts(schedule: Schedule, today: string, period: PeriodCode | null = null, days: HolidayCalendar = holidayCalendar()): DeadlineFacts {
  if (period !== null && periodParts(period)?.kind === schedule.periodKind) return factsOf(schedule, period, today, true, days);
  const year = Number(today.slice(0, 4));
  const periods = [year - 1, year, year + 1].flatMap((y) => periodsOf(schedule.periodKind, y));
  const upcoming = periods.map((p) => factsOf(schedule, p, today, false, days));
  const next = upcoming.find((f) => f.daysLeft !== null && f.daysLeft >= 0);
  if (next) return next;
  // No day set: the period that contains today.
  const current = periods.find((p) => (periodStart(p) ?? '') <= today && today <= (periodEnd(p) ?? '')) ?? (periods[0] as PeriodCode);
  return factsOf(schedule, current, today, false, days);
}

/**
 * The deadline a report sent on `sentOn` answers: that of `period` when it is one of the schedule's,
 * else the one that ends nearest to that day (a report sent on 22 December is late for the year's,
 * not early for next year's). Counted from `today`, as asked.
 */
export function deadlineNear(
  schedule: Schedule,
  today: string,
  sentOn: string,
  period: PeriodCode | null,
  days: HolidayCalendar = holidayCalendar(),
): DeadlineFacts {
  if (period !== null && periodParts(period)?.kind === schedule.periodKind) return factsOf(schedule, period, today, true, days);
  const year = Number(sentOn.slice(0, 4));
  const near = [year - 1, year, year + 1]
    .flatMap((y) => periodsOf(schedule.periodKind, y))
    .map((p) => factsOf(schedule, p, today, true, days))
    .filter((f) => f.endsOn !== null)
    .sort(nearestTo(sentOn));
  return near[0] ?? deadlineFacts(schedule, today, period, days);
}

/** Orders deadlines by how far their end is from `day`, nearest first (those with no day last). */
export function nearestTo(day: string): (a: DeadlineFacts, b: DeadlineFacts) => number {
  const distance = (f: DeadlineFacts) => (f.endsOn === null ? Number.POSITIVE_INFINITY : Math.abs(daysBetween(day, f.endsOn)));
  return (a, b) => distance(a) - distance(b);
}
