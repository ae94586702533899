/**
 * Which periods a completeness question is about, read from the calendar's one account of what is
 * open (calendar/open-periods.ts):
 * - a period named ("6T/2025"): that period, under the schedule of its kind (the one named first);
 * - a report named ("ai chưa nộp báo cáo năm?"): its current period — the open one, else the last
 *   passed, else the next. In December 2026 the annual report for 2026; in March 2026 the first half
 *   of 2025 for "6 tháng";
 * - a report named that is not in force: nothing (the caller says so);
 * - nothing named: every open report (with those passed in the last 30 days), or when none is open
 *   the current period of the schedule whose deadline is nearest, before or after today.
 */

import { currentPeriod, type DaysOff, type Deadline, deadlineOf, familyOf, inForce, openPeriods, type Schedule } from '../calendar/index.js';
import { daysBetween } from '../civil-time/index.js';
import { periodParts } from '../periods/index.js';
import type { PeriodCode } from '../types.js';

export { daysBetween };

/** The report and period a question is about, with the day its deadline ends (null when no schedule in force governs it). */
export interface ReportingPeriod {
  readonly schedule: Schedule | null;
  readonly period: PeriodCode;
  readonly due: string | null;
}

const asReporting = (d: Deadline): ReportingPeriod => ({ schedule: d.schedule, period: d.period, due: d.endsOn });

/** The periods a question asks about; empty only when no schedule is in force and no period is named. */
export function reportingPeriods(
  schedules: readonly Schedule[],
  ask: { readonly scheduleKey: string | null; readonly period: PeriodCode | null },
  today: string,
  daysOff: DaysOff,
): ReportingPeriod[] {
  const inUse = schedules.filter(inForce);
  const named = inUse.find((s) => familyOf(s.key) === ask.scheduleKey) ?? null;
  if (ask.period !== null) {
    const kind = periodParts(ask.period)?.kind;
    const schedule = named?.periodKind === kind ? named : (inUse.find((s) => s.periodKind === kind) ?? null);
    const deadline = schedule ? deadlineOf(schedule, ask.period, daysOff) : null;
    return [{ schedule, period: ask.period, due: deadline?.endsOn ?? null }];
  }
  if (named) {
    const current = currentPeriod(named, today, daysOff);
    return current ? [asReporting(current)] : [];
  }
  // A report named that is not in force (the monthly figures before a province sets a day) has no period.
  if (ask.scheduleKey !== null) return [];
  const open = openPeriods(inUse, today, daysOff);
  if (open.length > 0) return open.map(asReporting);
  const distance = (d: Deadline) => Math.abs(daysBetween(today, d.endsOn));
  const nearest = inUse
    .map((s) => currentPeriod(s, today, daysOff))
    .filter((d) => d !== null)
    .sort((a, b) => distance(a) - distance(b))[0];
  return nearest ? [asReporting(nearest)] : [];
}
