import { describe, expect, it } from 'vitest';
import { deadlineEnd, holidayCalendar, isWorkingDay, publicHolidays } from '../../../src/core/calendar/holidays.js';

const dates = (year: number) => publicHolidays(year).map((d) => d.date);

describe('publicHolidays', () => {
  it('2026: Tết from the eve (16/2) for five days, Giỗ Tổ on a Sunday made up on Monday, 1/9 and 2/9', () => {
    // Lunar new year 17/2/2026 (Tuesday); 10/3 lunar is Sunday 26/4/2026.
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(publicHolidays(2026).find((d) => d.date === '2026-04-27')?.name).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
  });

  it('2027: Tết 5–9/2 with its Saturday and Sunday made up on 10 and 11/2, 1/5 on a Saturday made up on 3/5', () => {
    // Lunar new year 6/2/2027 (Saturday); Giỗ Tổ 16/4/2027 (Friday).
    expect(dates(2027)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-05-03',
      '2027-09-01',
      '2027-09-02',
    ]);
  });
});

describe('working days and deadlineEnd', () => {
  const days = holidayCalendar([{ date: '2026-12-31', name: 'Nghỉ hoán đổi' }]);

  it('Saturdays, Sundays, computed and stored holidays are not working days', () => {
    expect(isWorkingDay('2026-07-03', days)).toBe(true);
    expect(isWorkingDay('2026-07-04', days)).toBe(false);
    expect(isWorkingDay('2026-02-18', days)).toBe(false);
    expect(isWorkingDay('2026-12-31', days)).toBe(false);
  });

  it('a last day off ends at the next working day (Bộ luật Dân sự 2015, Điều 148)', () => {
    expect(deadlineEnd('2026-07-03', days)).toBe('2026-07-03');
    expect(deadlineEnd('2026-07-04', days)).toBe('2026-07-06'); // Saturday → Monday
    expect(deadlineEnd('2026-12-19', days)).toBe('2026-12-21'); // Saturday → Monday
    expect(deadlineEnd('2026-02-14', days)).toBe('2026-02-23'); // Saturday before Tết → Monday after it
    expect(deadlineEnd('2026-12-31', days)).toBe('2027-01-04'); // stored 31/12, 1/1, weekend
  });
});

describe('stored days over the computed holidays', () => {
  it('a stored working day removes a computed holiday, and a stored day off adds one, with its name', () => {
    // A year the government gives Quốc khánh as 2–3/9 instead of 1–2/9.
    const days = holidayCalendar([
      { date: '2026-09-01', name: 'Làm việc (Quốc khánh nghỉ 2–3/9)', off: false },
      { date: '2026-09-03', name: 'Quốc khánh' },
    ]);
    expect(days.has('2026-09-01')).toBe(false);
    expect(days.nameOf('2026-09-01')).toBeNull();
    expect(days.has('2026-09-03')).toBe(true);
    expect(days.nameOf('2026-09-02')).toBe('Quốc khánh');
    expect(holidayCalendar().has('2026-09-01')).toBe(true);
  });

  it('computes any year when asked, with no table typed in', () => {
    const days = holidayCalendar();
    // Tết 2030 (lunar new year 3 February 2030): the eve and four days.
    expect(['2030-02-02', '2030-02-03', '2030-02-06'].map((d) => days.has(d))).toEqual([true, true, true]);
    expect(days.nameOf('2030-02-03')).toBe('Tết Nguyên đán');
    expect(days.has('2030-02-10')).toBe(false);
  });
});
