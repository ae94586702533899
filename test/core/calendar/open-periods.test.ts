import { describe, expect, it } from 'vitest';
import {
  currentPeriod,
  DEFAULT_SCHEDULES,
  holidayCalendar,
  openPeriods,
  opensOn,
  provincesWithOwn,
  type Schedule,
  schedulesIn,
  submissionPeriod,
} from '../../../src/core/calendar/index.js';

const [sixMonth, annual, monthly] = DEFAULT_SCHEDULES as [Schedule, Schedule, Schedule];
const days = holidayCalendar();
/** A province's monthly figures, due the 5th of the next month. */
const monthlyOn5: Schedule = { ...monthly, key: 'monthly@40', provinceId: 40, due: { kind: 'in-next-month', day: 5 }, active: true };
const brief = (schedules: readonly Schedule[], today: string) =>
  openPeriods(schedules, today, days).map((p) => `${p.schedule.key} ${p.period} ${p.state} ${p.endsOn}`);

describe('openPeriods: one account of what is open', () => {
  it('in December 2026 the annual report for 2026 is open, to Monday 21 December (19th a Saturday)', () => {
    expect(brief(DEFAULT_SCHEDULES, '2026-12-06')).toEqual(['annual 2026 open 2026-12-21']);
    expect(brief(DEFAULT_SCHEDULES, '2026-12-21')).toEqual(['annual 2026 open 2026-12-21']);
    expect(brief(DEFAULT_SCHEDULES, '2026-12-22')).toEqual(['annual 2026 passed 2026-12-21']);
  });

  it('opens a report with its last month, or with its first reminder when that is earlier', () => {
    expect(brief(DEFAULT_SCHEDULES, '2026-05-31')).toEqual([]);
    expect(brief(DEFAULT_SCHEDULES, '2026-06-01')).toEqual(['six_month 2026-6M open 2026-07-06']);
    const early: Schedule = { ...sixMonth, offsetsDays: [40] };
    expect(opensOn({ schedule: early, period: '2026-6M', due: '2026-07-04', endsOn: '2026-07-06' })).toBe('2026-05-27');
  });

  it('keeps a passed report listed for 30 days, then drops it', () => {
    expect(brief(DEFAULT_SCHEDULES, '2026-08-05')).toEqual(['six_month 2026-6M passed 2026-07-06']);
    expect(brief(DEFAULT_SCHEDULES, '2026-08-06')).toEqual([]);
  });

  it('lists every open report of a province with its own monthly day, nearest deadline first', () => {
    // 6 December 2026: November's figures end Monday 7 December (the 5th a Saturday); December's opened on the 1st.
    expect(brief([sixMonth, annual, monthlyOn5], '2026-12-06')).toEqual([
      'monthly@40 2026-11 open 2026-12-07',
      'annual 2026 open 2026-12-21',
      'monthly@40 2026-12 open 2027-01-05',
    ]);
  });

  it('leaves out schedules not in force', () => {
    expect(brief([monthly, { ...annual, active: false }], '2026-12-06')).toEqual([]);
  });
});

describe('currentPeriod and submissionPeriod', () => {
  it('a report named is about its open period, else the last passed, else the next', () => {
    expect(currentPeriod(annual, '2026-12-06', days)?.period).toBe('2026');
    expect(currentPeriod(annual, '2026-11-30', days)?.period).toBe('2025');
    expect(currentPeriod(monthly, '2026-11-30', days)).toBeNull();
  });

  it('figures sent without a period go to the open report nearest its deadline, else the next one', () => {
    expect(submissionPeriod(DEFAULT_SCHEDULES, '2026-12-06', days)?.period).toBe('2026');
    expect(submissionPeriod([sixMonth, annual, monthlyOn5], '2026-12-06', days)?.period).toBe('2026-11');
    expect(submissionPeriod(DEFAULT_SCHEDULES, '2026-03-10', days)?.period).toBe('2026-6M');
    expect(submissionPeriod([], '2026-03-10', days)).toBeNull();
  });
});

describe('schedulesIn: a province’s own calendar', () => {
  const national = [sixMonth, annual, monthly];
  const ownAnnual: Schedule = { ...annual, key: 'annual@40', provinceId: 40, due: { kind: 'fixed', month: 12, day: 10 } };
  const offSixMonth: Schedule = { ...sixMonth, key: 'six_month@41', provinceId: 41, active: false };
  const all = [...national, monthlyOn5, ownAnnual, offSixMonth];
  const keys = (schedules: readonly Schedule[]) => schedules.map((s) => s.key);

  it('puts a province’s own schedule in the place of the national one of its family, for that province only', () => {
    expect(keys(schedulesIn(all, 40))).toEqual(['six_month', 'annual@40', 'monthly@40']);
    expect(keys(schedulesIn(all, 42))).toEqual(['six_month', 'annual']);
    expect(keys(schedulesIn(all, null))).toEqual(['six_month', 'annual']);
  });

  it('lets a province switch a national report off for itself', () => {
    expect(keys(schedulesIn(all, 41))).toEqual(['annual']);
  });

  it('leaves the provinces with their own out of a national schedule’s audience', () => {
    expect([...provincesWithOwn(annual, all)]).toEqual([40]);
    expect([...provincesWithOwn(sixMonth, all)]).toEqual([41]);
    expect([...provincesWithOwn(ownAnnual, all)]).toEqual([]);
  });
});
