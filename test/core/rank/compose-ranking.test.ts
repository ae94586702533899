import { describe, expect, it } from 'vitest';
import { composeRanking, type RankGroup, type RankingInput, type RankUnit } from '../../../src/core/rank/compose-ranking.js';
import type { Basis, PublishedRate } from '../../../src/core/types.js';
import { makeReport, makeTarget } from '../../support/answer-builders.js';

function unit(label: string, percent: number | null, period = '2024', basis: Basis = 'population'): RankUnit {
  const rates: PublishedRate[] = percent === null ? [] : [{ indicator: 'bhyt', percent, numerator: null, denominator: null, denominatorNote: null, basis }];
  return { label, reports: percent === null ? [] : [makeReport({ period, asOf: `${period.slice(0, 4)}-12-31`, rates })], targets: [] };
}

function group(units: readonly RankUnit[], structure: RankGroup['structure'] = 'pre2025'): RankGroup {
  return { structure, level: 'province', units };
}

function compose(groups: readonly RankGroup[], over: Partial<RankingInput> = {}): string {
  return composeRanking({
    lang: 'vi',
    indicator: 'bhyt',
    period: { kind: 'latest' },
    wantsTarget: false,
    question: { order: 'desc', limit: null, superlative: true },
    scopeLabel: null,
    groups,
    today: '2026-11-25',
    ...over,
  });
}

const provinces = group([unit('Tỉnh A', 91.2), unit('Tỉnh B', 95.4), unit('Tỉnh C', null), unit('Tỉnh D', 93)]);

describe('composeRanking', () => {
  it('ranks the units with figures, highest first, and counts those of the level that have one', () => {
    const text = compose([provinces, group([unit('Tỉnh E', null)], 'post2025')]);
    expect(text).toMatch(
      /^Xếp hạng tỷ lệ bao phủ bảo hiểm y tế — 3\/4 tỉnh, thành phố cũ \(trước 1\/7\/2025\) có số liệu:\nCao nhất: Tỉnh B \(95,4%\)\.\nTính trên dân số, từ cao đến thấp:\n1\. Tỉnh B: 95,4% — Năm 2024/,
    );
    expect(text).toMatch(/^2\. Tỉnh D: 93%/m);
    expect(text).toMatch(/^3\. Tỉnh A: 91,2%/m);
    expect(text).toContain('0/1 tỉnh, thành phố hiện nay (từ 1/7/2025) có số liệu.');
  });

  it('ranks lowest first when asked, and lists only the top N', () => {
    const text = compose([provinces], { question: { order: 'asc', limit: 2, superlative: true }, lang: 'en' });
    expect(text).toContain('Lowest: Tỉnh A (91.2%).');
    expect(text).toMatch(/^1\. Tỉnh A.*\n2\. Tỉnh D.*\n… and 1 more$/m);
  });

  it('ranks each basis apart and says so', () => {
    const mixed = group([unit('Tỉnh A', 20, '2024', 'employed'), unit('Tỉnh B', 30, '2024', 'labour_force'), unit('Tỉnh C', 25, '2024', 'labour_force')]);
    const text = compose([mixed], { indicator: 'bhyt' });
    expect(text).toContain('Các giá trị không cùng cơ sở tính nên không xếp chung; xếp riêng từng nhóm:');
    expect(text).toContain('Cao nhất (tính trên lực lượng lao động trong độ tuổi): Tỉnh B (30%).');
    expect(text).toMatch(/Tính trên số lao động có việc làm:\n1\. Tỉnh A: 20%/);
  });

  it('flags figures of different periods on one basis', () => {
    const text = compose([group([unit('Tỉnh A', 90, '2023'), unit('Tỉnh B', 92, '2024')])]);
    expect(text).toContain('Lưu ý: khác kỳ (Năm 2024; Năm 2023), chỉ để tham khảo.');
  });

  it('says where the unit asked about stands', () => {
    expect(compose([provinces], { focusLabel: 'Tỉnh D' })).toContain('→ Tỉnh D đứng thứ 2/3 (tính trên dân số).');
  });

  it('gives units with equal values the same place', () => {
    const text = compose([group([unit('Tỉnh A', 90), unit('Tỉnh B', 90), unit('Tỉnh C', 80)])]);
    expect(text).toMatch(/^1\. Tỉnh A.*\n1\. Tỉnh B.*\n3\. Tỉnh C/m);
  });

  it('ranks targets of the year most units have, naming the other years', () => {
    const withTargets = group([
      { label: 'Tỉnh A', reports: [], targets: [makeTarget({ year: 2025, percent: 40 }), makeTarget({ year: 2030, percent: 50 })] },
      { label: 'Tỉnh B', reports: [], targets: [makeTarget({ year: 2025, percent: 45 })] },
    ]);
    const text = compose([withTargets], { indicator: 'bhxh', wantsTarget: true });
    expect(text).toMatch(/^Xếp hạng chỉ tiêu tỷ lệ bao phủ BHXH năm 2025 — 2\/2 tỉnh, thành phố cũ \(trước 1\/7\/2025\) có chỉ tiêu:/);
    expect(text).toContain('năm khác (số đơn vị): 2030 (1)');
    expect(text).toMatch(/^1\. Tỉnh B: 45% \(kế hoạch; 311\/KH-UBND/m);
  });

  it('says what is missing and how to add it when no unit has a figure', () => {
    const text = compose([group([unit('Tỉnh A', null)])], { scopeLabel: 'Tỉnh X' });
    expect(text).toContain('0/1 tỉnh, thành phố cũ (trước 1/7/2025) của Tỉnh X có số liệu.');
    expect(text).toContain('quản trị viên nạp từ tệp số liệu');
  });
});
