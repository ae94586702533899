/**
 * A period's deadline: its last day on time (the schedule's rule) and the day it really ends, the
 * next working day when the last day is a Saturday, a Sunday or a public holiday (Bộ luật Dân sự
 * 2015, Điều 148). Everything that judges time against a deadline reads `endsOn`: the on-time flag,
 * what is still open, when the late summary goes out, how many days are left.
 */

import type { DaysOff } from '../civil-time/index.js';
import { periodParts } from '../periods/index.js';
import type { PeriodCode } from '../types.js';
import { deadlineEnd } from './holidays.js';
import { dueDate, periodsOf, type Schedule } from './schedules.js';

/** A period of a schedule with its deadline. */
export interface Deadline<S extends Schedule = Schedule> {
  readonly schedule: S;
  readonly period: PeriodCode;
  /** The last day on time by the schedule's rule (ISO). */
  readonly due: string;
  /** The day the deadline ends: `due`, or the next working day when `due` is a day off. */
  readonly endsOn: string;
}

/** Whether a schedule is in force: on, and with a day set. */
export function inForce(schedule: Schedule): boolean {
  return schedule.active !== false && schedule.due.kind !== 'none';
}

/** The deadline of `period` under `schedule`; null when the schedule is for another kind of period or has no day. */
export function deadlineOf<S extends Schedule>(schedule: S, period: PeriodCode, daysOff: DaysOff): Deadline<S> | null {
  const due = dueDate(schedule, period);
  return due === null ? null : { schedule, period, due, endsOn: deadlineEnd(due, daysOff) };
}

/**
 * The deadlines of `schedule` whose periods fall in the years `from`…`to`, in order. Rules put a
 * deadline at most a year after its period, so callers ask from a year before the dates they need.
 */
export function deadlinesIn<S extends Schedule>(schedule: S, from: number, to: number, daysOff: DaysOff): Deadline<S>[] {
  const found: Deadline<S>[] = [];
  for (let year = from; year <= to; year += 1) {
    for (const period of periodsOf(schedule.periodKind, year)) {
      const deadline = deadlineOf(schedule, period, daysOff);
      if (deadline) found.push(deadline);
    }
  }
  return found;
}

/** The first deadline of `schedule` that ends on or after `today`; null when the schedule has no day. */
export function nextDeadline<S extends Schedule>(schedule: S, today: string, daysOff: DaysOff): Deadline<S> | null {
  const year = Number(today.slice(0, 4));
  return deadlinesIn(schedule, year - 1, year + 1, daysOff).find((d) => d.endsOn >= today) ?? null;
}

/** The schedule in force that governs a period (by its kind), if any. */
export function scheduleFor<S extends Schedule>(schedules: readonly S[], period: PeriodCode): S | null {
  const kind = periodParts(period)?.kind;
  return schedules.find((s) => inForce(s) && s.periodKind === kind) ?? null;
}

/**
 * Whether a submission on `submittedOn` (ISO civil date) is on time for `period`: on or before the
 * day its deadline ends. Null when no schedule in force governs the period. A late one is still accepted.
 */
export function isOnTime(schedules: readonly Schedule[], period: PeriodCode, submittedOn: string, daysOff: DaysOff): boolean | null {
  const schedule = scheduleFor(schedules, period);
  const deadline = schedule ? deadlineOf(schedule, period, daysOff) : null;
  return deadline ? submittedOn <= deadline.endsOn : null;
}
