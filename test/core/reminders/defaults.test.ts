import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, dueDate, formatDueRule } from '../../../src/core/calendar/index.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../../../src/core/reminders/index.js';

describe('DEFAULT_REPORTING_SCHEDULES', () => {
  it('holds the three schedules of the documents and the quarterly statistics, once each', () => {
    expect(DEFAULT_REPORTING_SCHEDULES.map((s) => s.key)).toEqual(['six_month', 'annual', 'monthly', 'quarterly_stats']);
  });

  it('keeps the rules of DEFAULT_SCHEDULES and reminds the communes at 08:00 Vietnam time', () => {
    for (const [i, base] of DEFAULT_SCHEDULES.entries()) {
      expect(DEFAULT_REPORTING_SCHEDULES[i]).toEqual({
        ...base, sendHour: 8, timezone: 'Asia/Ho_Chi_Minh', audienceLevel: 'commune', provinceId: null, escalateTo: 'official',
        reporterRole: 'focal_point', active: true,
      });
    }
    expect(DEFAULT_REPORTING_SCHEDULES.map((s) => [s.key, formatDueRule(s.due), s.offsetsDays])).toEqual([
      ['six_month', 'fixed:07-05', [7, 3, 1, 0]],
      ['annual', 'fixed:12-20', [7, 3, 1, 0]],
      ['monthly', 'in-last-month:20', [3, 1, 0]],
      ['quarterly_stats', 'in-next-month:15', [7, 3, 1, 0]],
    ]);
  });

  it('has the statistics office report by quarter at province level, due on the 15th after the quarter', () => {
    const stats = DEFAULT_REPORTING_SCHEDULES[3];
    expect(stats).toMatchObject({
      nameVi: 'Số liệu dân số, lao động quý', nameEn: 'Quarterly population and labour statistics',
      periodKind: 'quarter', audienceLevel: 'province', escalateTo: 'official', reporterRole: 'statistics', active: true, sendHour: 8,
    });
    expect(stats && dueDate(stats, '2026-Q4')).toBe('2027-01-15');
  });

  it('leaves DEFAULT_SCHEDULES as the submissions know it', () => {
    expect(DEFAULT_SCHEDULES.map((s) => s.key)).toEqual(['six_month', 'annual', 'monthly']);
    expect(DEFAULT_SCHEDULES.every((s) => !('sendHour' in s))).toBe(true);
  });
});
