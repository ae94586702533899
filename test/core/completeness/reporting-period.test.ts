import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, type Schedule } from '../../../src/core/calendar/index.js';
import { currentReporting, daysBetween, reportingPeriod } from '../../../src/core/completeness/index.js';

const [sixMonth, annual, monthly] = DEFAULT_SCHEDULES as [Schedule, Schedule, Schedule];
const ask = (scheduleKey: string | null, period: string | null = null) => ({ scheduleKey, period });

describe('daysBetween', () => {
  it('counts whole days, negative backwards', () => {
    expect(daysBetween('2025-07-05', '2025-07-10')).toBe(5);
    expect(daysBetween('2025-07-10', '2025-07-05')).toBe(-5);
  });
});

describe('currentReporting', () => {
  it('means the period just due once its deadline has passed', () => {
    expect(currentReporting(sixMonth, '2025-07-06')).toMatchObject({ period: '2025-6M', due: '2025-07-05' });
    expect(currentReporting(sixMonth, '2026-03-01')).toMatchObject({ period: '2025-6M' });
  });

  it('moves to the coming period once its reminders have started', () => {
    expect(currentReporting(sixMonth, '2025-06-27')).toMatchObject({ period: '2024-6M' });
    expect(currentReporting(sixMonth, '2025-06-28')).toMatchObject({ period: '2025-6M', due: '2025-07-05' });
    expect(currentReporting(monthly, '2025-07-17')).toMatchObject({ period: '2025-07' });
    expect(currentReporting(monthly, '2025-07-16')).toMatchObject({ period: '2025-06' });
  });

  it('crosses the year end', () => {
    expect(currentReporting(annual, '2026-01-10')).toMatchObject({ period: '2025', due: '2025-12-20' });
  });
});

describe('reportingPeriod', () => {
  it('uses the named report', () => {
    expect(reportingPeriod(DEFAULT_SCHEDULES, ask('annual'), '2025-07-10')).toMatchObject({ schedule: annual, period: '2024' });
  });

  it('takes the nearest deadline, before or after, when no report is named', () => {
    // Five days after the six-month deadline; June's monthly figures were due twenty days ago.
    expect(reportingPeriod(DEFAULT_SCHEDULES, ask(null), '2025-07-10')).toMatchObject({ schedule: sixMonth, period: '2025-6M' });
    // Two days before July's monthly figures are due.
    expect(reportingPeriod(DEFAULT_SCHEDULES, ask(null), '2025-07-18')).toMatchObject({ schedule: monthly, period: '2025-07' });
  });

  it('keeps an explicit period and finds its schedule by the kind of period', () => {
    expect(reportingPeriod(DEFAULT_SCHEDULES, ask(null, '2024-6M'), '2025-07-10')).toEqual({ schedule: sixMonth, period: '2024-6M', due: '2024-07-05' });
    expect(reportingPeriod(DEFAULT_SCHEDULES, ask('six_month', '2025'), '2025-07-10')).toMatchObject({ schedule: annual, due: '2025-12-20' });
  });

  it('has no due date for a period no schedule governs', () => {
    expect(reportingPeriod(DEFAULT_SCHEDULES, ask(null, '2025-Q2'), '2025-07-10')).toEqual({ schedule: null, period: '2025-Q2', due: null });
  });

  it('gives up only without schedules and without a period', () => {
    expect(reportingPeriod([], ask('six_month'), '2025-07-10')).toBeNull();
  });
});
