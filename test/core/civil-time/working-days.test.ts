import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween, daysInMonth, isoDate, isWorkingDay, nextWorkingDay, previousWorkingDay } from '../../../src/core/civil-time/index.js';

const none = new Set<string>();
// 30 April (Thursday) and 1 May (Friday) 2026: a holiday chain running into a weekend.
const mayDay = new Set(['2026-04-30', '2026-05-01']);

describe('addDays and daysBetween', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-07-05', -7)).toBe('2026-06-28');
  });

  it('counts whole days, negative backwards', () => {
    expect(daysBetween('2026-07-02', '2026-07-05')).toBe(3);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-07-05', '2026-07-02')).toBe(-3);
    expect(daysBetween('2026-07-05', '2026-07-05')).toBe(0);
  });

  it('refuses text that is not an ISO date', () => {
    expect(() => addDays('5/7/2026', 1)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it('takes weekdays and leaves out Saturday, Sunday and holidays', () => {
    expect(dayOfWeek('2026-07-05')).toBe(0);
    expect(isWorkingDay('2026-07-03', none)).toBe(true); // Friday
    expect(isWorkingDay('2026-07-04', none)).toBe(false); // Saturday
    expect(isWorkingDay('2026-07-05', none)).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-02', none)).toBe(true); // Wednesday …
    expect(isWorkingDay('2026-09-02', new Set(['2026-09-02']))).toBe(false); // … unless a holiday
  });
});

describe('previousWorkingDay', () => {
  it('keeps a working day', () => {
    expect(previousWorkingDay('2026-07-03', none)).toBe('2026-07-03');
  });

  it('moves a weekend day back to Friday', () => {
    expect(previousWorkingDay('2026-07-04', none)).toBe('2026-07-03');
    expect(previousWorkingDay('2026-07-05', none)).toBe('2026-07-03');
  });

  it('moves past a holiday chain before a weekend', () => {
    expect(previousWorkingDay('2026-05-03', mayDay)).toBe('2026-04-29');
    expect(previousWorkingDay('2026-05-01', mayDay)).toBe('2026-04-29');
  });

  it('moves back across the year end', () => {
    expect(previousWorkingDay('2027-01-03', new Set(['2027-01-01']))).toBe('2026-12-31');
  });

  it('gives up on a holiday table with no working day in a year', () => {
    const everyDay = new Set(Array.from({ length: 800 }, (_, i) => addDays('2025-06-01', i)));
    expect(() => previousWorkingDay('2026-12-31', everyDay)).toThrow(/check the holidays/);
  });
});

describe('nextWorkingDay', () => {
  it('keeps a working day (on or after)', () => {
    expect(nextWorkingDay('2026-07-06', none)).toBe('2026-07-06');
  });

  it('moves a weekend day forward to Monday', () => {
    expect(nextWorkingDay('2026-07-04', none)).toBe('2026-07-06');
  });

  it('moves past New Year on a Friday and the weekend after it', () => {
    expect(nextWorkingDay('2027-01-01', new Set(['2027-01-01']))).toBe('2027-01-04');
  });
});

describe('isoDate and daysInMonth', () => {
  it('writes a civil date with its zeros and knows February of a leap year', () => {
    expect(isoDate(2026, 2, 3)).toBe('2026-02-03');
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});
