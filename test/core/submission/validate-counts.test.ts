import { describe, expect, it } from 'vitest';
import { validateCounts } from '../../../src/core/submission/index.js';

describe('validateCounts', () => {
  it('accepts sound counts', () => {
    expect(validateCounts({ bb: 41200, tn: 3150, ld: 180000, bhyt: 520000, ds: 560000, huu: 90, sth: 100, bhtn: 35000 }, null)).toEqual({
      problems: [],
      outliers: [],
    });
  });

  it('rejects negative, fractional, non-finite and too large counts', () => {
    expect(validateCounts({ bb: -1, tn: 1.5, ld: Number.NaN, ds: 200_000_001 }, null).problems).toEqual([
      { code: 'bad_number', key: 'ld', value: 'NaN' },
      { code: 'too_large', key: 'ds', value: '200000001' },
      { code: 'negative', key: 'bb', value: '-1' },
      { code: 'decimal_count', key: 'tn', value: '1.5' },
    ]);
  });

  it('reports a set without any count', () => {
    expect(validateCounts({}, null).problems).toEqual([{ code: 'no_counts' }]);
  });

  it('checks bb + tn against ld, and each of bhtn, bhyt, huu against its denominator', () => {
    expect(validateCounts({ bb: 41200, tn: 3150, ld: 40000 }, null).problems).toEqual([
      { code: 'numerator_exceeds_denominator', key: 'bb + tn', value: '44350', other: 'ld', otherValue: '40000' },
    ]);
    expect(validateCounts({ tn: 41, ld: 40 }, null).problems).toEqual([
      { code: 'numerator_exceeds_denominator', key: 'tn', value: '41', other: 'ld', otherValue: '40' },
    ]);
    expect(validateCounts({ huu: 11, sth: 10 }, null).problems).toEqual([
      { code: 'numerator_exceeds_denominator', key: 'huu', value: '11', other: 'sth', otherValue: '10' },
    ]);
  });

  it('does not compare a sum when one of its parts is itself wrong', () => {
    expect(validateCounts({ bb: -5, tn: 50, ld: 40 }, null).problems).toEqual([{ code: 'negative', key: 'bb', value: '-5' }]);
  });

  describe('outliers against the previous figures', () => {
    it('flags a change of more than 30 % either way', () => {
      const { outliers } = validateCounts({ bb: 41200, tn: 2000, ld: 180000 }, { bb: 30000, tn: 3150, ld: 175000 });
      expect(outliers).toHaveLength(2);
      expect(outliers[0]).toMatchObject({ key: 'bb', previous: 30000, current: 41200 });
      expect(outliers[0]?.changePercent).toBeCloseTo(37.333, 2);
      expect(outliers[1]).toMatchObject({ key: 'tn', previous: 3150, current: 2000 });
      expect(outliers[1]?.changePercent).toBeCloseTo(-36.508, 2);
    });

    it('does not flag exactly 30 %', () => {
      expect(validateCounts({ bb: 130, tn: 70 }, { bb: 100, tn: 100 }).outliers).toEqual([]);
    });

    it('compares only keys present in both, and never against zero', () => {
      expect(validateCounts({ bb: 100, tn: 50 }, { ld: 1, tn: 0 }).outliers).toEqual([]);
    });

    it('does not compare a count that has a problem', () => {
      expect(validateCounts({ bb: -100 }, { bb: 100 }).outliers).toEqual([]);
    });
  });
});
