import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, holidayCalendar, type Schedule } from '../../../src/core/calendar/index.js';
import { daysBetween, reportingPeriods } from '../../../src/core/completeness/index.js';

const [sixMonth, annual, monthly] = DEFAULT_SCHEDULES as [Schedule, Schedule, Schedule];
const days = holidayCalendar();
const ask = (scheduleKey: string | null, period: string | null = null) => ({ scheduleKey, period });
const periodsOf = (key: string | null, today: string, schedules: readonly Schedule[] = DEFAULT_SCHEDULES) =>
  reportingPeriods(schedules, ask(key), today, days).map((r) => r.period);

describe('daysBetween', () => {
  it('counts whole days, negative backwards', () => {
    expect(daysBetween('2025-07-05', '2025-07-10')).toBe(5);
    expect(daysBetween('2025-07-10', '2025-07-05')).toBe(-5);
  });
});

describe('reportingPeriods with a report named', () => {
  it('"ai chưa nộp báo cáo năm" in December 2026 is about 2026, the open one', () => {
    expect(reportingPeriods(DEFAULT_SCHEDULES, ask('annual'), '2026-12-06', days)).toEqual([{ schedule: annual, period: '2026', due: '2026-12-21' }]);
  });

  it('is about last year until this year’s report opens', () => {
    expect(periodsOf('annual', '2026-11-30')).toEqual(['2025']);
    expect(periodsOf('annual', '2026-12-01')).toEqual(['2026']);
  });

  it('the six-month report: last year’s half in March, this year’s from June, and just due in July', () => {
    expect(periodsOf('six_month', '2026-03-01')).toEqual(['2025-6M']);
    expect(periodsOf('six_month', '2026-06-01')).toEqual(['2026-6M']);
    expect(periodsOf('six_month', '2026-07-10')).toEqual(['2026-6M']);
  });

  it('the monthly figures when no province set a day: not in force, so nothing', () => {
    expect(periodsOf('monthly', '2026-12-06')).toEqual([]);
  });
});

describe('reportingPeriods with no report named', () => {
  it('lists every open report, nearest deadline first', () => {
    const withMonthly = [sixMonth, annual, { ...monthly, due: { kind: 'in-next-month', day: 5 }, active: true } as Schedule];
    // 6 Dec 2026: November's figures (due 5 Dec, a Saturday, so to Monday 7 Dec), the annual report, December's figures.
    expect(periodsOf(null, '2026-12-06', withMonthly)).toEqual(['2026-11', '2026', '2026-12']);
  });

  it('keeps a report passed in the last 30 days', () => {
    expect(periodsOf(null, '2026-07-10')).toEqual(['2026-6M']);
    expect(periodsOf(null, '2026-08-06')).toEqual(['2026-6M']);
  });

  it('with nothing open, takes the schedule whose deadline is nearest, before or after', () => {
    // 10 Feb 2026: the annual report for 2025 ended 51 days ago; the first half of 2026 is 146 days away.
    expect(periodsOf(null, '2026-02-10')).toEqual(['2025']);
  });
});

describe('reportingPeriods with a period named', () => {
  it('keeps it and finds its schedule by the kind of period, with the day its deadline ends', () => {
    expect(reportingPeriods(DEFAULT_SCHEDULES, ask(null, '2024-6M'), '2025-07-10', days)).toEqual([
      { schedule: sixMonth, period: '2024-6M', due: '2024-07-04' },
    ]);
    expect(reportingPeriods(DEFAULT_SCHEDULES, ask('six_month', '2026'), '2025-07-10', days)).toEqual([
      { schedule: annual, period: '2026', due: '2026-12-21' },
    ]);
  });

  it('has no deadline for a period no schedule in force governs', () => {
    expect(reportingPeriods(DEFAULT_SCHEDULES, ask(null, '2025-Q2'), '2025-07-10', days)).toEqual([{ schedule: null, period: '2025-Q2', due: null }]);
    expect(reportingPeriods(DEFAULT_SCHEDULES, ask(null, '2025-06'), '2025-07-10', days)).toEqual([{ schedule: null, period: '2025-06', due: null }]);
  });

  it('gives nothing without schedules and without a period', () => {
    expect(reportingPeriods([], ask('six_month'), '2025-07-10', days)).toEqual([]);
  });
});
