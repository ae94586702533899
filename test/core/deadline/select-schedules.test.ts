import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../src/core/calendar/index.js';
import { chooseSchedules, isStatistics } from '../../../src/core/deadline/index.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../../../src/core/reminders/index.js';

const calendar = DEFAULT_REPORTING_SCHEDULES.map((s, i) => ({ ...s, id: i + 1 }));
/** A province's own annual report (in the place of the national one), and a report of its own only. */
const ownAnnual = { ...calendar[1]!, id: 10, key: 'annual@40', nameVi: 'Báo cáo năm (riêng)', provinceId: 40 };
const ownOnly = { ...calendar[1]!, id: 11, key: 'nine@40', periodKind: 'nine-months' as const, nameVi: 'Báo cáo 9 tháng', provinceId: 40 };
const keys = (schedules: readonly Schedule[]) => schedules.map((s) => s.key);

describe('chooseSchedules', () => {
  it('takes the schedules of the reports named, in the order named', () => {
    expect(keys(chooseSchedules(calendar, ['year', 'six-months'], []).chosen)).toEqual(['annual', 'six_month']);
    expect(keys(chooseSchedules(calendar, ['month'], []).chosen)).toEqual(['monthly']);
  });

  it('tells the statistics office’s figures apart by what the schedule says of itself', () => {
    expect(calendar.filter(isStatistics).map((s) => s.key)).toEqual(['quarterly_stats']);
    expect(keys(chooseSchedules(calendar, ['statistics'], []).chosen)).toEqual(['quarterly_stats']);
    expect(keys(chooseSchedules(calendar, ['statistics', 'six-months'], []).chosen)).toEqual(['quarterly_stats']);
    // A quarterly report is the statistics office's when no report of the units is quarterly.
    expect(keys(chooseSchedules(calendar, ['quarter'], []).chosen)).toEqual(['quarterly_stats']);
  });

  it('names the reports the calendar does not hold', () => {
    expect(chooseSchedules(calendar, ['nine-months', 'year'], [])).toMatchObject({ missing: ['nine-months'] });
    expect(keys(chooseSchedules(calendar, ['nine-months', 'year'], []).chosen)).toEqual(['annual']);
  });

  it('shows a province’s own schedule for that province only, in the place of the national one', () => {
    const all = [...calendar, ownAnnual, ownOnly];
    expect(keys(chooseSchedules(all, ['year'], [40]).chosen)).toEqual(['annual@40']);
    expect(keys(chooseSchedules(all, ['nine-months'], [40]).chosen)).toEqual(['nine@40']);
    expect(keys(chooseSchedules(all, ['year'], [41]).chosen)).toEqual(['annual']);
    expect(keys(chooseSchedules(all, ['year'], []).chosen)).toEqual(['annual']);
    expect(keys(chooseSchedules(all, [], [40]).chosen)).toEqual(['six_month', 'annual@40', 'nine@40']);
  });

  it('lists only schedules in force when no report is named, but a report named even when it is off or has no day', () => {
    expect(keys(chooseSchedules(calendar, [], []).chosen)).toEqual(['six_month', 'annual']);
    const off = calendar.map((s) => (s.key === 'annual' ? { ...s, active: false } : s));
    expect(keys(chooseSchedules(off, [], []).chosen)).toEqual(['six_month']);
    expect(keys(chooseSchedules(off, ['year', 'month'], []).chosen)).toEqual(['annual', 'monthly']);
  });
});
