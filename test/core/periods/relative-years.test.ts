import { describe, expect, it } from 'vitest';
import { resolveRelativeYears } from '../../../src/core/periods/relative-years.js';

const TODAY = '2026-12-07';

describe('resolveRelativeYears', () => {
  it.each([
    ['Chỉ tiêu bao phủ BHXH Gia Lai năm nay', 'Chỉ tiêu bao phủ BHXH Gia Lai năm 2026'],
    ['bhyt bac kan nam ngoai', 'bhyt bac kan năm 2025'],
    ['Tỷ lệ BHYT Hải Phòng Năm Ngoái', 'Tỷ lệ BHYT Hải Phòng năm 2025'],
    ['Bac Kan health insurance coverage so far this year', 'Bac Kan health insurance coverage year 2026'],
    ['coverage year to date in Gia Lai', 'coverage year 2026 in Gia Lai'],
    ['Hai Phong pension target last year', 'Hai Phong pension target year 2025'],
  ])('writes out the year in "%s"', (text, written) => {
    expect(resolveRelativeYears(text, TODAY)).toBe(written);
  });

  it('leaves a comparison with the same period of the year before to the comparison reader', () => {
    for (const text of [
      'BHYT Bắc Kạn 9 tháng 2021 so với cùng kỳ năm ngoái',
      'Hai Phong health insurance compared with last year',
      'is it higher than last year',
      'BHXH Lào Cai 2024 so với năm trước',
    ]) {
      expect(resolveRelativeYears(text, TODAY)).toBe(text);
    }
  });

  it('leaves words that only look alike ("hiện nay", "namnay")', () => {
    expect(resolveRelativeYears('BHXH Bắc Kạn hiện nay', TODAY)).toBe('BHXH Bắc Kạn hiện nay');
    expect(resolveRelativeYears('bhxh namnay', TODAY)).toBe('bhxh namnay');
  });
});
