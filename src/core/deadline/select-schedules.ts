/**
 * Which schedules of the calendar a deadline question is about: those that cover the province(s) in
 * question (every province's, and the province's own), narrowed to the reports named. Without a report
 * named it is every schedule in force; a report named is shown even when its reminders are off, since
 * the document's deadline holds all the same.
 */
import { calendarOf, inForce, type Schedule } from '../calendar/index.js';
import { fold } from '../text/fold.js';
import type { ReportKind } from './vocabulary.js';

/** The schedules chosen, and the reports named that the calendar does not hold. */
export interface ScheduleChoice {
  readonly chosen: readonly Schedule[];
  readonly missing: readonly ReportKind[];
}

/**
 * The statistics office's figures are told apart by what the schedule says of itself (its name or its
 * sender), not by its key: a province may store its own under another key.
 */
export function isStatistics(schedule: Schedule): boolean {
  const words = fold(`${schedule.nameVi} ${schedule.nameEn} ${schedule.source?.sender.vi ?? ''}`);
  return /\b(?:thong ke|dan so|statistics?)\b/.test(words);
}

/** The schedules for the reports named (all in force when none is), for these provinces. */
export function chooseSchedules(schedules: readonly Schedule[], kinds: readonly ReportKind[], provinceIds: readonly number[]): ScheduleChoice {
  // Each province's calendar, its own schedules in the place of the national ones they replace.
  const covering = provinceIds.length === 0 ? calendarOf(schedules, null) : [...new Set(provinceIds.flatMap((id) => calendarOf(schedules, id)))];
  if (kinds.length === 0) return { chosen: covering.filter(inForce), missing: [] };
  const chosen: Schedule[] = [];
  const missing: ReportKind[] = [];
  for (const kind of kinds) {
    const found = kind === 'statistics' ? covering.filter(isStatistics) : ofKind(covering, kind);
    if (found.length === 0) missing.push(kind);
    for (const s of found) if (!chosen.includes(s)) chosen.push(s);
  }
  // "Số liệu dân số 6 tháng" names the statistics office's figures, not the six-month report as well.
  const statistics = kinds.includes('statistics') ? chosen.filter(isStatistics) : [];
  return { chosen: statistics.length > 0 ? statistics : chosen, missing: statistics.length > 0 ? [] : missing };
}

/** The schedules of a period kind; the statistics office's only when no report of that kind is the units' own. */
function ofKind(schedules: readonly Schedule[], kind: Exclude<ReportKind, 'statistics'>): Schedule[] {
  const all = schedules.filter((s) => s.periodKind === kind);
  const reports = all.filter((s) => !isStatistics(s));
  return reports.length > 0 ? reports : all;
}
