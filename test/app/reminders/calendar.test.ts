/**
 * The reporting calendar through planning (DESIGN 2.3): a schedule's rule gives the
 * last day on time; when that is a weekend or a public holiday the deadline ends on the next working
 * day. Offsets 7, 3, 1 and 0 count back from the day the deadline ends, moved off weekends and holidays
 * (computed, and stored in the database) to the previous working day, one nudge a day (the smallest
 * offset kept); the late summary goes out on the first working day after the deadline ended. The
 * year's end: the annual report, last day Saturday 19 December 2026, ends on Monday 21 December; and
 * December's monthly figures, given a day in January, across New Year's Day. Also loadCalendar and
 * the schedule edits planning then follows.
 */

import { pino } from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../src/app/calendar/calendar.js';
import { schedulePatch } from '../../../src/app/reminders/edit-schedule.js';
import { previewReminders } from '../../../src/app/reminders/plan-reminders.js';
import { addDays } from '../../../src/core/civil-time/index.js';
import type { Unit } from '../../../src/core/types.js';
import { createReminderWorld, LAI_CHAU, type ReminderWorld } from '../../support/reminder-world.js';

let world: ReminderWorld;
let unit: Unit;

beforeEach(async () => {
  world = await createReminderWorld();
  unit = world.province(LAI_CHAU).communes[0] as Unit;
});

/** Each day from `from` to `to` with an occasion of `key`: "date offset period". */
async function occasions(key: string, from: string, to: string): Promise<string[]> {
  const schedules = (await world.store.listSchedules()).filter((s) => s.key === key);
  const found: string[] = [];
  const deps = { store: world.store, units: world.directory.current, clock: world.clock, log: pino({ level: 'silent' }) };
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const plan of await previewReminders(deps, day, schedules)) {
      found.push(`${day} ${plan.occasion.offsetDays} ${plan.occasion.period}`);
    }
  }
  return found;
}

/** Plans `date` for `key` and returns the jobs' ledger keys: "sendOn offset period due". */
async function planned(date: string, key: string): Promise<string[]> {
  const before = world.queue.jobs.length;
  await world.plan({ date, scheduleKey: key });
  return world.queue.jobs.slice(before).map((j) => `${j.sendOn} ${j.offsetDays} ${j.period} ${j.due}`);
}

describe('the annual report, last day Saturday 19 December 2026, ending Monday 21 December', () => {
  it('is reminded on Monday 14 (7), Friday 18 (1: Sunday 20 moves back, and 3 falls on it too), Monday 21 (0), late Tuesday 22', async () => {
    expect(await occasions('annual', '2026-12-01', '2026-12-31')).toEqual([
      '2026-12-14 7 2026',
      '2026-12-18 1 2026',
      '2026-12-21 0 2026',
      '2026-12-22 -1 2026',
    ]);
  });

  it('plans the Sunday 20 reminder on Friday 18, once, with the 3-day one folded into it and nothing on the weekend', async () => {
    await world.assign('fp', unit, 'focal_point');
    expect(await planned('2026-12-18', 'annual')).toEqual(['2026-12-18 1 2026 2026-12-21']);
    expect(await planned('2026-12-19', 'annual')).toEqual([]);
    expect(await planned('2026-12-20', 'annual')).toEqual([]);
    expect(await world.ledger('annual', '2026', 3)).toEqual([]);
  });

  it('moves a reminder off a public holiday stored in the database to the working day before', async () => {
    await world.assign('fp', unit, 'focal_point');
    await world.store.saveHoliday({ date: '2026-12-18', name: 'Nghỉ bù' });
    await world.store.saveHoliday({ date: '2026-12-17', name: 'Nghỉ bù' });
    expect(await planned('2026-12-18', 'annual')).toEqual([]);
    expect(await planned('2026-12-17', 'annual')).toEqual([]);
    expect(await planned('2026-12-16', 'annual')).toEqual(['2026-12-16 1 2026 2026-12-21']);
    await world.deliverQueued();
    expect(world.telegram.textsTo('fp')[0]).toContain('Hạn nộp: 21/12/2026 (còn 5 ngày).');
  });

  it('sends the late summary on the first working day after a holiday that follows the deadline', async () => {
    await world.assign('official', world.province(LAI_CHAU).unit, 'official');
    await world.store.saveHoliday({ date: '2026-12-22', name: 'Nghỉ bù' });
    expect(await planned('2026-12-22', 'annual')).toEqual([]);
    expect(await planned('2026-12-23', 'annual')).toEqual(['2026-12-23 -1 2026 2026-12-21']);
  });

  it('forgets a removed holiday', async () => {
    await world.store.saveHoliday({ date: '2026-12-18', name: 'Nghỉ bù' });
    await world.store.removeHoliday('2026-12-18');
    expect(await occasions('annual', '2026-12-16', '2026-12-18')).toEqual(['2026-12-18 1 2026']);
  });
});

describe('monthly figures across the year end', () => {
  beforeEach(async () => {
    // The monthly figures have no day by default (off); here December's are due by 5 January, with four
    // offsets. New Year's Day is a computed holiday, stored here as well, as an administrator might.
    for (const [field, value] of [
      ['due', 'in-next-month:5'],
      ['offsets', '7 3 1 0'],
      ['active', 'on'],
    ] as const) {
      const edit = schedulePatch(field, value);
      if (!edit.ok) throw new Error(edit.problem);
      await world.store.updateSchedule('monthly', edit.patch);
    }
    await world.store.saveHoliday({ date: '2027-01-01', name: 'Tết Dương lịch' });
  });

  it('reminds of December 2026 on 29 and 31 December (2 January: Saturday, then the holiday), 4 and 5 January, late 6 January', async () => {
    expect(await occasions('monthly', '2026-12-24', '2027-01-10')).toEqual([
      '2026-12-29 7 2026-12',
      '2026-12-31 3 2026-12',
      '2027-01-04 1 2026-12',
      '2027-01-05 0 2026-12',
      '2027-01-06 -1 2026-12',
    ]);
  });

  it('keeps New Year’s Day off when the stored day is removed: it is a computed holiday', async () => {
    await world.store.removeHoliday('2027-01-01');
    expect(await occasions('monthly', '2026-12-30', '2027-01-01')).toEqual(['2026-12-31 3 2026-12']);
  });

  it('plans the New Year’s Eve reminder for the December period, due in the next year', async () => {
    await world.assign('fp', unit, 'focal_point');
    expect(await planned('2026-12-31', 'monthly')).toEqual(['2026-12-31 3 2026-12 2027-01-05']);
    expect(await world.ledger('monthly', '2026-12', 3)).toHaveLength(1);
    await world.deliverQueued();
    const [text] = world.telegram.textsTo('fp');
    expect(text).toContain('Số liệu tháng, kỳ tháng 12/2026.');
    expect(text).toContain('Hạn nộp: 05/01/2027 (còn 5 ngày).');
  });

  it('does not nudge a unit that has sent December’s figures, even while January’s are open', async () => {
    await world.assign('fp', unit, 'focal_point');
    await world.submitted([unit], '2026-12');
    expect(await planned('2027-01-04', 'monthly')).toEqual([]);
  });
});

describe('loadCalendar', () => {
  it('stores the default calendar once, keeps later edits and reads them again on reload', async () => {
    // The two reports 1736/QĐ-UBND dates are on; the monthly and quarterly figures, with no day in any document, are off.
    expect(world.calendar.current().map((s) => [s.key, s.active])).toEqual([
      ['six_month', true],
      ['annual', true],
      ['monthly', false],
      ['quarterly_stats', false],
    ]);
    expect(world.schedule('annual')).toMatchObject({
      due: { kind: 'fixed', month: 12, day: 19 },
      offsetsDays: [7, 3, 1, 0],
      sendHour: 8,
      timezone: 'Asia/Ho_Chi_Minh',
    });
    expect(world.schedule('monthly').due).toEqual({ kind: 'none' });
    expect(world.schedule('quarterly_stats').due).toEqual({ kind: 'none' });
    await world.store.updateSchedule('annual', { offsetsDays: [10, 0] });
    const again = await loadCalendar(world.store, { log: pino({ level: 'silent' }) });
    again.stop();
    expect(again.current()).toHaveLength(4);
    expect(again.current().find((s) => s.key === 'annual')?.offsetsDays).toEqual([10, 0]);
    expect(world.schedule('annual').offsetsDays).toEqual([7, 3, 1, 0]);
    await world.calendar.reload();
    expect(world.schedule('annual').offsetsDays).toEqual([10, 0]);
    // Counted back from Monday 21 December: 10 days is Friday 11; late on Tuesday 22.
    expect(await occasions('annual', '2026-12-01', '2026-12-31')).toEqual(['2026-12-11 10 2026', '2026-12-21 0 2026', '2026-12-22 -1 2026']);
  });
});
