/**
 * Reporting schedules and their deadlines (DESIGN 2.3). Pure: dates are ISO civil dates in
 * Asia/Ho_Chi_Minh, passed in. The database holds the schedules that are in force; these
 * defaults, taken from the provincial documents, are what a fresh database starts with.
 */

import { daysInMonth } from '../civil-time/index.js';
import type { PeriodKind } from '../periods/index.js';
import { periodCode, periodParts } from '../periods/index.js';
import type { PeriodCode, UnitLevel } from '../types.js';
import { ANNUAL_SOURCE, MONTHLY_SOURCE, type ScheduleSource, SIX_MONTH_SOURCE } from './schedule-source.js';

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
  | { readonly kind: 'in-next-month'; readonly day: number }
  /** No day set: the documents name none and no province has chosen one. Such a schedule is off. */
  | { readonly kind: 'none' };

/** A report that units submit periodically. */
export interface Schedule {
  readonly key: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly periodKind: PeriodKind;
  /**
   * The last day on time ("trước ngày 05 tháng 7": 4 July), before any move off a day off: the
   * deadline ends at the end of the next working day when this is none (see deadlines.ts).
   */
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
  /** Absent or true: in force. The database's schedules say; the defaults below are all on. */
  readonly active?: boolean;
  /** A province's own schedule (a unit id), replacing the national one of its family there; null or absent: every province. */
  readonly provinceId?: number | null;
}

/**
 * Defaults from the provincial documents (1736/QĐ-UBND): the six-month report "before 5 July" and the
 * annual one "before 20 December", so the last days on time are 4 July and 19 December. The monthly
 * figures have no day in any document: the schedule exists, with no day and off, until a province
 * sets one (see provinceSchedule). The statistics office's figures are in DEFAULT_REPORTING_SCHEDULES.
 */
export const DEFAULT_SCHEDULES: readonly Schedule[] = [
  {
    key: 'six_month',
    nameVi: 'Báo cáo 6 tháng',
    nameEn: 'Six-month report',
    periodKind: 'six-months',
    due: { kind: 'fixed', month: 7, day: 4 },
    offsetsDays: [7, 3, 1, 0],
    source: SIX_MONTH_SOURCE,
  },
  {
    key: 'annual',
    nameVi: 'Báo cáo năm',
    nameEn: 'Annual report',
    periodKind: 'year',
    due: { kind: 'fixed', month: 12, day: 19 },
    offsetsDays: [7, 3, 1, 0],
    source: ANNUAL_SOURCE,
  },
  {
    key: 'monthly',
    nameVi: 'Số liệu tháng',
    nameEn: 'Monthly figures',
    periodKind: 'month',
    due: { kind: 'none' },
    offsetsDays: [3, 1, 0],
    source: MONTHLY_SOURCE,
    active: false,
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
  if (rule.kind === 'none') return null;
  if (rule.kind === 'fixed') {
    return `${parts.year + (rule.nextYear ? 1 : 0)}-${pad(rule.month)}-${pad(rule.day)}`;
  }
  const lastMonth = lastMonthOf(parts.kind, parts.index);
  const [year, month] = rule.kind === 'in-last-month' ? [parts.year, lastMonth] : lastMonth === 12 ? [parts.year + 1, 1] : [parts.year, lastMonth + 1];
  return `${year}-${pad(month)}-${pad(Math.min(rule.day, daysInMonth(year, month)))}`;
}

/** The last month (1–12) a period of this kind covers. */
export function lastMonthOf(kind: PeriodKind, index: number): number {
  switch (kind) {
    case 'month':
      return index;
    case 'quarter':
      return index * 3;
    case 'six-months':
      return 6;
    case 'nine-months':
      return 9;
    case 'year':
      return 12;
  }
}

/** The periods of a kind in a year, in order. */
export function periodsOf(kind: PeriodKind, year: number): PeriodCode[] {
  switch (kind) {
    case 'year':
      return [periodCode({ kind, year, index: 0 })];
    case 'six-months':
    case 'nine-months':
      return [periodCode({ kind, year, index: 0 })];
    case 'quarter':
      return [1, 2, 3, 4].map((index) => periodCode({ kind, year, index }));
    case 'month':
      return Array.from({ length: 12 }, (_, i) => periodCode({ kind, year, index: i + 1 }));
  }
}
