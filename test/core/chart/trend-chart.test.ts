import { describe, expect, it } from 'vitest';
import { buildTrendChart } from '../../../src/core/chart/index.js';
import { COLOURS } from '../../../src/core/chart/spec.js';
import { REPORTS, report, TARGETS, target } from '../../support/chart-fixtures.js';

const base = { lang: 'vi' as const, unitLabel: 'Tỉnh Bắc Kạn', indicator: 'bhxh' as const, today: '2026-12-06' };

describe('the trend chart of one unit', () => {
  it('draws every figure in time order, with its value, and the targets of each kind as steps over their years', () => {
    const chart = buildTrendChart({ ...base, reports: REPORTS, targets: TARGETS });
    expect(chart).not.toBeNull();
    const spec = chart!.spec;
    expect(spec.title).toBe('Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn');
    expect(spec.subtitle[0]).toBe('Tính trên lực lượng lao động trong độ tuổi');
    expect(spec.points.map((p) => [p.at, p.value, p.label])).toEqual([
      ['2021-09-30', 15.54, '15,54%'],
      ['2022-12-31', 16.75, '16,75%'],
      ['2023-06-30', 18.63, '18,63%'],
      ['2024-12-31', 20.49, '20,49%'],
    ]);
    expect(spec.years).toEqual([2021, 2030]);
    expect(spec.targets.map((s) => [s.kind, s.colour, s.steps.map((x) => [x.year, x.value])])).toEqual([
      [
        'plan',
        COLOURS.target.plan,
        [
          [2021, 20],
          [2025, 25],
          [2030, 35],
        ],
      ],
      ['assigned', COLOURS.target.assigned, [[2023, 18]]],
    ]);
    expect(spec.legend.map((l) => l.label)).toEqual(['Thực hiện', 'Kế hoạch', 'Chỉ tiêu giao']);
    expect(spec.footer).toEqual([
      'Nguồn: Báo cáo 156/BC-BHXH của BHXH tỉnh Bắc Kạn',
      'Nguồn chỉ tiêu: Kế hoạch 1736/QĐ-UBND của UBND tỉnh Bắc Kạn',
      'Số liệu đến 31/12/2024 · vẽ ngày 06/12/2026',
    ]);
    expect(chart!.figures).toBe(4);
    expect(chart!.targets).toBe(4);
  });

  it('speaks English when the reply is in English', () => {
    const spec = buildTrendChart({ ...base, lang: 'en', unitLabel: 'Bac Kan province', reports: REPORTS, targets: TARGETS })!.spec;
    expect(spec.title).toBe('Social insurance coverage — Bac Kan province');
    expect(spec.points[0]?.label).toBe('15.54%');
    expect(spec.legend.map((l) => l.label)).toEqual(['Actual', 'Plan', 'Assigned target']);
    expect(spec.footer.at(-1)).toBe('Figures as of 31 Dec 2024 · drawn 6 Dec 2026');
  });

  it('leaves out a target on another basis and says so in the footer', () => {
    const targets = [...TARGETS, target(9, 2025, 16, 'assigned', 'employed')];
    const spec = buildTrendChart({ ...base, reports: REPORTS, targets })!.spec;
    expect(spec.targets.flatMap((s) => s.steps.map((x) => x.value))).not.toContain(16);
    expect(spec.footer).toContain('Không vẽ chỉ tiêu tính trên cơ sở khác: 2025 (tính trên số lao động có việc làm).');
  });

  it('draws the targets alone when no figure is held, and says there is none', () => {
    const spec = buildTrendChart({ ...base, reports: [], targets: TARGETS })!.spec;
    expect(spec.points).toEqual([]);
    expect(spec.subtitle).toContain('Chưa có số liệu thực hiện; biểu đồ chỉ có chỉ tiêu.');
    expect(spec.legend.map((l) => l.label)).toEqual(['Kế hoạch', 'Chỉ tiêu giao']);
  });

  it('gives nothing to draw for a unit with neither figures nor targets of the indicator', () => {
    expect(buildTrendChart({ ...base, reports: [], targets: [] })).toBeNull();
    expect(buildTrendChart({ ...base, indicator: 'bhyt', reports: REPORTS, targets: TARGETS })).toBeNull();
  });

  it('keeps the latest fifteen years on the axis', () => {
    const old = [report(7, '1990', '1990-12-31', 1000, 100, 200000), ...REPORTS];
    const spec = buildTrendChart({ ...base, reports: old, targets: TARGETS })!.spec;
    expect(spec.years).toEqual([2016, 2030]);
    expect(spec.points).toHaveLength(4);
  });
});
