/**
 * What is open on a day: the one answer that `/lich`, `/trangthai`, "ai chưa nộp báo cáo …", "tình
 * hình nộp báo cáo <tỉnh>", the implicit period of a submission and the dry run all read.
 *
 * A period's reporting opens on the first day of its last month (the annual report in December, the
 * six-month report in June), or on its first reminder when that comes earlier, and stays open until
 * its deadline ends (the next working day after a day off: deadlines.ts). Once it has ended it stays
 * listed, as passed, for PASSED_SHOWN_DAYS, so that a late report can still be chased. In December
 * 2026 the annual report for 2026 is open; the first half of 2026, passed on 6 July, is not listed.
 */

import { addDays, type DaysOff, daysBetween } from '../civil-time/index.js';
import { periodParts } from '../periods/index.js';
import { type Deadline, deadlinesIn, inForce } from './deadlines.js';
import { lastMonthOf, type Schedule } from './schedules.js';

/** A deadline with where it stands on the day asked. */
export interface OpenPeriod<S extends Schedule = Schedule> extends Deadline<S> {
  /** 'open': the deadline has not ended yet; 'passed': it ended at most PASSED_SHOWN_DAYS ago. */
  readonly state: 'open' | 'passed';
}

/** How long a passed deadline stays listed: long enough to chase a late report, short enough not to crowd the list. */
export const PASSED_SHOWN_DAYS = 30;

/** The day a period's reporting opens (see above). */
export function opensOn(deadline: Deadline): string {
  const parts = periodParts(deadline.period);
  const month = parts ? lastMonthOf(parts.kind, parts.index) : 1;
  const monthStart = `${parts?.year ?? deadline.due.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
  const firstReminder = addDays(deadline.endsOn, -Math.max(0, ...deadline.schedule.offsetsDays));
  return firstReminder < monthStart ? firstReminder : monthStart;
}

/** One schedule around `today`: its open periods (nearest deadline first), the last one passed, the next to come. */
export interface ScheduleStanding<S extends Schedule> {
  readonly open: readonly Deadline<S>[];
  readonly passed: Deadline<S> | null;
  readonly next: Deadline<S> | null;
}

export function standingOf<S extends Schedule>(schedule: S, today: string, daysOff: DaysOff): ScheduleStanding<S> {
  const year = Number(today.slice(0, 4));
  const all = deadlinesIn(schedule, year - 2, year + 1, daysOff);
  const ahead = all.filter((d) => d.endsOn >= today);
  return {
    open: ahead.filter((d) => opensOn(d) <= today),
    passed: all.filter((d) => d.endsOn < today).at(-1) ?? null,
    next: ahead[0] ?? null,
  };
}

const byEnd = (a: Deadline, b: Deadline) => (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0);

/**
 * The open periods of the schedules in force, with those passed in the last PASSED_SHOWN_DAYS days,
 * ordered by the day their deadline ends (ties keep the schedules' order).
 */
export function openPeriods<S extends Schedule>(schedules: readonly S[], today: string, daysOff: DaysOff): OpenPeriod<S>[] {
  const found: OpenPeriod<S>[] = [];
  for (const schedule of schedules.filter(inForce)) {
    const standing = standingOf(schedule, today, daysOff);
    const { passed } = standing;
    if (passed && daysBetween(passed.endsOn, today) <= PASSED_SHOWN_DAYS) found.push({ ...passed, state: 'passed' });
    for (const d of standing.open) found.push({ ...d, state: 'open' });
  }
  return found.sort(byEnd);
}

/**
 * The period a question about one schedule is about when it names none ("ai chưa nộp báo cáo 6
 * tháng?"): the open one whose deadline is nearest, else the last passed (in March, last year's
 * half), else the next. Null when the schedule has no day.
 */
export function currentPeriod<S extends Schedule>(schedule: S, today: string, daysOff: DaysOff): Deadline<S> | null {
  const standing = standingOf(schedule, today, daysOff);
  return standing.open[0] ?? standing.passed ?? standing.next;
}

/**
 * The period a submission that names none is for: the open period whose deadline is nearest, else
 * the next deadline's of any schedule (figures sent early go to the report that comes next).
 */
export function submissionPeriod<S extends Schedule>(schedules: readonly S[], today: string, daysOff: DaysOff): Deadline<S> | null {
  const open = openPeriods(schedules, today, daysOff).filter((p) => p.state === 'open');
  if (open[0]) return open[0];
  const next = schedules
    .filter(inForce)
    .map((s) => standingOf(s, today, daysOff).next)
    .filter((d) => d !== null);
  return next.sort(byEnd)[0] ?? null;
}
