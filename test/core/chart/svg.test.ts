import { describe, expect, it } from 'vitest';
import { buildTrendChart, chartSvg } from '../../../src/core/chart/index.js';
import { niceAxis, wrapText } from '../../../src/core/chart/svg-kit.js';
import { REPORTS, TARGETS } from '../../support/chart-fixtures.js';

describe('the SVG of a chart', () => {
  it('is the same for the same spec, names the font and escapes what the data says', () => {
    const spec = buildTrendChart({ lang: 'vi', unitLabel: 'Xã <A> & "B"', indicator: 'bhxh', reports: REPORTS, targets: TARGETS, today: '2026-12-06' })!.spec;
    const a = chartSvg(spec);
    expect(chartSvg(spec)).toEqual(a);
    expect(a.svg).toContain('font-family="Be Vietnam Pro"');
    expect(a.svg).toContain('Xã &#60;A&#62; &#38; &#34;B&#34;');
    expect(a.svg).not.toContain('<A>');
  });

  it('wraps long titles and cuts what still does not fit', () => {
    const lines = wrapText('Tỷ lệ bao phủ bảo hiểm xã hội — Phường Thành Vinh, Tỉnh Nghệ An (từ 1/7/2025)', 500, 40, 2, true);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('puts round ticks around the values', () => {
    expect(niceAxis(0, 37, 5)).toEqual({ min: 0, max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceAxis(88, 97.5, 5).ticks).toEqual([88, 90, 92, 94, 96, 98]);
  });
});
