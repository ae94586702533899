/**
 * "lịch nộp báo cáo" / "/lich" / "my deadlines": the sender's deadlines and where they stand. A focal
 * point (or the statistics office, for its own duties) sees, for each of their units, every open report of its calendar (openPeriods: what /trangthai,
 * completeness and the reminders read too) and each schedule's next deadline, with submitted on time,
 * late, or how many days are left; a report passed in the last 30 days shows only while it is still
 * missing (how many days overdue: a late report is still accepted). Anyone else sees the next
 * deadlines of their provinces' calendars (the national one when they follow none).
 */
import { type Deadline, openPeriods, schedulesIn, standingOf } from '../../core/calendar/index.js';
import { composeMyDeadlines, type DeadlineEntry } from '../../core/reminders/replies.js';
import type { Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { SubmissionStore } from '../../ports/submission-store.js';
import { officialProvinces } from '../access/roles.js';
import { daysOffOf, unitCalendar } from '../calendar/calendar.js';
import { commandLanguage, commandWords } from '../command-word.js';
import { reportingRoles, submitterUnitIds } from '../submission/submission-unit.js';
import type { Feature } from '../turn.js';

const VIETNAMESE = new Set(['/lich', 'lich', 'lich nop bao cao', 'lich nop', 'lich bao cao', 'han nop', 'han nop bao cao']);
const ENGLISH = new Set(['/deadlines', 'deadlines', 'my deadlines', 'reporting deadlines']);

const same = (a: Deadline, b: Deadline) => a.schedule.key === b.schedule.key && a.period === b.period;
const byEnd = (a: { due: string }, b: { due: string }) => a.due.localeCompare(b.due);

export const myDeadlines: Feature<SubmissionStore> = async (turn, deps) => {
  const words = commandWords(turn.text)
    ?.replace(/[?.!]+$/, '')
    .trim();
  if (words === undefined || (!VIETNAMESE.has(words) && !ENGLISH.has(words))) return null;
  const lang = commandLanguage(turn, ENGLISH.has(words));
  const index = deps.units();
  const days = daysOffOf(deps);
  const name = (d: Deadline) => (lang === 'vi' ? d.schedule.nameVi : d.schedule.nameEn);
  const nextOf = (schedules: readonly Deadline['schedule'][]) => schedules.map((s) => standingOf(s, turn.today, days).next).filter((d) => d !== null);
  const units = submitterUnitIds(turn.speaker)
    .map((id) => index.get(id))
    .filter((u) => u !== undefined);
  if (units.length === 0) {
    const followed = officialProvinces(turn.speaker.person, index).map((p) => p.id);
    const calendars = followed.length === 0 ? [schedulesIn(deps.schedules(), null)] : followed.map((id) => schedulesIn(deps.schedules(), id));
    const next: Deadline[] = [];
    for (const d of calendars.flatMap(nextOf)) if (!next.some((n) => same(n, d))) next.push(d);
    const entries = next.map(
      (d): DeadlineEntry => ({
        scheduleName: name(d),
        period: d.period,
        due: d.endsOn,
        lastOnTime: d.due,
        status: 'calendar',
        unit: '',
      }),
    );
    return { text: composeMyDeadlines(lang, entries.sort(byEnd), turn.today) };
  }
  const standing = async (unit: Unit, d: Deadline): Promise<DeadlineEntry> => {
    const found = await deps.store.findSubmission(unit.id, d.period);
    const status = !found ? 'not-yet' : found.onTime === null ? 'submitted' : found.onTime ? 'on-time' : 'late';
    return { scheduleName: name(d), period: d.period, due: d.endsOn, lastOnTime: d.due, status, unit: describeUnit(unit, index, lang) };
  };
  const lists = await Promise.all(
    units.map(async (unit) => {
      const calendar = unitCalendar(deps, unit, reportingRoles(turn.speaker, unit.id));
      const open = openPeriods(calendar, turn.today, days);
      const listed: Deadline[] = [...open];
      for (const d of nextOf(calendar)) if (!listed.some((l) => same(l, d))) listed.push(d);
      const entries = await Promise.all(listed.map((d) => standing(unit, d)));
      // A passed deadline stays only while its report is missing: once it is in, nothing is left to do.
      return entries.filter((e, i) => !(open[i]?.state === 'passed' && e.status !== 'not-yet'));
    }),
  );
  return { text: composeMyDeadlines(lang, lists.flat().sort(byEnd), turn.today) };
};
