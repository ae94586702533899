/**
 * Due rules and period kinds as the database writes them (reporting_schedule.due_rule and
 * .period_type), so that the stores and the admin commands read and write one encoding:
 *
 *   "fixed:07-05"            5 July of the period's year
 *   "fixed-next-year:01-15"  15 January of the year after the period's
 *   "in-last-month:20"       the 20th of the period's last month
 *   "in-next-month:15"       the 15th of the month after the period (December → January)
 *   "none"                   no day set (the documents name none): the schedule is off
 *
 * Parsing is strict: anything else is null, never a guess, since a wrong rule silently moves every
 * reminder of a schedule.
 */

import { daysInMonth } from '../civil-time/index.js';
import type { PeriodKind } from '../periods/index.js';
import type { DueRule } from './schedules.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The database encoding of a due rule: "fixed:07-05", "fixed-next-year:01-15", "in-last-month:20", "in-next-month:15", "none". */
export function formatDueRule(rule: DueRule): string {
  switch (rule.kind) {
    case 'fixed':
      return `${rule.nextYear ? 'fixed-next-year' : 'fixed'}:${pad(rule.month)}-${pad(rule.day)}`;
    case 'in-last-month':
      return `in-last-month:${rule.day}`;
    case 'in-next-month':
      return `in-next-month:${rule.day}`;
    case 'none':
      return 'none';
  }
}

const FIXED = /^(fixed|fixed-next-year):(\d{2})-(\d{2})$/;
const DAY_RULE = /^(in-last-month|in-next-month):(\d{1,2})$/;

/**
 * Reads the database encoding back; null for anything else. A fixed rule's month must be 1–12 and its
 * day must exist in that month in every year: 29 February is refused, since its deadline would not
 * exist three years in four. A day-of-month rule takes 1–31; a month without that day uses its last
 * day (see dueDate).
 */
export function parseDueRule(text: string): DueRule | null {
  if (text === 'none') return { kind: 'none' };
  const fixed = FIXED.exec(text);
  if (fixed) {
    const month = Number(fixed[2]);
    const day = Number(fixed[3]);
    // 2025 is not a leap year: daysInMonth gives 28 for February.
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2025, month)) return null;
    return fixed[1] === 'fixed-next-year' ? { kind: 'fixed', month, day, nextYear: true } : { kind: 'fixed', month, day };
  }
  const dayRule = DAY_RULE.exec(text);
  if (dayRule) {
    const day = Number(dayRule[2]);
    if (day < 1 || day > 31) return null;
    return { kind: dayRule[1] === 'in-last-month' ? 'in-last-month' : 'in-next-month', day };
  }
  return null;
}

const PERIOD_TYPES: Readonly<Record<PeriodKind, string>> = {
  month: 'month',
  quarter: 'quarter',
  'six-months': 'half_year',
  'nine-months': 'nine_months',
  year: 'year',
};

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'six-months', 'nine-months', 'year'];
const PERIOD_KINDS: ReadonlyMap<string, PeriodKind> = new Map(KINDS.map((kind) => [PERIOD_TYPES[kind], kind]));

/** The database's period_type for a period kind: month, quarter, half_year, nine_months, year. */
export function periodTypeOf(kind: PeriodKind): string {
  return PERIOD_TYPES[kind];
}

/** The period kind of a stored period_type; null for a type the calendar does not know. */
export function periodKindOf(type: string): PeriodKind | null {
  return PERIOD_KINDS.get(type) ?? null;
}
