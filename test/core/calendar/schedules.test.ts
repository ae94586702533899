import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, dueDate, holidayCalendar, isOnTime, nextDeadline, type Schedule, scheduleFor } from '../../../src/core/calendar/index.js';

const [sixMonth, annual, monthly] = DEFAULT_SCHEDULES as [Schedule, Schedule, Schedule];
const days = holidayCalendar();
/** The monthly figures as a province sets them: the 20th of the month. */
const monthlyOn20: Schedule = { ...monthly, due: { kind: 'in-last-month', day: 20 }, active: true };

describe('dueDate: the last day on time', () => {
  it('is the day before the one 1736/QĐ-UBND names: "before 5 July" is 4 July, "before 20 December" is 19 December', () => {
    expect(dueDate(sixMonth, '2025-6M')).toBe('2025-07-04');
    expect(dueDate(annual, '2025')).toBe('2025-12-19');
  });

  it('has none for the monthly figures, which no document dates: they are off until a province sets a day', () => {
    expect(dueDate(monthly, '2025-06')).toBeNull();
    expect(monthly.active).toBe(false);
    expect(dueDate(monthlyOn20, '2025-06')).toBe('2025-06-20');
  });

  it('has no due date for a period of another kind', () => {
    expect(dueDate(sixMonth, '2025-Q2')).toBeNull();
    expect(dueDate(annual, '2025-06')).toBeNull();
  });
});

describe('nextDeadline: the deadline ends on the next working day after a day off (Bộ luật Dân sự 2015, Điều 148)', () => {
  it('keeps a working last day as it is, and counts it as still open', () => {
    // 4 July 2025 is a Friday.
    expect(nextDeadline(sixMonth, '2025-07-04', days)).toMatchObject({ period: '2025-6M', due: '2025-07-04', endsOn: '2025-07-04' });
  });

  it('moves a Saturday last day to Monday: 4 July 2026 and 19 December 2026', () => {
    expect(nextDeadline(sixMonth, '2026-07-06', days)).toMatchObject({ period: '2026-6M', due: '2026-07-04', endsOn: '2026-07-06' });
    expect(nextDeadline(annual, '2026-12-20', days)).toMatchObject({ period: '2026', due: '2026-12-19', endsOn: '2026-12-21' });
  });

  it('moves to the next year once the deadline has ended', () => {
    expect(nextDeadline(sixMonth, '2026-07-07', days)).toMatchObject({ period: '2027-6M', due: '2027-07-04', endsOn: '2027-07-05' });
    expect(nextDeadline(annual, '2026-12-22', days)).toMatchObject({ period: '2027', due: '2027-12-19', endsOn: '2027-12-20' });
  });

  it('moves monthly figures to the next month, across the year end, and has none without a day', () => {
    // 20 December 2025 is a Saturday: December's figures are still open on Sunday 21, to Monday 22.
    expect(nextDeadline(monthlyOn20, '2025-12-21', days)).toMatchObject({ period: '2025-12', endsOn: '2025-12-22' });
    expect(nextDeadline(monthlyOn20, '2025-12-23', days)).toMatchObject({ period: '2026-01', due: '2026-01-20' });
    expect(nextDeadline(monthly, '2025-12-21', days)).toBeNull();
  });
});

describe('isOnTime', () => {
  it('accepts every day up to the end of the moved deadline and not the day after', () => {
    expect(isOnTime(DEFAULT_SCHEDULES, '2026-6M', '2026-07-04', days)).toBe(true);
    expect(isOnTime(DEFAULT_SCHEDULES, '2026-6M', '2026-07-06', days)).toBe(true);
    expect(isOnTime(DEFAULT_SCHEDULES, '2026-6M', '2026-07-07', days)).toBe(false);
    // 2025: 4 July is a Friday, so 5 July is already late.
    expect(isOnTime(DEFAULT_SCHEDULES, '2025-6M', '2025-07-05', days)).toBe(false);
  });

  it('follows a stored day off', () => {
    const bridged = holidayCalendar([{ date: '2026-07-06', name: 'Nghỉ bù' }]);
    expect(isOnTime(DEFAULT_SCHEDULES, '2026-6M', '2026-07-07', bridged)).toBe(true);
  });

  it('says nothing for a period no schedule in force governs', () => {
    expect(isOnTime(DEFAULT_SCHEDULES, '2025-9M', '2025-10-01', days)).toBeNull();
    expect(isOnTime(DEFAULT_SCHEDULES, '2025-06', '2025-10-01', days)).toBeNull();
    expect(scheduleFor(DEFAULT_SCHEDULES, '2025-Q3')).toBeNull();
  });
});

describe('dueDate with a day of the month after the period', () => {
  const quarterly = { key: 'q', nameVi: 'Quý', nameEn: 'Quarter', periodKind: 'quarter', due: { kind: 'in-next-month', day: 15 }, offsetsDays: [0] } as const;

  it('puts a quarter on the 15th of the month after it', () => {
    expect(dueDate(quarterly, '2026-Q1')).toBe('2026-04-15');
    expect(dueDate(quarterly, '2026-Q3')).toBe('2026-10-15');
  });

  it('moves the fourth quarter into January of the next year', () => {
    expect(dueDate(quarterly, '2026-Q4')).toBe('2027-01-15');
  });

  it('follows a six-month period into July and a year into January', () => {
    expect(dueDate({ ...quarterly, periodKind: 'six-months' }, '2026-6M')).toBe('2026-07-15');
    expect(dueDate({ ...quarterly, periodKind: 'year' }, '2026')).toBe('2027-01-15');
  });

  it('finds the next quarterly deadline across the year end', () => {
    expect(nextDeadline(quarterly, '2026-10-16', days)).toMatchObject({ period: '2026-Q4', due: '2027-01-15' });
    expect(nextDeadline(quarterly, '2027-01-15', days)).toMatchObject({ period: '2026-Q4', due: '2027-01-15' });
    expect(nextDeadline(quarterly, '2027-01-16', days)).toMatchObject({ period: '2027-Q1', due: '2027-04-15' });
  });
});

describe('dueDate with a day the month lacks', () => {
  it('falls on the last day of a shorter month', () => {
    const endOfMonth: Schedule = { ...monthly, due: { kind: 'in-last-month', day: 31 } };
    expect(dueDate(endOfMonth, '2026-04')).toBe('2026-04-30');
    expect(dueDate(endOfMonth, '2026-02')).toBe('2026-02-28');
    expect(dueDate(endOfMonth, '2028-02')).toBe('2028-02-29');
    expect(dueDate(endOfMonth, '2026-01')).toBe('2026-01-31');
  });

  it('uses the last month of a quarter for an in-last-month rule', () => {
    const quarterEnd: Schedule = { ...monthly, periodKind: 'quarter', due: { kind: 'in-last-month', day: 31 } };
    expect(dueDate(quarterEnd, '2026-Q2')).toBe('2026-06-30');
  });
});
