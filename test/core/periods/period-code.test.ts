import { describe, expect, it } from 'vitest';
import { comparePeriods, periodEnd, periodStart, periodYear, previousComparable } from '../../../src/core/periods/index.js';

describe('period codes', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025-6M', '2025-01-01', '2025-06-30'],
    ['2021-9M', '2021-01-01', '2021-09-30'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-06', '2025-06-01', '2025-06-30'],
  ])('%s runs from %s to %s', (code, start, end) => {
    expect(periodStart(code)).toBe(start);
    expect(periodEnd(code)).toBe(end);
  });

  it('gives the calendar year', () => {
    expect(periodYear('2021-9M')).toBe(2021);
    expect(periodYear('2024-Q3')).toBe(2024);
  });

  it('answers null for codes that are not canonical', () => {
    for (const bad of ['', '2025-13', '2025-Q5', '25', '2025-7M', 'latest']) {
      expect(periodStart(bad)).toBeNull();
      expect(periodEnd(bad)).toBeNull();
      expect(periodYear(bad)).toBeNull();
      expect(previousComparable(bad)).toBeNull();
    }
  });

  it('orders periods by their last day, the longer period first on a tie', () => {
    const sorted = ['2025-09', '2024', '2025-9M', '2025-Q3', '2025-6M'].sort(comparePeriods);
    expect(sorted).toEqual(['2024', '2025-6M', '2025-9M', '2025-Q3', '2025-09']);
  });

  it('compares a year, a half and nine months with the same part of the year before', () => {
    expect(previousComparable('2025')).toBe('2024');
    expect(previousComparable('2025-6M')).toBe('2024-6M');
    expect(previousComparable('2021-9M')).toBe('2020-9M');
  });

  it('compares a quarter or a month with the one before, across the new year', () => {
    expect(previousComparable('2024-Q3')).toBe('2024-Q2');
    expect(previousComparable('2024-Q1')).toBe('2023-Q4');
    expect(previousComparable('2025-06')).toBe('2025-05');
    expect(previousComparable('2025-01')).toBe('2024-12');
  });
});
