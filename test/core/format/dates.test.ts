import { describe, expect, it } from 'vitest';
import { formatDate, formatDayShort } from '../../../src/core/format/index.js';

describe('formatDate', () => {
  it('writes day/month/year in Vietnamese and "22 Nov 2021" in English', () => {
    expect(formatDate('2021-11-22', 'vi')).toBe('22/11/2021');
    expect(formatDate('2021-11-22', 'en')).toBe('22 Nov 2021');
    expect(formatDate('2021-09-05', 'en')).toBe('5 Sep 2021');
  });

  it('accepts a timestamp and uses its date part', () => {
    expect(formatDate('2025-07-03T08:15:00Z', 'vi')).toBe('03/07/2025');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDate('2025-13-01', 'en')).toBe('2025-13-01');
  });
});

describe('formatDayShort', () => {
  it('drops leading zeros as officials write it in running text', () => {
    expect(formatDayShort('2025-07-01', 'vi')).toBe('1/7/2025');
    expect(formatDayShort('2025-07-01', 'en')).toBe('1 July 2025');
  });
});
