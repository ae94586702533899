/**
 * The reporting calendar through planning (issue 5, DESIGN 2.3): offsets 7, 3, 1 and 0 days, moved
 * off weekends and the holidays stored in the database to the previous working day, the late summary
 * on the first working day after the due date, and the year's end: the annual report due on Sunday
 * 20 December 2026, and December's monthly figures due in January. Also loadCalendar and the
 * schedule edits planning then follows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { loadCalendar } from '../../src/app/calendar.js';
import { previewReminders } from '../../src/app/reminders/plan-reminders.js';
import { schedulePatch } from '../../src/app/reminders/edit-schedule.js';
import { addDays } from '../../src/core/reminders/index.js';
import type { Unit } from '../../src/core/types.js';
import { createReminderWorld, LAI_CHAU, type ReminderWorld } from './reminder-world.js';

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

describe('the annual report, due Sunday 20 December 2026', () => {
  it('is reminded on Friday 11 (7 days: Sunday 13 moves back), Thursday 17 (3), Friday 18 (1 and 0 as one), late Monday 21', async () => {
    expect(await occasions('annual', '2026-12-01', '2026-12-31')).toEqual([
      '2026-12-11 7 2026', '2026-12-17 3 2026', '2026-12-18 0 2026', '2026-12-21 -1 2026',
    ]);
  });

  it('plans the Saturday 19 reminder on Friday 18, once, with nothing on the weekend', async () => {
    await world.assign('fp', unit, 'focal_point');
    expect(await planned('2026-12-18', 'annual')).toEqual(['2026-12-18 0 2026 2026-12-20']);
    expect(await planned('2026-12-19', 'annual')).toEqual([]);
    expect(await planned('2026-12-20', 'annual')).toEqual([]);
    expect(await world.ledger('annual', '2026', 1)).toEqual([]);
  });

  it('moves a reminder off a public holiday stored in the database to the working day before', async () => {
    await world.assign('fp', unit, 'focal_point');
    await world.store.saveHoliday({ date: '2026-12-17', name: 'Nghỉ bù' });
    await world.store.saveHoliday({ date: '2026-12-16', name: 'Nghỉ bù' });
    expect(await planned('2026-12-17', 'annual')).toEqual([]);
    expect(await planned('2026-12-16', 'annual')).toEqual([]);
    expect(await planned('2026-12-15', 'annual')).toEqual(['2026-12-15 3 2026 2026-12-20']);
    await world.deliverQueued();
    expect(world.telegram.textsTo('fp')[0]).toContain('Hạn nộp: 20/12/2026 (còn 5 ngày).');
  });

  it('sends the late summary on the first working day after a holiday that follows the due date', async () => {
    await world.assign('official', world.province(LAI_CHAU).unit, 'official');
    await world.store.saveHoliday({ date: '2026-12-21', name: 'Nghỉ bù' });
    expect(await planned('2026-12-21', 'annual')).toEqual([]);
    expect(await planned('2026-12-22', 'annual')).toEqual(['2026-12-22 -1 2026 2026-12-20']);
  });

  it('forgets a removed holiday', async () => {
    await world.store.saveHoliday({ date: '2026-12-17', name: 'Nghỉ bù' });
    await world.store.removeHoliday('2026-12-17');
    expect(await occasions('annual', '2026-12-15', '2026-12-17')).toEqual(['2026-12-17 3 2026']);
  });
});

describe('monthly figures across the year end', () => {
  beforeEach(async () => {
    // December's figures due on 5 January, with four offsets; New Year's Day a holiday.
    for (const [field, value] of [['due', 'in-next-month:5'], ['offsets', '7 3 1 0']] as const) {
      const edit = schedulePatch(field, value);
      if (!edit.ok) throw new Error(edit.problem);
      await world.store.updateSchedule('monthly', edit.patch);
    }
    await world.store.saveHoliday({ date: '2027-01-01', name: 'Tết Dương lịch' });
  });

  it('reminds of December 2026 on 29 and 31 December (2 January: Saturday, then the holiday), 4 and 5 January, late 6 January', async () => {
    expect(await occasions('monthly', '2026-12-24', '2027-01-10')).toEqual([
      '2026-12-29 7 2026-12', '2026-12-31 3 2026-12', '2027-01-04 1 2026-12', '2027-01-05 0 2026-12', '2027-01-06 -1 2026-12',
    ]);
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
    expect(world.calendar.current().map((s) => [s.key, s.active])).toEqual([
      ['six_month', true], ['annual', true], ['monthly', true], ['quarterly_stats', true],
    ]);
    expect(world.schedule('annual')).toMatchObject({ due: { kind: 'fixed', month: 12, day: 20 }, offsetsDays: [7, 3, 1, 0], sendHour: 8, timezone: 'Asia/Ho_Chi_Minh' });
    await world.store.updateSchedule('annual', { offsetsDays: [10, 0] });
    const again = await loadCalendar(world.store, { log: pino({ level: 'silent' }) });
    again.stop();
    expect(again.current()).toHaveLength(4);
    expect(again.current().find((s) => s.key === 'annual')?.offsetsDays).toEqual([10, 0]);
    expect(world.schedule('annual').offsetsDays).toEqual([7, 3, 1, 0]);
    await world.calendar.reload();
    expect(world.schedule('annual').offsetsDays).toEqual([10, 0]);
    expect(await occasions('annual', '2026-12-01', '2026-12-31')).toEqual(['2026-12-10 10 2026', '2026-12-18 0 2026', '2026-12-21 -1 2026']);
  });
});
