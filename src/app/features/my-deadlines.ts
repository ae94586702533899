/**
 * "lịch nộp báo cáo" / "/lich" / "my deadlines": the sender's upcoming deadlines and where they
 * stand. A focal point sees, for each of their units, the next deadline of every active schedule
 * their unit reports under (submitted on time, late, or how many days are left); anyone else sees
 * the calendar's next deadlines with their countdown. The calendar is the database's.
 */
import { nextDeadline, schedulesForLevel, type Schedule } from '../../core/calendar/index.js';
import { composeMyDeadlines, type DeadlineEntry } from '../../core/replies/reminders.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { commandLanguage, commandWords } from '../command-word.js';
import { focalUnitIds } from '../submission-unit.js';
import type { Feature } from '../turn.js';

const VIETNAMESE = new Set(['/lich', 'lich', 'lich nop bao cao', 'lich nop', 'lich bao cao', 'han nop', 'han nop bao cao']);
const ENGLISH = new Set(['/deadlines', 'deadlines', 'my deadlines', 'reporting deadlines']);

/** Active schedules only: an inactive one sends nothing and is not shown as coming up. */
const activeOnly = (schedules: readonly Schedule[]) => schedules.filter((s) => !('active' in s) || s.active !== false);

export const myDeadlines: Feature = async (turn, deps) => {
  const words = commandWords(turn.text)?.replace(/[?.!]+$/, '').trim();
  if (words === undefined || (!VIETNAMESE.has(words) && !ENGLISH.has(words))) return null;
  const lang = commandLanguage(turn, ENGLISH.has(words));
  const index = deps.units();
  const schedules = activeOnly(deps.schedules());
  const name = (s: Schedule) => (lang === 'vi' ? s.nameVi : s.nameEn);
  const units = focalUnitIds(turn.speaker).map((id) => index.get(id)).filter((u) => u !== undefined);
  if (units.length === 0) {
    const entries = schedules.map((s): DeadlineEntry => {
      const d = nextDeadline(s, turn.today);
      return { scheduleName: name(s), period: d.period, due: d.due, status: 'calendar', unit: '' };
    }).sort((a, b) => a.due.localeCompare(b.due));
    return { text: composeMyDeadlines(lang, entries, turn.today) };
  }
  const entries = await Promise.all(units.flatMap((unit) => schedulesForLevel(schedules, unit.level).map(async (s): Promise<DeadlineEntry> => {
    const d = nextDeadline(s, turn.today);
    const found = await deps.store.findSubmission(unit.id, d.period);
    const status = !found ? 'not-yet' : found.onTime === null ? 'submitted' : found.onTime ? 'on-time' : 'late';
    return { scheduleName: name(s), period: d.period, due: d.due, status, unit: describeUnit(unit, index, lang) };
  })));
  return { text: composeMyDeadlines(lang, entries.sort((a, b) => a.due.localeCompare(b.due)), turn.today) };
};
