import { describe, expect, it } from 'vitest';
import { figuresOf, selectFigure } from '../../../src/core/answer/figures.js';
import type { IndicatorCode, PublishedRate } from '../../../src/core/types.js';
import { makeReport } from '../../support/answer-builders.js';

const rate = (indicator: IndicatorCode, percent: number): PublishedRate => ({
  indicator,
  percent,
  numerator: null,
  denominator: null,
  denominatorNote: null,
  basis: null,
});

/** One report for nine months of 2021, to 30 Sep, with a level (BHTN) and a measure over the period (e-transactions). */
const nineMonths = makeReport({ period: '2021-9M', asOf: '2021-09-30', rates: [rate('bhtn', 8.03), rate('gd_dien_tu', 97)] });
const ask = (code: string) => ({ kind: 'code', code }) as const;

describe('selectFigure', () => {
  it('takes a level to 30 Sep as the figure of September and of the third quarter', () => {
    const figures = figuresOf([nineMonths], 'bhtn');
    for (const code of ['2021-09', '2021-Q3', '2021-9M', '2021']) {
      const selection = selectFigure(figures, ask(code));
      expect(selection.substituted, code).toBe(false);
      expect(selection.figure?.value.percent).toBe(8.03);
    }
  });

  it('does not take a measure over nine months for one month or one quarter', () => {
    const figures = figuresOf([nineMonths], 'gd_dien_tu');
    expect(selectFigure(figures, ask('2021-Q3')).substituted).toBe(true);
    expect(selectFigure(figures, ask('2021-09')).substituted).toBe(true);
    expect(selectFigure(figures, ask('2021')).substituted).toBe(false);
  });

  it('still says a period whose days the figure does not reach has none', () => {
    const figures = figuresOf([nineMonths], 'bhtn');
    expect(selectFigure(figures, ask('2021-Q4')).substituted).toBe(true);
    expect(selectFigure(figures, ask('2021-08')).substituted).toBe(true);
  });
});
