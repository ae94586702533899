import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, dueDate, isOnTime, nextDeadline, openDeadline, scheduleFor } from '../../../src/core/calendar/index.js';

const [sixMonth, annual, monthly] = DEFAULT_SCHEDULES as [typeof DEFAULT_SCHEDULES[0], typeof DEFAULT_SCHEDULES[0], typeof DEFAULT_SCHEDULES[0]];

describe('dueDate', () => {
  it('puts the six-month report on 5 July and the annual one on 20 December of the same year', () => {
    expect(dueDate(sixMonth, '2025-6M')).toBe('2025-07-05');
    expect(dueDate(annual, '2025')).toBe('2025-12-20');
  });

  it('puts monthly figures on the 20th of their month', () => {
    expect(dueDate(monthly, '2025-06')).toBe('2025-06-20');
  });

  it('has no due date for a period of another kind', () => {
    expect(dueDate(sixMonth, '2025-Q2')).toBeNull();
    expect(dueDate(annual, '2025-06')).toBeNull();
  });
});

describe('nextDeadline', () => {
  it('counts the due day itself as still open', () => {
    expect(nextDeadline(sixMonth, '2025-07-05')).toMatchObject({ period: '2025-6M', due: '2025-07-05' });
  });

  it('moves to the next year once a deadline has passed', () => {
    expect(nextDeadline(sixMonth, '2025-07-06')).toMatchObject({ period: '2026-6M', due: '2026-07-05' });
    expect(nextDeadline(annual, '2025-12-21')).toMatchObject({ period: '2026', due: '2026-12-20' });
  });

  it('moves monthly figures to the next month after the 20th, across the year end', () => {
    expect(nextDeadline(monthly, '2025-12-21')).toMatchObject({ period: '2026-01', due: '2026-01-20' });
  });
});

describe('openDeadline', () => {
  it('takes the nearest deadline', () => {
    expect(openDeadline(DEFAULT_SCHEDULES, '2025-06-25')).toMatchObject({ period: '2025-6M', due: '2025-07-05' });
    expect(openDeadline(DEFAULT_SCHEDULES, '2025-07-06')).toMatchObject({ period: '2025-07', due: '2025-07-20' });
  });

  it('prefers the schedule listed first when two deadlines fall on one day', () => {
    // 20 December: the annual report and December's monthly figures.
    expect(openDeadline(DEFAULT_SCHEDULES, '2026-11-25')).toMatchObject({ period: '2026', due: '2026-12-20' });
  });

  it('has no open period without schedules', () => {
    expect(openDeadline([], '2025-01-01')).toBeNull();
  });
});

describe('isOnTime', () => {
  it('accepts the due day as on time and the day after as late', () => {
    expect(isOnTime(DEFAULT_SCHEDULES, '2025-6M', '2025-07-05')).toBe(true);
    expect(isOnTime(DEFAULT_SCHEDULES, '2025-6M', '2025-07-06')).toBe(false);
  });

  it('says nothing for a period no schedule governs', () => {
    expect(isOnTime(DEFAULT_SCHEDULES, '2025-9M', '2025-10-01')).toBeNull();
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
    expect(nextDeadline(quarterly, '2026-10-16')).toMatchObject({ period: '2026-Q4', due: '2027-01-15' });
    expect(nextDeadline(quarterly, '2027-01-15')).toMatchObject({ period: '2026-Q4', due: '2027-01-15' });
    expect(nextDeadline(quarterly, '2027-01-16')).toMatchObject({ period: '2027-Q1', due: '2027-04-15' });
  });
});

describe('dueDate with a day the month lacks', () => {
  it('falls on the last day of a shorter month', () => {
    const endOfMonth = { ...monthly, due: { kind: 'in-last-month', day: 31 } } as const;
    expect(dueDate(endOfMonth, '2026-04')).toBe('2026-04-30');
    expect(dueDate(endOfMonth, '2026-02')).toBe('2026-02-28');
    expect(dueDate(endOfMonth, '2028-02')).toBe('2028-02-29');
    expect(dueDate(endOfMonth, '2026-01')).toBe('2026-01-31');
  });

  it('uses the last month of a quarter for an in-last-month rule', () => {
    const quarterEnd = { ...monthly, periodKind: 'quarter', due: { kind: 'in-last-month', day: 31 } } as const;
    expect(dueDate(quarterEnd, '2026-Q2')).toBe('2026-06-30');
  });
});
