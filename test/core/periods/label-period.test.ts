import { describe, expect, it } from 'vitest';
import { labelPeriod } from '../../../src/core/periods/index.js';

describe('labelPeriod', () => {
  it.each([
    ['2021-9M', '9 tháng đầu năm 2021', 'first nine months of 2021'],
    ['2025-6M', '6 tháng đầu năm 2025', 'first half of 2025'],
    ['2024-Q3', 'Quý 3/2024', 'Q3 2024'],
    ['2025-06', 'Tháng 6/2025', 'June 2025'],
    ['2024', 'Năm 2024', '2024'],
  ])('labels %s as "%s" and "%s"', (code, vi, en) => {
    expect(labelPeriod(code, 'vi')).toBe(vi);
    expect(labelPeriod(code, 'en')).toBe(en);
  });

  it('returns a code that is not canonical unchanged', () => {
    expect(labelPeriod('2025-13', 'vi')).toBe('2025-13');
  });
});
