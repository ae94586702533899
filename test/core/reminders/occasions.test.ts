import { describe, expect, it } from 'vitest';
import { holidayCalendar } from '../../../src/core/calendar/index.js';
import {
  DEFAULT_REPORTING_SCHEDULES,
  LATE_OFFSET,
  type Occasion,
  occasionsBetween,
  occasionsOn,
  type ReportingSchedule,
} from '../../../src/core/reminders/index.js';
import { makeSchedule } from '../../support/reminder-builders.js';

const none = new Set<string>();
const defaults: ReportingSchedule[] = DEFAULT_REPORTING_SCHEDULES.map((s, i) => ({ ...s, id: i + 1 }));
const [sixMonth, annual] = defaults as [ReportingSchedule, ReportingSchedule];
// The monthly figures and the quarterly statistics as a province would set them (the defaults have no day).
const monthly = makeSchedule({ id: 3, key: 'monthly', periodKind: 'month', due: { kind: 'in-last-month', day: 20 }, offsetsDays: [3, 1, 0] });
const quarterly = makeSchedule({ id: 4, key: 'quarterly_stats', periodKind: 'quarter', due: { kind: 'in-next-month', day: 15 }, audienceLevel: 'province' });

/** "key period kind offset sendOn", one per occasion, for readable expectations. */
const brief = (occasions: readonly Occasion[]) => occasions.map((o) => `${o.schedule.key} ${o.period} ${o.kind} ${o.offsetDays} ${o.sendOn}`);

describe('occasionsOn', () => {
  it('sends each offset on its day when the days are working days', () => {
    // Due Friday 9 July 2027: offsets 7, 3, 1, 0 are Friday 2, Tuesday 6, Thursday 8 and Friday 9 July.
    const schedule = makeSchedule({ due: { kind: 'fixed', month: 7, day: 9 } });
    expect(brief(occasionsBetween([schedule], '2027-06-01', '2027-07-31', none))).toEqual([
      'six_month 2027-6M nudge 7 2027-07-02',
      'six_month 2027-6M nudge 3 2027-07-06',
      'six_month 2027-6M nudge 1 2027-07-08',
      'six_month 2027-6M nudge 0 2027-07-09',
      'six_month 2027-6M late -1 2027-07-12',
    ]);
    expect(brief(occasionsOn([schedule], '2027-07-06', none))).toEqual(['six_month 2027-6M nudge 3 2027-07-06']);
    expect(occasionsOn([schedule], '2027-07-07', none)).toEqual([]);
  });

  it('carries the schedule, the period and its due date', () => {
    // Due Monday 5 July 2027: offset 7 is Monday 28 June.
    const [occasion] = occasionsOn([sixMonth], '2027-06-28', none);
    expect(occasion).toEqual({ schedule: sixMonth, period: '2027-6M', due: '2027-07-05', kind: 'nudge', offsetDays: 7, sendOn: '2027-06-28' });
  });

  it('counts to the day the deadline ends: "before 5 July" 2026 is Saturday 4 July, so Monday 6 July', () => {
    // Offset 0 is Monday 6 July; offset 1 (Sunday) and offset 3 both fall on Friday 3 July, the smallest kept;
    // offset 7 is Monday 29 June; the late summary goes out on Tuesday 7 July, once the units' day is over.
    expect(brief(occasionsBetween([sixMonth], '2026-06-25', '2026-07-08', none))).toEqual([
      'six_month 2026-6M nudge 7 2026-06-29',
      'six_month 2026-6M nudge 1 2026-07-03',
      'six_month 2026-6M nudge 0 2026-07-06',
      'six_month 2026-6M late -1 2026-07-07',
    ]);
    expect(occasionsOn([sixMonth], '2026-07-04', none)).toEqual([]);
    expect(occasionsOn([sixMonth], '2026-07-05', none)).toEqual([]);
  });

  it('keeps the smallest offset when a Monday deadline makes offsets 1 and 3 both fall on Friday', () => {
    // Monthly figures for July 2026 are due Monday 20 July: offset 1 (Sunday) → Friday 17 = offset 3.
    expect(brief(occasionsOn([monthly], '2026-07-17', none))).toEqual(['monthly 2026-07 nudge 1 2026-07-17']);
    expect(brief(occasionsOn([monthly], '2026-07-20', none))).toEqual(['monthly 2026-07 nudge 0 2026-07-20']);
    expect(brief(occasionsBetween([monthly], '2026-07-13', '2026-07-21', none))).toEqual([
      'monthly 2026-07 nudge 1 2026-07-17',
      'monthly 2026-07 nudge 0 2026-07-20',
      'monthly 2026-07 late -1 2026-07-21',
    ]);
  });

  it('moves past a holiday on the Friday before a weekend, and past a chain of holidays', () => {
    // Monthly figures due Monday 4 May 2026; 30 April (Thursday) and 1 May (Friday) are holidays.
    const mayFourth = makeSchedule({ key: 'm4', periodKind: 'month', due: { kind: 'in-last-month', day: 4 }, offsetsDays: [3, 1, 0] });
    const holidays = new Set(['2026-04-30', '2026-05-01']);
    expect(brief(occasionsBetween([mayFourth], '2026-04-27', '2026-05-05', holidays))).toEqual([
      'm4 2026-05 nudge 1 2026-04-29',
      'm4 2026-05 nudge 0 2026-05-04',
      'm4 2026-05 late -1 2026-05-05',
    ]);
    // With only the Friday a holiday, offsets 1 and 3 both go out on Thursday 30 April.
    expect(brief(occasionsOn([mayFourth], '2026-04-30', new Set(['2026-05-01'])))).toEqual(['m4 2026-05 nudge 1 2026-04-30']);
  });

  it('sends the late summary on the Monday after a Friday or Saturday deadline', () => {
    // Monthly figures for February 2026 are due Friday 20 February; the six-month report 2025 Saturday 5 July 2025.
    expect(brief(occasionsOn([monthly], '2026-02-23', none))).toEqual([`monthly 2026-02 late ${LATE_OFFSET} 2026-02-23`]);
    expect(occasionsOn([monthly], '2026-02-21', none)).toEqual([]);
    expect(brief(occasionsOn([sixMonth], '2025-07-07', none))).toEqual(['six_month 2025-6M late -1 2025-07-07']);
    expect(occasionsOn([sixMonth], '2025-07-06', none)).toEqual([]);
  });

  it('sends the late summary the next day after a weekday deadline', () => {
    expect(brief(occasionsOn([quarterly], '2026-10-16', none))).toEqual(['quarterly_stats 2026-Q3 late -1 2026-10-16']);
  });

  it('handles the year end: the annual report (Saturday 19 December 2026) and December figures (Sunday 20) both end Monday 21', () => {
    expect(brief(occasionsBetween([annual, monthly], '2026-12-10', '2026-12-22', none))).toEqual([
      'annual 2026 nudge 7 2026-12-14',
      'annual 2026 nudge 1 2026-12-18',
      'monthly 2026-12 nudge 1 2026-12-18',
      'annual 2026 nudge 0 2026-12-21',
      'monthly 2026-12 nudge 0 2026-12-21',
      'annual 2026 late -1 2026-12-22',
      'monthly 2026-12 late -1 2026-12-22',
    ]);
  });

  it('moves a deadline that ends in Tết past Tết and its make-up days, and a stored bridging day with it', () => {
    // Due 9 February 2027, the last day of Tết (5–9/2; Saturday 6 and Sunday 7 made up on 10 and 11/2): it ends Friday 12.
    const tet = makeSchedule({ key: 'tet', periodKind: 'year', due: { kind: 'fixed', month: 2, day: 9, nextYear: true }, offsetsDays: [3, 0] });
    const days = holidayCalendar();
    expect(brief(occasionsBetween([tet], '2027-02-01', '2027-02-28', days))).toEqual([
      'tet 2026 nudge 3 2027-02-04',
      'tet 2026 nudge 0 2027-02-12',
      'tet 2026 late -1 2027-02-15',
    ]);
    const bridged = holidayCalendar([{ date: '2027-02-12', name: 'Nghỉ hoán đổi' }]);
    expect(brief(occasionsBetween([tet], '2027-02-01', '2027-02-28', bridged))).toEqual([
      'tet 2026 nudge 3 2027-02-04',
      'tet 2026 nudge 0 2027-02-15',
      'tet 2026 late -1 2027-02-16',
    ]);
  });

  it('sends a late summary after a 31 December deadline on the first working day of January, past New Year', () => {
    const yearEnd = makeSchedule({ key: 'ye', periodKind: 'year', due: { kind: 'fixed', month: 12, day: 31 } });
    const newYear = new Set(['2027-01-01']);
    expect(brief(occasionsOn([yearEnd], '2027-01-04', newYear))).toEqual(['ye 2026 late -1 2027-01-04']);
    expect(occasionsOn([yearEnd], '2027-01-01', newYear)).toEqual([]);
    expect(brief(occasionsOn([yearEnd], '2026-12-31', newYear))).toEqual(['ye 2026 nudge 0 2026-12-31']);
  });

  it('moves a January reminder back into December across a New Year holiday', () => {
    // Fourth quarter due Monday 4 January 2027; 1 January (Friday) is a holiday.
    const early = makeSchedule({ key: 'q', periodKind: 'quarter', due: { kind: 'in-next-month', day: 4 } });
    expect(brief(occasionsOn([early], '2026-12-31', new Set(['2027-01-01'])))).toEqual(['q 2026-Q4 nudge 1 2026-12-31']);
    expect(brief(occasionsOn([early], '2026-12-28', new Set(['2027-01-01'])))).toEqual(['q 2026-Q4 nudge 7 2026-12-28']);
  });

  it('follows a quarterly rule into January of the next year', () => {
    // Fourth quarter 2026 due Friday 15 January 2027: offset 7 is Friday 8 January.
    expect(brief(occasionsBetween([quarterly], '2027-01-01', '2027-01-31', none))).toEqual([
      'quarterly_stats 2026-Q4 nudge 7 2027-01-08',
      'quarterly_stats 2026-Q4 nudge 3 2027-01-12',
      'quarterly_stats 2026-Q4 nudge 1 2027-01-14',
      'quarterly_stats 2026-Q4 nudge 0 2027-01-15',
      'quarterly_stats 2026-Q4 late -1 2027-01-18',
    ]);
  });

  it('still sends a reminder that falls before its period has started', () => {
    // Monthly figures due the 1st: offset 3 for March 2027 (due Monday 1 March) is Friday 26 February.
    const firstDay = makeSchedule({ key: 'd1', periodKind: 'month', due: { kind: 'in-last-month', day: 1 }, offsetsDays: [3] });
    expect(brief(occasionsOn([firstDay], '2027-02-26', none))).toEqual(['d1 2027-03 nudge 3 2027-02-26']);
  });

  it('finds a deadline of the next year from a period two years back (fixed-next-year)', () => {
    const nextYear = makeSchedule({ key: 'ny', periodKind: 'year', due: { kind: 'fixed', month: 1, day: 15, nextYear: true }, offsetsDays: [0] });
    expect(brief(occasionsOn([nextYear], '2027-01-15', none))).toEqual(['ny 2026 nudge 0 2027-01-15']);
  });

  it('sends nothing for an inactive schedule', () => {
    expect(occasionsOn([{ ...sixMonth, active: false }], '2026-07-03', none)).toEqual([]);
  });

  it('ignores negative and fractional offsets', () => {
    const odd = makeSchedule({ offsetsDays: [-1, 2.5, 0] });
    expect(brief(occasionsBetween([odd], '2027-06-01', '2027-07-31', none))).toEqual([
      'six_month 2027-6M nudge 0 2027-07-05',
      'six_month 2027-6M late -1 2027-07-06',
    ]);
  });

  it('orders several schedules on one day by schedule id', () => {
    const a = makeSchedule({ id: 9, key: 'a' });
    const b = makeSchedule({ id: 2, key: 'b' });
    expect(occasionsOn([a, b], '2027-07-05', none).map((o) => o.schedule.id)).toEqual([2, 9]);
  });
});

describe('occasionsBetween', () => {
  it('lists a whole season in order of the day sent, then schedule id', () => {
    const found = occasionsBetween([...defaults, quarterly], '2026-06-25', '2026-07-08', none);
    expect(brief(found)).toEqual([
      'six_month 2026-6M nudge 7 2026-06-29',
      'six_month 2026-6M nudge 1 2026-07-03',
      'six_month 2026-6M nudge 0 2026-07-06',
      'six_month 2026-6M late -1 2026-07-07',
      'quarterly_stats 2026-Q2 nudge 7 2026-07-08',
    ]);
    // The defaults alone: the monthly figures and the statistics have no day, so nothing of theirs goes out.
    expect(occasionsBetween(defaults, '2026-01-01', '2026-12-31', none).every((o) => ['six_month', 'annual'].includes(o.schedule.key))).toBe(true);
  });

  it('is empty for a reversed range and agrees with occasionsOn day by day', () => {
    expect(occasionsBetween(defaults, '2026-07-08', '2026-07-01', none)).toEqual([]);
    const days = ['2026-12-17', '2026-12-18', '2026-12-19', '2026-12-20', '2026-12-21'];
    const byDay = days.flatMap((day) => occasionsOn(defaults, day, none));
    expect(occasionsBetween(defaults, days[0] ?? '', days[4] ?? '', none)).toEqual(byDay);
  });
});
