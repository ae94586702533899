import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/core/periods/index.js';

const code = (c: string) => ({ kind: 'code', code: c });

describe('parsePeriod', () => {
  it.each([
    ['2024', '2024'],
    ['năm 2024', '2024'],
    ['6 tháng 2025', '2025-6M'],
    ['6 tháng đầu năm 2025', '2025-6M'],
    ['6T/2025', '2025-6M'],
    ['sáu tháng đầu năm 2025', '2025-6M'],
    ['9T/2021', '2021-9M'],
    ['9 tháng 2021', '2021-9M'],
    ['9 tháng năm 2021', '2021-9M'],
    ['Q3/2024', '2024-Q3'],
    ['quý 3/2024', '2024-Q3'],
    ['quý III 2024', '2024-Q3'],
    ['quý IV năm 2024', '2024-Q4'],
    ['T6/2025', '2025-06'],
    ['tháng 6/2025', '2025-06'],
    ['tháng 11 năm 2023', '2023-11'],
    ['06/2025', '2025-06'],
    ['H1 2025', '2025-6M'],
    ['first half 2025', '2025-6M'],
    ['first half of 2025', '2025-6M'],
    ['nine months 2021', '2021-9M'],
    ['first nine months of 2021', '2021-9M'],
    ['June 2025', '2025-06'],
    ['Q3 2024', '2024-Q3'],
    ['third quarter of 2024', '2024-Q3'],
    ['2025-6M', '2025-6M'],
    ['2024-Q3', '2024-Q3'],
    ['2025-06', '2025-06'],
    ['6 thang dau nam 2025', '2025-6M'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(parsePeriod(text)).toEqual(code(expected));
  });

  it.each(['latest', 'mới nhất', 'hiện nay', 'moi nhat', 'most recent'])('reads "%s" as the latest figure', (text) => {
    expect(parsePeriod(text)).toEqual({ kind: 'latest' });
  });

  it('prefers an explicit period to "latest"', () => {
    expect(parsePeriod('mới nhất 2024')).toEqual(code('2024'));
  });

  it('finds the period inside a question', () => {
    expect(parsePeriod('tỷ lệ bao phủ BHXH Gia Lai 6 tháng đầu năm 2025')).toEqual(code('2025-6M'));
  });

  it('does not guess at a full date or an invalid month', () => {
    expect(parsePeriod('22/11/2021')).toBeNull();
    expect(parsePeriod('tháng 13/2025')).toBeNull();
  });

  it('answers null when there is no period', () => {
    expect(parsePeriod('coverage for Vinh city')).toBeNull();
    expect(parsePeriod('Quận 3')).toBeNull();
    expect(parsePeriod('')).toBeNull();
  });
});
