import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatPercent, formatPoints, formatPointsChange } from '../../../src/core/format/index.js';

describe('formatPercent', () => {
  it('uses a decimal comma in Vietnamese and a point in English', () => {
    expect(formatPercent(15.54, 'vi')).toBe('15,54%');
    expect(formatPercent(15.54, 'en')).toBe('15.54%');
  });

  it('rounds to two decimals and trims trailing zeros', () => {
    expect(formatPercent(45, 'vi')).toBe('45%');
    expect(formatPercent(2.5, 'vi')).toBe('2,5%');
    expect(formatPercent(46.0, 'en')).toBe('46%');
    expect(formatPercent(15.5396, 'vi')).toBe('15,54%');
    expect(formatPercent(99.999, 'en')).toBe('100%');
  });
});

describe('formatCount', () => {
  it('groups thousands with a point in Vietnamese and a comma in English', () => {
    expect(formatCount(31455, 'vi')).toBe('31.455');
    expect(formatCount(202418, 'vi')).toBe('202.418');
    expect(formatCount(31455, 'en')).toBe('31,455');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(999, 'vi')).toBe('999');
  });
});

describe('formatDecimal', () => {
  it('keeps the sign of negative numbers and never prints "-0"', () => {
    expect(formatDecimal(-1234.5, 'vi')).toBe('-1.234,5');
    expect(formatDecimal(-0.001, 'en')).toBe('0');
  });

  it('prints a dash for a value that is not a number', () => {
    expect(formatDecimal(Number.NaN, 'vi')).toBe('–');
  });
});

describe('percentage points', () => {
  it('says "điểm phần trăm" in Vietnamese and "percentage points" in English', () => {
    expect(formatPoints(0.46, 'vi')).toBe('0,46 điểm phần trăm');
    expect(formatPoints(-19.46, 'en')).toBe('19.46 percentage points');
  });

  it('signs a change', () => {
    expect(formatPointsChange(1.2, 'vi')).toBe('+1,2 điểm phần trăm');
    expect(formatPointsChange(1.2, 'en')).toBe('+1.2 percentage points');
    expect(formatPointsChange(-0.5, 'vi')).toBe('-0,5 điểm phần trăm');
    expect(formatPointsChange(0, 'en')).toBe('±0 percentage points');
  });
});
