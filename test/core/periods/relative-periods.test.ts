import { describe, expect, it } from 'vitest';
import { resolveRelativePeriods } from '../../../src/core/periods/relative-periods.js';

const TODAY = '2026-12-07';

describe('resolveRelativePeriods', () => {
  it.each([
    ['Chỉ tiêu bao phủ BHXH Gia Lai năm nay', 'Chỉ tiêu bao phủ BHXH Gia Lai năm 2026'],
    ['bhyt bac kan nam ngoai', 'bhyt bac kan năm 2025'],
    ['Tỷ lệ BHYT Hải Phòng Năm Ngoái', 'Tỷ lệ BHYT Hải Phòng năm 2025'],
    ['Bac Kan health insurance coverage so far this year', 'Bac Kan health insurance coverage year 2026'],
    ['coverage year to date in Gia Lai', 'coverage year 2026 in Gia Lai'],
    ['Hai Phong pension target last year', 'Hai Phong pension target year 2025'],
    ['chi tieu bhxh bac kan nam toi', 'chi tieu bhxh bac kan năm 2027'],
    ['kế hoạch BHTN Gia Lai cho năm sau', 'kế hoạch BHTN Gia Lai cho năm 2027'],
    ['chỉ tiêu sang năm của Bắc Kạn', 'chỉ tiêu năm 2027 của Bắc Kạn'],
    ['Bac Kan social insurance target next year', 'Bac Kan social insurance target year 2027'],
    ['the coming year target for Gia Lai', 'year 2027 target for Gia Lai'],
  ])('writes out the year in "%s"', (text, written) => {
    expect(resolveRelativePeriods(text, TODAY)).toBe(written);
  });

  it.each([
    ['Năm ngoái (2023) tỷ lệ bao phủ BHYT của Hải Phòng', 'năm 2023 tỷ lệ bao phủ BHYT của Hải Phòng'],
    ['bhyt hai phong nam ngoai 2023', 'bhyt hai phong năm 2023'],
    ['bhxh bac kan năm nay – tức năm 2021', 'bhxh bac kan năm 2021'],
    ['Hai Phong coverage last year (2023)', 'Hai Phong coverage year 2023'],
  ])('lets a year written right after a relative one win: "%s"', (text, expected) => {
    expect(resolveRelativePeriods(text, TODAY)).toBe(expected);
  });

  it('leaves a comparison with the same period of the year before to the comparison reader', () => {
    for (const text of [
      'BHYT Bắc Kạn 9 tháng 2021 so với cùng kỳ năm ngoái',
      'Hai Phong health insurance compared with last year',
      'is it higher than last year',
      'BHXH Lào Cai 2024 so với năm trước',
    ]) {
      expect(resolveRelativePeriods(text, TODAY)).toBe(text);
    }
  });

  it('lets a year written anywhere stand for "year to date", and leaves years counted from another ("5 năm sau")', () => {
    expect(resolveRelativePeriods('Bac Kan coverage, year to date 2021', TODAY)).toBe('Bac Kan coverage,   2021');
    expect(resolveRelativePeriods('Did Bac Kan hit the assigned SI coverage target in 2021? YTD figure pls', TODAY)).toBe(
      'Did Bac Kan hit the assigned SI coverage target in 2021?   figure pls',
    );
    expect(resolveRelativePeriods('bhxh 2020 và 5 năm sau', TODAY)).toBe('bhxh 2020 và 5 năm sau');
  });

  it('leaves words that only look alike ("hiện nay", "namnay")', () => {
    expect(resolveRelativePeriods('BHXH Bắc Kạn hiện nay', TODAY)).toBe('BHXH Bắc Kạn hiện nay');
    expect(resolveRelativePeriods('bhxh namnay', TODAY)).toBe('bhxh namnay');
  });
});

describe('resolveRelativePeriods: a day as of which a figure is asked', () => {
  it.each([
    ['Tỷ lệ BHXH Bắc Kạn tính đến 30/6/2021', 'Tỷ lệ BHXH Bắc Kạn tính đến 6/2021'],
    ['bhyt hải phòng đến hết ngày 31-12-2024', 'bhyt hải phòng đến hết ngày 12/2024'],
    ['How many people in Bac Kan as of 30/06/2021?', 'How many people in Bac Kan as of 6/2021?'],
  ])('writes the month of "%s"', (text, written) => {
    expect(resolveRelativePeriods(text, TODAY)).toBe(written);
  });

  it('leaves a bare date, as a submission may carry one', () => {
    expect(resolveRelativePeriods('nop 1/7/2025 bb 41200', TODAY)).toBe('nop 1/7/2025 bb 41200');
  });
});

describe('resolveRelativePeriods: years counted back', () => {
  it.each([
    ['Tỷ lệ BHYT Hải Phòng 2 năm trước', 'Tỷ lệ BHYT Hải Phòng năm 2024'],
    ['chi tieu bhtn gia lai 3 nam truoc', 'chi tieu bhtn gia lai năm 2023'],
    ['bhxh Gia Lai cách đây hai năm', 'bhxh Gia Lai năm 2024'],
    ['chi tieu bhtn gia lai nam kia', 'chi tieu bhtn gia lai năm 2024'],
    ["What was Gia Lai's target three years ago?", "What was Gia Lai's target year 2023?"],
    ['Gia Lai target the year before last', 'Gia Lai target year 2024'],
  ])('writes out "%s"', (text, written) => {
    expect(resolveRelativePeriods(text, TODAY)).toBe(written);
  });

  it('leaves "năm trước" alone and counts no further than ten years', () => {
    expect(resolveRelativePeriods('BHXH Lào Cai 2024 so với năm trước', TODAY)).toBe('BHXH Lào Cai 2024 so với năm trước');
    expect(resolveRelativePeriods('bhxh 20 năm trước', TODAY)).toBe('bhxh 20 năm trước');
  });
});

describe('resolveRelativePeriods: months and quarters', () => {
  it.each([
    ['bhxh Bắc Kạn tháng này', 'bhxh Bắc Kạn tháng 12/2026'],
    ['tiến độ bhtn tháng trước', 'tiến độ bhtn tháng 11/2026'],
    ['bhyt Hải Phòng quý này', 'bhyt Hải Phòng quý 4/2026'],
    ['bhyt Hải Phòng quý trước', 'bhyt Hải Phòng quý 3/2026'],
    ['bhxh Gia Lai tháng 6', 'bhxh Gia Lai tháng 6/2026'],
    ['bao phủ bhxh quý III', 'bao phủ bhxh quý 3/2026'],
    ['Hai Phong coverage this month', 'Hai Phong coverage 12/2026'],
    ['Hai Phong coverage last quarter', 'Hai Phong coverage Q3/2026'],
    ['bhxh tháng 6 năm nay', 'bhxh tháng 6 năm 2026'],
  ])('writes out "%s"', (text, written) => {
    expect(resolveRelativePeriods(text, TODAY)).toBe(written);
  });

  it('takes a month or quarter with no year as the latest begun, last year’s when this year’s is still ahead', () => {
    expect(resolveRelativePeriods('bhxh tháng 11', '2027-02-10')).toBe('bhxh tháng 11/2026');
    expect(resolveRelativePeriods('bhxh quý 4', '2027-02-10')).toBe('bhxh quý 4/2026');
    expect(resolveRelativePeriods('bhxh tháng trước', '2027-01-05')).toBe('bhxh tháng 12/2026');
    expect(resolveRelativePeriods('bhxh quý trước', '2027-01-05')).toBe('bhxh quý 4/2026');
  });

  it('leaves a month or quarter with its year, the abbreviations, other numbers and the comparison side', () => {
    for (const text of [
      'bhxh tháng 6/2025',
      'bhxh tháng 6 năm 2024',
      'quý 3 2024',
      'bhyt T6',
      'bhyt q3',
      'bhxh tháng 13',
      'so với tháng trước',
      '9 tháng đầu năm 2021',
    ]) {
      expect(resolveRelativePeriods(text, TODAY)).toBe(text);
    }
  });
});
