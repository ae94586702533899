import { describe, expect, it } from 'vitest';
import { allIndicators, computeIndicator, indicatorDef } from '../../../src/core/indicators/index.js';
import { makeReport } from '../../support/answer-builders.js';

describe('indicator catalogue', () => {
  it('defines every indicator with its counts per DESIGN 2.2', () => {
    expect(allIndicators().map((d) => d.code)).toEqual(['bhxh', 'bhxh_bb', 'bhxh_tn', 'bhtn', 'bhyt', 'huu', 'hai_long', 'gd_dien_tu']);
    expect(indicatorDef('bhxh')).toMatchObject({ numerator: ['bb', 'tn'], denominator: 'ld' });
    expect(indicatorDef('bhxh_bb')).toMatchObject({ numerator: ['bb'], denominator: 'ld' });
    expect(indicatorDef('bhxh_tn')).toMatchObject({ numerator: ['tn'], denominator: 'ld' });
    expect(indicatorDef('bhtn')).toMatchObject({ numerator: ['bhtn'], denominator: 'ld' });
    expect(indicatorDef('bhyt')).toMatchObject({ numerator: ['bhyt'], denominator: 'ds' });
    expect(indicatorDef('huu')).toMatchObject({ numerator: ['huu'], denominator: 'sth' });
    expect(indicatorDef('hai_long')).toMatchObject({ numerator: [], denominator: null });
  });

  it('names electronic transactions in both languages; no count carries them, so the rate only comes published', () => {
    expect(indicatorDef('gd_dien_tu')).toMatchObject({
      nameVi: 'tỷ lệ giao dịch điện tử',
      nameEn: 'electronic transactions',
      shortVi: 'Giao dịch điện tử',
      shortEn: 'Electronic transactions',
      numerator: [],
      denominator: null,
      basis: 'transactions',
    });
  });

  it('gives the basis of a rate computed from counts: labour force, population, people past retirement age', () => {
    expect(['bhxh', 'bhxh_bb', 'bhxh_tn', 'bhtn', 'bhyt', 'huu', 'hai_long'].map((c) => indicatorDef(c as 'bhxh').basis)).toEqual([
      'labour_force',
      'labour_force',
      'labour_force',
      'labour_force',
      'population',
      'past_retirement_age',
      'none',
    ]);
  });
});

describe('computeIndicator', () => {
  it('computes BHXH from compulsory plus voluntary participants over the labour force', () => {
    const value = computeIndicator(makeReport({ counts: { bb: 41200, tn: 3150, ld: 180000 } }), 'bhxh');
    expect(value).toEqual({ percent: 24.64, numerator: 44350, denominator: 180000, fromCounts: true, denominatorNote: null, basis: 'labour_force' });
  });

  it('computes from counts even when a published rate disagrees', () => {
    const report = makeReport({
      counts: { bhyt: 520000, ds: 560000 },
      rates: [{ indicator: 'bhyt', percent: 90, numerator: null, denominator: null, denominatorNote: 'population', basis: null }],
    });
    expect(computeIndicator(report, 'bhyt')).toMatchObject({ percent: 92.86, fromCounts: true, denominatorNote: 'population', basis: 'population' });
  });

  it('uses a published numerator and denominator when there are no counts (31455/202418 → 15.54)', () => {
    const report = makeReport({
      rates: [{ indicator: 'bhxh', percent: 15.5, numerator: 31455, denominator: 202418, denominatorNote: 'employed workers', basis: 'employed' }],
    });
    expect(computeIndicator(report, 'bhxh')).toEqual({
      percent: 15.54,
      numerator: 31455,
      denominator: 202418,
      fromCounts: false,
      denominatorNote: 'employed workers',
      basis: 'employed',
    });
  });

  it('keeps a published rate with no counts as stored', () => {
    const report = makeReport({ rates: [{ indicator: 'bhxh_bb', percent: 46.0, numerator: null, denominator: null, denominatorNote: null, basis: null }] });
    expect(computeIndicator(report, 'bhxh_bb')).toEqual({
      percent: 46,
      numerator: null,
      denominator: null,
      fromCounts: false,
      denominatorNote: null,
      basis: null,
    });
  });

  it('adds published compulsory and voluntary rates into BHXH when nothing else is known, and says so', () => {
    const report = makeReport({
      rates: [
        { indicator: 'bhxh_bb', percent: 46.0, numerator: null, denominator: null, denominatorNote: 'working-age labour force', basis: 'labour_force' },
        { indicator: 'bhxh_tn', percent: 2.52, numerator: null, denominator: null, denominatorNote: 'working-age labour force', basis: 'labour_force' },
      ],
    });
    expect(computeIndicator(report, 'bhxh')).toMatchObject({
      percent: 48.52,
      fromCounts: false,
      basis: 'labour_force',
      derivedFrom: ['bhxh_bb', 'bhxh_tn'],
    });
  });

  it('does not add compulsory and voluntary rates on different bases', () => {
    const rate = { percent: 10, numerator: null, denominator: null, denominatorNote: null };
    const report = makeReport({
      rates: [
        { ...rate, indicator: 'bhxh_bb', basis: 'labour_force' },
        { ...rate, indicator: 'bhxh_tn', basis: 'employed' },
      ],
    });
    expect(computeIndicator(report, 'bhxh')).toBeNull();
  });

  it('never takes a plan fulfilment for a coverage rate', () => {
    const report = makeReport({ fulfilment: [{ indicator: 'bhxh_bb', percent: 95.6, note: null }] });
    expect(computeIndicator(report, 'bhxh_bb')).toBeNull();
  });

  it('answers null when a needed count is missing and no rate is published', () => {
    expect(computeIndicator(makeReport({ counts: { bb: 100, ld: 1000 } }), 'bhxh')).toBeNull();
    expect(computeIndicator(makeReport({ counts: { bb: 100, tn: 5 } }), 'bhxh')).toBeNull();
    expect(computeIndicator(makeReport({ counts: { bb: 100, tn: 5, ld: 0 } }), 'bhxh')).toBeNull();
  });

  it('computes the single-count indicators from their own counts', () => {
    const report = makeReport({ counts: { bb: 900, tn: 100, bhtn: 800, ld: 10000, huu: 30, sth: 40 } });
    expect(computeIndicator(report, 'bhxh_bb')?.percent).toBe(9);
    expect(computeIndicator(report, 'bhxh_tn')?.percent).toBe(1);
    expect(computeIndicator(report, 'bhtn')?.percent).toBe(8);
    expect(computeIndicator(report, 'huu')?.percent).toBe(75);
    expect(computeIndicator(report, 'hai_long')).toBeNull();
  });
});
