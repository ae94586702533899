/**
 * One schedule's deadline as an answer states it: the document's day and the last day on time it
 * means ("trước ngày 05 tháng 7": 4 July), the occurrence asked about (the next one from today, or
 * that of the period named) and the days left, and the calendar's own date beside it.
 *
 * The calendar's due date is what reminders count from and is left as it is; the last day on time
 * comes from the document, so that "before 5 July" is never stated as "by 5 July". Where the document
 * gives no day, the calendar's day is the only one, and the answer says whose it is.
 */
import { dueDate, periodsOf, type Schedule } from '../calendar/index.js';
import { formatDueRule } from '../calendar/stored-form.js';
import { periodParts } from '../periods/index.js';
import { addDays, daysBetween } from '../reminders/working-days.js';
import type { PeriodCode } from '../types.js';

/** A schedule's deadline for one period. */
export interface DeadlineFacts {
  readonly schedule: Schedule;
  readonly period: PeriodCode;
  /** The last day on time by the document (the day before a "before" day); null where the document gives no day. */
  readonly lastOnTime: string | null;
  /** The calendar's due date for the period: what reminders count from. */
  readonly calendarDue: string;
  /** The calendar's rule is not the document's day (a province moved it). */
  readonly calendarMoved: boolean;
  /** Days from today to the last day on time (to the calendar's date where the document gives none); negative once past. */
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
export function deadlineFacts(schedule: Schedule, today: string, period: PeriodCode | null = null): DeadlineFacts {
  const build = (p: PeriodCode, asked: boolean): DeadlineFacts | null => {
    const days = lastDay(schedule, p);
    if (!days) return null;
    const counted = days.lastOnTime ?? days.calendarDue;
    const documentRule = schedule.source?.due?.rule;
    return {
      schedule, period: p, ...days, asked, daysLeft: daysBetween(today, counted),
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
