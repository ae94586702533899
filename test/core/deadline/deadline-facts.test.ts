import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, SIX_MONTH_SOURCE, type Schedule } from '../../../src/core/calendar/index.js';
import { deadlineFacts } from '../../../src/core/deadline/index.js';

const [sixMonth, annual, monthly] = DEFAULT_SCHEDULES as [Schedule, Schedule, Schedule];

describe('deadlineFacts', () => {
  it('reads "before 5 July" as 4 July on time, and counts the days to it', () => {
    expect(deadlineFacts(sixMonth, '2026-06-01')).toMatchObject({
      period: '2026-6M', lastOnTime: '2026-07-04', calendarDue: '2026-07-05', daysLeft: 33, asked: false, calendarMoved: false,
    });
    expect(deadlineFacts(sixMonth, '2026-07-04')).toMatchObject({ period: '2026-6M', daysLeft: 0 });
  });

  it('moves to the next period once the last day on time is past, even on the day the document names', () => {
    expect(deadlineFacts(sixMonth, '2026-07-05')).toMatchObject({ period: '2027-6M', lastOnTime: '2027-07-04' });
    expect(deadlineFacts(annual, '2026-12-20')).toMatchObject({ period: '2027', lastOnTime: '2027-12-19' });
  });

  it('takes the period asked, past or not, when it is one of the schedule’s', () => {
    expect(deadlineFacts(annual, '2026-12-06', '2025')).toMatchObject({ period: '2025', lastOnTime: '2025-12-19', daysLeft: -352, asked: true });
    // A period of another kind says nothing about this schedule: the next one is shown.
    expect(deadlineFacts(annual, '2026-12-06', '2026-6M')).toMatchObject({ period: '2026', asked: false });
  });

  it('has no last day on time where the document gives no day, and counts to the calendar’s date', () => {
    expect(deadlineFacts(monthly, '2026-12-06')).toMatchObject({
      period: '2026-12', lastOnTime: null, calendarDue: '2026-12-20', daysLeft: 14, calendarMoved: false,
    });
  });

  it('keeps the document’s day when a province moved the calendar’s, and says it moved', () => {
    const moved: Schedule = { ...sixMonth, due: { kind: 'fixed', month: 7, day: 10 } };
    expect(deadlineFacts(moved, '2026-06-01')).toMatchObject({ lastOnTime: '2026-07-04', calendarDue: '2026-07-10', calendarMoved: true });
  });

  it('reads a "by" day as the last day on time itself', () => {
    const by: Schedule = { ...sixMonth, source: { ...SIX_MONTH_SOURCE, due: { ...SIX_MONTH_SOURCE.due!, before: false } } };
    expect(deadlineFacts(by, '2026-06-01')).toMatchObject({ lastOnTime: '2026-07-05', daysLeft: 34 });
  });
});
