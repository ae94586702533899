/**
 * When reminders go out (DESIGN 2.3). For each schedule in force and each deadline, every
 * offset gives a nudge on the day the deadline ends minus the offset, moved back to the previous
 * working day when that is a weekend or a holiday; the late summary goes out on the first working day
 * after the deadline ended. The deadline ends on its last day on time, or on the next working day when
 * that is a day off (calendar/deadlines.ts): "before 5 July" in 2026 ends on Monday 6 July, so the
 * last nudge goes out that Monday and the late summary on Tuesday 7 July. Pure: the date and the
 * holidays are passed in.
 */
import { deadlinesIn, inForce } from '../calendar/index.js';
import { addDays, type DaysOff, nextWorkingDay, previousWorkingDay } from '../civil-time/index.js';
import type { PeriodCode } from '../types.js';
import { LATE_OFFSET, type Occasion, type ReportingSchedule } from './types.js';

/**
 * Every occasion of one deadline, in the order they go out. When several offsets land on the same
 * working day after the move (due on a Monday: offset 1 is Sunday → Friday, and offset 3 is that
 * Friday too), only the smallest offset is kept: one message a day is enough, and the smallest offset
 * is the one nearest the deadline, so its ledger key stays the same whether or not a holiday caused
 * the collision. Offsets that are negative or not whole numbers are ignored (LATE_OFFSET is the late summary's).
 * A nudge that moves to before the period starts is still sent: the due date is what matters.
 */
export function deadlineOccasions(schedule: ReportingSchedule, period: PeriodCode, due: string, holidays: DaysOff): Occasion[] {
  const byDay = new Map<string, number>();
  for (const offset of schedule.offsetsDays) {
    if (!Number.isInteger(offset) || offset < 0) continue;
    const sendOn = previousWorkingDay(addDays(due, -offset), holidays);
    const kept = byDay.get(sendOn);
    if (kept === undefined || offset < kept) byDay.set(sendOn, offset);
  }
  const nudges = [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sendOn, offsetDays]): Occasion => ({ schedule, period, due, kind: 'nudge', offsetDays, sendOn }));
  const late: Occasion = {
    schedule,
    period,
    due,
    kind: 'late',
    offsetDays: LATE_OFFSET,
    sendOn: nextWorkingDay(addDays(due, 1), holidays),
  };
  return [...nudges, late];
}

function compareOccasions(a: Occasion, b: Occasion): number {
  if (a.sendOn !== b.sendOn) return a.sendOn < b.sendOn ? -1 : 1;
  if (a.schedule.id !== b.schedule.id) return a.schedule.id - b.schedule.id;
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'nudge' ? -1 : 1;
  return b.offsetDays - a.offsetDays;
}

/**
 * Every occasion of the schedules in force with from <= sendOn <= to (ISO dates), ordered by sendOn,
 * then schedule id, then due date. For "my upcoming deadlines", dry runs, and one day (occasionsOn).
 * Deadlines are looked for in the periods of two years before `from` to one year after `to`: enough
 * for rules due in the next year and for offsets up to a year.
 */
export function occasionsBetween(schedules: readonly ReportingSchedule[], from: string, to: string, holidays: DaysOff): Occasion[] {
  if (to < from) return [];
  const found: Occasion[] = [];
  const firstYear = Number(from.slice(0, 4)) - 2;
  const lastYear = Number(to.slice(0, 4)) + 1;
  for (const schedule of schedules.filter(inForce)) {
    for (const deadline of deadlinesIn(schedule, firstYear, lastYear, holidays)) {
      for (const occasion of deadlineOccasions(schedule, deadline.period, deadline.endsOn, holidays)) {
        if (occasion.sendOn >= from && occasion.sendOn <= to) found.push(occasion);
      }
    }
  }
  return found.sort(compareOccasions);
}

/** The occasions whose reminders go out on `date` (ISO), for the day's planning job. */
export function occasionsOn(schedules: readonly ReportingSchedule[], date: string, holidays: DaysOff): Occasion[] {
  return occasionsBetween(schedules, date, date, holidays);
}
