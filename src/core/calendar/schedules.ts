/**
 * Reporting schedules and their deadlines (DESIGN 2.3). Pure: dates are ISO civil dates in
 * Asia/Ho_Chi_Minh, passed in. The database holds the schedules that are in force (issue 5); these
 * defaults, taken from the provincial documents, are what a fresh database starts with.
 */
import type { PeriodCode, UnitLevel } from '../types.js';
import type { PeriodKind } from '../periods/index.js';
import { daysInMonth, periodCode, periodParts } from '../periods/index.js';
import { ANNUAL_SOURCE, MONTHLY_SOURCE, SIX_MONTH_SOURCE, type ScheduleSource } from './schedule-source.js';

/** When a period's report is due, relative to the period. */
export type DueRule =
  /** A fixed day of a month of the period's year, or of the next year when `nextYear`. */
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number; readonly nextYear?: boolean }
  /** A day of the period's own last month (monthly figures). */
  | { readonly kind: 'in-last-month'; readonly day: number }
  /**
   * A day of the month after the period's last month (quarterly statistics: the 15th after the
   * quarter); December's next month is January of the next year.
   */
  | { readonly kind: 'in-next-month'; readonly day: number };

/** A report that units submit periodically. */
export interface Schedule {
  readonly key: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly periodKind: PeriodKind;
  readonly due: DueRule;
  /** Days before the due date on which reminders go out; 0 is the due day. */
  readonly offsetsDays: readonly number[];
  /** The level of the units that report under it; absent: any level. */
  readonly audienceLevel?: UnitLevel;
  /**
   * What the document behind it says: who reports to whom, the due day as written and what it
   * means. Absent: no document recorded (a schedule a province made its own).
   */
  readonly source?: ScheduleSource;
}

/**
 * The schedules a unit of `level` reports under: an implicit period comes from these only (the
 * provincial statistics' quarterly deadline is not a commune's).
 */
export function schedulesForLevel<S extends Schedule>(schedules: readonly S[], level: UnitLevel): S[] {
  return schedules.filter((s) => s.audienceLevel === undefined || s.audienceLevel === level);
}

/**
 * Defaults from the provincial documents; the monthly day (20) is our choice until a province sets its
 * own (the document gives none). The six-month and annual reports are due "before" 5 July and 20
 * December: the rule keeps the day named, and the source says that the last day on time is the one before.
 */
export const DEFAULT_SCHEDULES: readonly Schedule[] = [
  {
    key: 'six_month', nameVi: 'Báo cáo 6 tháng', nameEn: 'Six-month report', periodKind: 'six-months',
    due: { kind: 'fixed', month: 7, day: 5 }, offsetsDays: [7, 3, 1, 0], source: SIX_MONTH_SOURCE,
  },
  {
    key: 'annual', nameVi: 'Báo cáo năm', nameEn: 'Annual report', periodKind: 'year',
    due: { kind: 'fixed', month: 12, day: 20 }, offsetsDays: [7, 3, 1, 0], source: ANNUAL_SOURCE,
  },
  {
    key: 'monthly', nameVi: 'Số liệu tháng', nameEn: 'Monthly figures', periodKind: 'month',
    due: { kind: 'in-last-month', day: 20 }, offsetsDays: [3, 1, 0], source: MONTHLY_SOURCE,
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The due date (ISO) of `period` under `schedule`, or null when the schedule is for another kind of period.
 * A day-of-month rule whose day the month lacks (31 in April) falls on that month's last day, so that a
 * "day 31" rule means "the end of the month" instead of an impossible date.
 */
export function dueDate(schedule: Schedule, period: PeriodCode): string | null {
  const parts = periodParts(period);
  if (!parts || parts.kind !== schedule.periodKind) return null;
  const rule = schedule.due;
  if (rule.kind === 'fixed') {
    return `${parts.year + (rule.nextYear ? 1 : 0)}-${pad(rule.month)}-${pad(rule.day)}`;
  }
  const lastMonth = lastMonthOf(parts.kind, parts.index);
  const [year, month] = rule.kind === 'in-last-month'
    ? [parts.year, lastMonth]
    : lastMonth === 12 ? [parts.year + 1, 1] : [parts.year, lastMonth + 1];
  return `${year}-${pad(month)}-${pad(Math.min(rule.day, daysInMonth(year, month)))}`;
}

/** The last month (1–12) a period of this kind covers. */
function lastMonthOf(kind: PeriodKind, index: number): number {
  switch (kind) {
    case 'month': return index;
    case 'quarter': return index * 3;
    case 'six-months': return 6;
    case 'nine-months': return 9;
    case 'year': return 12;
  }
}

/** The periods of a kind in a year, in order. */
export function periodsOf(kind: PeriodKind, year: number): PeriodCode[] {
  switch (kind) {
    case 'year': return [periodCode({ kind, year, index: 0 })];
    case 'six-months':
    case 'nine-months': return [periodCode({ kind, year, index: 0 })];
    case 'quarter': return [1, 2, 3, 4].map((index) => periodCode({ kind, year, index }));
    case 'month': return Array.from({ length: 12 }, (_, i) => periodCode({ kind, year, index: i + 1 }));
  }
}

/** A period of a schedule with its deadline. */
export interface Deadline {
  readonly schedule: Schedule;
  readonly period: PeriodCode;
  readonly due: string;
}

/** The next deadline of `schedule` on or after `today` (ISO). */
export function nextDeadline(schedule: Schedule, today: string): Deadline {
  const year = Number(today.slice(0, 4));
  for (const y of [year - 1, year, year + 1]) {
    for (const period of periodsOf(schedule.periodKind, y)) {
      const due = dueDate(schedule, period);
      if (due && due >= today) return { schedule, period, due };
    }
  }
  // Unreachable for the rules above (every schedule has a deadline within a year).
  throw new Error(`no deadline for ${schedule.key} after ${today}`);
}

/**
 * The open period a submission without an explicit period is for: the period of the nearest deadline
 * on or after today. Ties go to the schedule listed first (six-month, then annual, then monthly).
 */
export function openDeadline(schedules: readonly Schedule[], today: string): Deadline | null {
  let best: Deadline | null = null;
  for (const schedule of schedules) {
    const next = nextDeadline(schedule, today);
    if (!best || next.due < best.due) best = next;
  }
  return best;
}

/** The schedule that governs a period (by its kind), if any. */
export function scheduleFor(schedules: readonly Schedule[], period: PeriodCode): Schedule | null {
  const parts = periodParts(period);
  return schedules.find((s) => parts && s.periodKind === parts.kind) ?? null;
}

/**
 * Whether a submission on `submittedOn` (ISO civil date) is on time for `period`: on or before its due
 * date. Null when no schedule governs the period. A late submission is still accepted.
 */
export function isOnTime(schedules: readonly Schedule[], period: PeriodCode, submittedOn: string): boolean | null {
  const schedule = scheduleFor(schedules, period);
  const due = schedule ? dueDate(schedule, period) : null;
  return due ? submittedOn <= due : null;
}
