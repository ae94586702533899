import { describe, expect, it } from 'vitest';
import { buildRankingChart, type RankingChartInput } from '../../../src/core/chart/index.js';
import { report, target } from '../../support/chart-fixtures.js';

const NAMES = ['Phường Thành Vinh', 'Phường Trường Vinh', 'Phường Vinh Phú', 'Xã Nghi Lộc', 'Phường Cửa Lò'];

function input(over: Partial<RankingChartInput> = {}): RankingChartInput {
  const units = NAMES.map((label, i) => ({
    label,
    reports: [report(10 + i, '2025', '2025-12-31', 20000 + i * 3000, 1000, 100000, 10 + i)],
    targets: i === 1 ? [target(20, 2025, 30, 'plan', 'labour_force', 11)] : [],
  }));
  return {
    lang: 'vi',
    indicator: 'bhxh',
    period: { kind: 'latest' },
    wantsTarget: false,
    question: { order: 'desc', limit: null, superlative: false },
    scopeLabel: 'Tỉnh Nghệ An',
    groups: [{ structure: 'post2025', level: 'commune', units }],
    today: '2026-12-06',
    scopeTargets: { name: 'Nghệ An', targets: [target(30, 2025, 28, 'plan', 'labour_force', 99)] },
    ...over,
  };
}

describe('the ranking chart', () => {
  it('draws the units as the ranking lists them, highest first, with their targets and the scope’s', () => {
    const chart = buildRankingChart(input())!;
    expect(chart.title).toBe('Xếp hạng tỷ lệ bao phủ BHXH');
    expect(chart.subtitle[0]).toBe('Xã, phường, đặc khu hiện nay (từ 1/7/2025) của Tỉnh Nghệ An');
    expect(chart.rows.map((r) => [r.label, r.value, r.valueLabel, r.target])).toEqual([
      ['Phường Cửa Lò', 33, '33%', null],
      ['Xã Nghi Lộc', 30, '30%', null],
      ['Phường Vinh Phú', 27, '27%', null],
      ['Phường Trường Vinh', 24, '24%', 30],
      ['Phường Thành Vinh', 21, '21%', null],
    ]);
    expect(chart.reference).toEqual({ value: 28, label: 'Chỉ tiêu Nghệ An 2025: 28%' });
    expect(chart.footer.at(-1)).toBe('Số liệu đến 31/12/2025 · vẽ ngày 06/12/2026');
  });

  it('keeps the number asked for, lowest first when asked so, and says how many it shows', () => {
    const chart = buildRankingChart(input({ question: { order: 'asc', limit: 2, superlative: true } }))!;
    expect(chart.rows.map((r) => r.label)).toEqual(['Phường Thành Vinh', 'Phường Trường Vinh']);
    expect(chart.subtitle[1]).toContain('2 đơn vị thấp nhất trong 5 đơn vị có số liệu');
  });

  it('makes the bar of the unit the question named stand out', () => {
    const chart = buildRankingChart(input({ focusLabel: 'Phường Vinh Phú' }))!;
    expect(chart.rows.filter((r) => r.focus).map((r) => r.label)).toEqual(['Phường Vinh Phú']);
  });

  it('has nothing to draw when no unit has a value', () => {
    const empty = input({ groups: [{ structure: 'post2025', level: 'commune', units: [{ label: 'Xã A', reports: [], targets: [] }] }] });
    expect(buildRankingChart(empty)).toBeNull();
  });

  it('speaks English when the reply is in English', () => {
    const chart = buildRankingChart(input({ lang: 'en', scopeLabel: 'Nghe An province', scopeTargets: { name: 'Nghe An', targets: [] } }))!;
    expect(chart.title).toBe('Ranking: social insurance coverage');
    expect(chart.legend.map((l) => l.label)).toEqual(['Actual', "Each unit's target"]);
    expect(chart.reference).toBeNull();
  });
});
