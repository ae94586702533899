/**
 * Which period a completeness question is about, when it does not say. The rule, per schedule: the
 * period whose deadline is next, once its reminders have started (due date minus the earliest
 * reminder offset); before that, the period whose deadline last passed. So "ai chưa nộp báo cáo 6
 * tháng?" on 10 July 2025 is about the first half of 2025 (just due), on 30 June 2025 too (reminders
 * are out), and in March 2026 still about the first half of 2025. When no report is named, each
 * schedule's period is found this way and the one whose deadline is nearest today (before or after)
 * wins; ties go to the schedule listed first.
 */
import type { PeriodCode } from '../types.js';
import { dueDate, nextDeadline, type Schedule } from '../calendar/index.js';
import { periodParts, previousComparable } from '../periods/index.js';

/** The report and period a question is about, with its due date (null when no schedule governs it). */
export interface ReportingPeriod {
  readonly schedule: Schedule | null;
  readonly period: PeriodCode;
  readonly due: string | null;
}

const DAY_MS = 86_400_000;

/** Whole days from ISO date `a` to ISO date `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The period a schedule's reporting is about on `today` (see the rule above). */
export function currentReporting(schedule: Schedule, today: string): ReportingPeriod {
  const next = nextDeadline(schedule, today);
  const opens = Math.max(0, ...schedule.offsetsDays);
  if (daysBetween(today, next.due) <= opens) return next;
  const previous = previousComparable(next.period);
  const due = previous ? dueDate(schedule, previous) : null;
  return previous && due ? { schedule, period: previous, due } : next;
}

/**
 * Resolves what a question asks about: an explicit period (its schedule by the period's kind,
 * preferring the schedule named), else the named schedule's current period, else the nearest one.
 * Null only when there are no schedules and no explicit period.
 */
export function reportingPeriod(
  schedules: readonly Schedule[],
  ask: { readonly scheduleKey: string | null; readonly period: PeriodCode | null },
  today: string,
): ReportingPeriod | null {
  const named = schedules.find((s) => s.key === ask.scheduleKey) ?? null;
  if (ask.period !== null) {
    const kind = periodParts(ask.period)?.kind;
    const schedule = named?.periodKind === kind ? named : (schedules.find((s) => s.periodKind === kind) ?? null);
    return { schedule, period: ask.period, due: schedule ? dueDate(schedule, ask.period) : null };
  }
  if (named) return currentReporting(named, today);
  let best: ReportingPeriod | null = null;
  for (const schedule of schedules) {
    const current = currentReporting(schedule, today);
    const distance = Math.abs(daysBetween(today, current.due ?? today));
    if (!best || distance < Math.abs(daysBetween(today, best.due ?? today))) best = current;
  }
  return best;
}
