/**
 * "lịch nộp báo cáo" / "/lich" / "my deadlines": the sender's upcoming deadlines and where they
 * stand. A focal point sees, for each of their units, the next deadline of every active schedule
 * their unit reports under (submitted on time, late, or how many days are left), and before it a
 * deadline of the last 30 days whose report is still missing (how many days overdue: a late report
 * is still accepted); anyone else sees the calendar's next deadlines with their countdown. The
 * calendar is the database's: a province's own schedule is shown only for that province.
 */
import {
  dueDate, nextDeadline, periodsOf, schedulesForLevel, type Deadline, type Schedule,
} from '../../core/calendar/index.js';
import { composeMyDeadlines, type DeadlineEntry } from '../../core/replies/reminders.js';
import { addDays } from '../../core/reminders/index.js';
import type { Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { commandLanguage, commandWords } from '../command-word.js';
import { officialProvinces } from '../roles.js';
import { focalUnitIds } from '../submission-unit.js';
import type { Feature } from '../turn.js';

const VIETNAMESE = new Set(['/lich', 'lich', 'lich nop bao cao', 'lich nop', 'lich bao cao', 'han nop', 'han nop bao cao']);
const ENGLISH = new Set(['/deadlines', 'deadlines', 'my deadlines', 'reporting deadlines']);

/** Active schedules only: an inactive one sends nothing and is not shown as coming up. */
const activeOnly = (schedules: readonly Schedule[]) => schedules.filter((s) => !('active' in s) || s.active !== false);

/** Whether the schedule is every province's or, for a province's own schedule (the database's), one of these. */
const coversAny = (s: Schedule, provinceIds: readonly number[]) =>
  !('provinceId' in s) || s.provinceId === null || provinceIds.some((id) => id === s.provinceId);

/**
 * How long a missed deadline stays on the list: long enough to chase a late report, short enough
 * that periods from before the unit used the bot, or long given up, do not crowd it.
 */
const OVERDUE_SHOWN_DAYS = 30;

/** The latest deadline of `schedule` before `today` (ISO) and at most OVERDUE_SHOWN_DAYS before it. */
function recentPastDeadline(schedule: Schedule, today: string): Deadline | null {
  const from = addDays(today, -OVERDUE_SHOWN_DAYS);
  const year = Number(today.slice(0, 4));
  let latest: Deadline | null = null;
  for (const y of [year - 2, year - 1, year]) {
    for (const period of periodsOf(schedule.periodKind, y)) {
      const due = dueDate(schedule, period);
      if (due !== null && due < today && due >= from && (latest === null || due > latest.due)) latest = { schedule, period, due };
    }
  }
  return latest;
}

export const myDeadlines: Feature = async (turn, deps) => {
  const words = commandWords(turn.text)?.replace(/[?.!]+$/, '').trim();
  if (words === undefined || (!VIETNAMESE.has(words) && !ENGLISH.has(words))) return null;
  const lang = commandLanguage(turn, ENGLISH.has(words));
  const index = deps.units();
  const schedules = activeOnly(deps.schedules());
  const name = (s: Schedule) => (lang === 'vi' ? s.nameVi : s.nameEn);
  const units = focalUnitIds(turn.speaker).map((id) => index.get(id)).filter((u) => u !== undefined);
  if (units.length === 0) {
    const followed = officialProvinces(turn.speaker.person, index).map((p) => p.id);
    const entries = schedules.filter((s) => coversAny(s, followed)).map((s): DeadlineEntry => {
      const d = nextDeadline(s, turn.today);
      return { scheduleName: name(s), period: d.period, due: d.due, status: 'calendar', unit: '' };
    }).sort((a, b) => a.due.localeCompare(b.due));
    return { text: composeMyDeadlines(lang, entries, turn.today) };
  }
  const standing = async (unit: Unit, d: Deadline): Promise<DeadlineEntry> => {
    const found = await deps.store.findSubmission(unit.id, d.period);
    const status = !found ? 'not-yet' : found.onTime === null ? 'submitted' : found.onTime ? 'on-time' : 'late';
    return { scheduleName: name(d.schedule), period: d.period, due: d.due, status, unit: describeUnit(unit, index, lang) };
  };
  const reportsUnder = (unit: Unit) => schedulesForLevel(schedules, unit.level).filter((s) => coversAny(s, [index.provinceOf(unit).id]));
  const lists = await Promise.all(units.flatMap((unit) => reportsUnder(unit).map(async (s) => {
    const previous = recentPastDeadline(s, turn.today);
    const missed = previous ? await standing(unit, previous) : null;
    // A past deadline is listed only while its report is missing: once it is in, nothing is left to do.
    return [...(missed?.status === 'not-yet' ? [missed] : []), await standing(unit, nextDeadline(s, turn.today))];
  })));
  return { text: composeMyDeadlines(lang, lists.flat().sort((a, b) => a.due.localeCompare(b.due)), turn.today) };
};
