import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, holidayCalendar, type Schedule, SIX_MONTH_SOURCE } from '../../../src/core/calendar/index.js';
import { deadlineFacts } from '../../../src/core/deadline/index.js';

const [sixMonth, annual, monthly] = DEFAULT_SCHEDULES as [Schedule, Schedule, Schedule];

describe('deadlineFacts', () => {
  it('reads "before 5 July" as 4 July on time; a Saturday, it ends with Monday 6 July, and the days count to it', () => {
    expect(deadlineFacts(sixMonth, '2026-06-01')).toMatchObject({
      period: '2026-6M',
      lastOnTime: '2026-07-04',
      endsOn: '2026-07-06',
      dayOff: { weekday: 6 },
      documentDay: '2026-07-04',
      daysLeft: 35,
      asked: false,
      calendarMoved: false,
    });
    expect(deadlineFacts(sixMonth, '2026-07-04')).toMatchObject({ period: '2026-6M', daysLeft: 2 });
    expect(deadlineFacts(sixMonth, '2026-07-06')).toMatchObject({ period: '2026-6M', daysLeft: 0 });
  });

  it('keeps a last day on time that is a working day (19/12/2025, a Friday)', () => {
    expect(deadlineFacts(annual, '2025-12-01')).toMatchObject({ period: '2025', lastOnTime: '2025-12-19', endsOn: '2025-12-19', dayOff: null, daysLeft: 18 });
  });

  it('moves to the next period once the deadline has ended', () => {
    expect(deadlineFacts(sixMonth, '2026-07-07')).toMatchObject({ period: '2027-6M', lastOnTime: '2027-07-04', endsOn: '2027-07-05', dayOff: { weekday: 0 } });
    // 19/12/2026 is a Saturday: the annual report of 2026 runs to Monday 21/12.
    expect(deadlineFacts(annual, '2026-12-20')).toMatchObject({ period: '2026', endsOn: '2026-12-21', daysLeft: 1 });
    expect(deadlineFacts(annual, '2026-12-22')).toMatchObject({ period: '2027', lastOnTime: '2027-12-19', endsOn: '2027-12-20' });
  });

  it('moves a last day in Tết past Tết and its make-up days, and past a stored bridging day', () => {
    // "before 10 February" of the year after: 9/2/2027 is the last day of Tết (5–9/2, Saturday and Sunday made up on 10 and 11/2).
    const tet: Schedule = {
      ...annual,
      due: { kind: 'fixed', month: 2, day: 9, nextYear: true },
      source: { ...SIX_MONTH_SOURCE, due: { ...SIX_MONTH_SOURCE.due!, rule: { kind: 'fixed', month: 2, day: 10, nextYear: true }, before: true } },
    };
    expect(deadlineFacts(tet, '2027-02-01', '2026')).toMatchObject({
      lastOnTime: '2027-02-09',
      endsOn: '2027-02-12',
      dayOff: { holiday: 'Tết Nguyên đán' },
      daysLeft: 11,
    });
    const bridged = deadlineFacts(tet, '2027-02-01', '2026', holidayCalendar([{ date: '2027-02-12', name: 'Nghỉ hoán đổi' }]));
    expect(bridged).toMatchObject({ endsOn: '2027-02-15', daysLeft: 14 });
  });

  it('takes the period asked, past or not, when it is one of the schedule’s', () => {
    expect(deadlineFacts(annual, '2026-12-06', '2025')).toMatchObject({ period: '2025', lastOnTime: '2025-12-19', daysLeft: -352, asked: true });
    // A period of another kind says nothing about this schedule: the next one is shown.
    expect(deadlineFacts(annual, '2026-12-06', '2026-6M')).toMatchObject({ period: '2026', asked: false });
  });

  it('has no day at all where neither the document nor a province set one: the period of today, nothing to count', () => {
    expect(deadlineFacts(monthly, '2026-12-06')).toMatchObject({
      period: '2026-12',
      lastOnTime: null,
      documentDay: null,
      endsOn: null,
      daysLeft: null,
      calendarMoved: false,
    });
  });

  it('counts to a day a province set where the document gives none', () => {
    const set: Schedule = { ...monthly, due: { kind: 'in-last-month', day: 25 }, active: true };
    expect(deadlineFacts(set, '2026-12-06')).toMatchObject({ period: '2026-12', lastOnTime: '2026-12-25', documentDay: null, daysLeft: 19 });
  });

  it('counts to the day a province moved the calendar to, and keeps the document’s beside it', () => {
    const moved: Schedule = { ...sixMonth, due: { kind: 'fixed', month: 7, day: 10 } };
    expect(deadlineFacts(moved, '2026-06-01')).toMatchObject({ lastOnTime: '2026-07-10', documentDay: '2026-07-04', calendarMoved: true, daysLeft: 39 });
  });

  it('reads a "by" day as the last day on time itself', () => {
    const by: Schedule = {
      ...sixMonth,
      due: { kind: 'fixed', month: 7, day: 5 },
      source: { ...SIX_MONTH_SOURCE, due: { ...SIX_MONTH_SOURCE.due!, before: false } },
    };
    expect(deadlineFacts(by, '2026-06-01')).toMatchObject({
      lastOnTime: '2026-07-05',
      documentDay: '2026-07-05',
      endsOn: '2026-07-06',
      dayOff: { weekday: 0 },
      daysLeft: 35,
      calendarMoved: false,
    });
  });
});
