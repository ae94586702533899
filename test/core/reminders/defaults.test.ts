import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, dueDate, formatDueRule } from '../../../src/core/calendar/index.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../../../src/core/reminders/index.js';

describe('DEFAULT_REPORTING_SCHEDULES', () => {
  it('holds the three schedules of the documents and the quarterly statistics, once each', () => {
    expect(DEFAULT_REPORTING_SCHEDULES.map((s) => s.key)).toEqual(['six_month', 'annual', 'monthly', 'quarterly_stats']);
  });

  it('keeps the rules of DEFAULT_SCHEDULES and reminds the communes’ focal points at 08:00 Vietnam time', () => {
    for (const [i, base] of DEFAULT_SCHEDULES.entries()) {
      expect(DEFAULT_REPORTING_SCHEDULES[i]).toEqual({
        ...base,
        sendHour: 8,
        timezone: 'Asia/Ho_Chi_Minh',
        audienceLevel: 'commune',
        provinceId: null,
        escalateTo: 'official',
        reporterRole: 'focal_point',
        active: base.active !== false,
      });
    }
  });

  it('sets only the days 1736/QĐ-UBND sets: the last days on time 4 July and 19 December; the others have none and are off', () => {
    expect(DEFAULT_REPORTING_SCHEDULES.map((s) => [s.key, formatDueRule(s.due), s.active, s.offsetsDays])).toEqual([
      ['six_month', 'fixed:07-04', true, [7, 3, 1, 0]],
      ['annual', 'fixed:12-19', true, [7, 3, 1, 0]],
      ['monthly', 'none', false, [3, 1, 0]],
      ['quarterly_stats', 'none', false, [7, 3, 1, 0]],
    ]);
  });

  it('has the statistics office report by quarter at province level, to the statistics role, with no day until a province sets one', () => {
    const stats = DEFAULT_REPORTING_SCHEDULES[3];
    expect(stats).toMatchObject({
      nameVi: 'Số liệu dân số, lao động quý',
      nameEn: 'Quarterly population and labour statistics',
      periodKind: 'quarter',
      audienceLevel: 'province',
      escalateTo: 'official',
      reporterRole: 'statistics',
      active: false,
      sendHour: 8,
    });
    expect(stats && dueDate(stats, '2026-Q4')).toBeNull();
  });

  it('leaves DEFAULT_SCHEDULES as the submissions know it', () => {
    expect(DEFAULT_SCHEDULES.map((s) => s.key)).toEqual(['six_month', 'annual', 'monthly']);
    expect(DEFAULT_SCHEDULES.every((s) => !('sendHour' in s))).toBe(true);
  });
});
