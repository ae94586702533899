import { describe, expect, it } from 'vitest';
import type { PlaceData } from '../../../src/core/compare/compose-comparison.js';
import { composeOverTime, type OverTimeInput } from '../../../src/core/compare/compose-over-time.js';
import type { PublishedRate } from '../../../src/core/types.js';
import { makeReport, makeTarget } from '../../support/answer-builders.js';

function rate(percent: number, basis: PublishedRate['basis'] = 'labour_force'): PublishedRate {
  return { indicator: 'bhxh', percent, numerator: null, denominator: null, denominatorNote: null, basis };
}

const laoCai: PlaceData = {
  label: 'Tỉnh Lào Cai',
  name: 'Lào Cai',
  targets: [makeTarget({ year: 2025, percent: 30 }), makeTarget({ year: 2030, percent: 45 })],
  reports: [
    makeReport({ period: '2023-6M', asOf: '2023-06-30', rates: [rate(21.4)] }),
    makeReport({ period: '2024-6M', asOf: '2024-06-30', rates: [rate(23.9)] }),
    makeReport({ period: '2024', asOf: '2024-12-31', rates: [rate(25)] }),
  ],
};

function compose(over: Partial<OverTimeInput>): string {
  return composeOverTime({
    lang: 'vi',
    indicator: 'bhxh',
    wantsTarget: false,
    place: laoCai,
    period: { kind: 'latest' },
    against: { kind: 'previous' },
    today: '2026-11-25',
    ...over,
  });
}

describe('composeOverTime', () => {
  it('compares a period with the same period a year earlier, earlier first', () => {
    const text = compose({ period: { kind: 'code', code: '2024-6M' }, against: { kind: 'same-period-last-year' } });
    expect(text).toMatch(/^Tỷ lệ bao phủ BHXH — Tỉnh Lào Cai, so sánh theo thời gian:\n- 6 tháng đầu năm 2023 .*21,4%.*\n- 6 tháng đầu năm 2024 .*23,9%/);
    expect(text).toContain('Tăng 2,5 điểm phần trăm từ 6 tháng đầu năm 2023 (21,4%) đến 6 tháng đầu năm 2024 (23,9%).');
  });

  it('compares the latest figure with a period named after "so với"', () => {
    const text = compose({ against: { kind: 'period', period: { kind: 'code', code: '2023-6M' } } });
    expect(text).toContain('Tăng 3,6 điểm phần trăm từ 6 tháng đầu năm 2023 (21,4%) đến năm 2024 (25%).');
  });

  it('names the period it does not hold, the ones it does, and how to add one', () => {
    const text = compose({ period: { kind: 'code', code: '2023-6M' }, against: { kind: 'same-period-last-year' } });
    expect(text).toContain('- 6 tháng đầu năm 2022: chưa có số liệu.');
    expect(text).toContain('Kỳ có số liệu: 6 tháng đầu năm 2023, 6 tháng đầu năm 2024, năm 2024.');
    expect(text).toContain('quản trị viên nạp từ tệp số liệu');
    // Only that period is missing, the place has others.
    expect(text).toContain('Chưa có số liệu 6 tháng đầu năm 2022 của Lào Cai:');
    const en = compose({ lang: 'en', period: { kind: 'code', code: '2023-6M' }, against: { kind: 'same-period-last-year' } });
    expect(en).toContain('No figures for first half of 2022 held for Lào Cai:');
  });

  it('computes no change between figures on different bases', () => {
    const place: PlaceData = {
      ...laoCai,
      reports: [
        makeReport({ period: '2023', asOf: '2023-12-31', rates: [rate(18, 'employed')] }),
        makeReport({ period: '2024', asOf: '2024-12-31', rates: [rate(25)] }),
      ],
    };
    const text = compose({ place, lang: 'en' });
    expect(text).toContain('Not on the same basis (2023: a share of employed workers; 2024: a share of the working-age labour force); no change is computed.');
  });

  it('measures the change of targets by a pair on the same basis', () => {
    const place: PlaceData = {
      ...laoCai,
      targets: [
        makeTarget({ year: 2021, percent: 16, basis: 'employed', kind: 'assigned' }),
        makeTarget({ year: 2021, percent: 35 }),
        makeTarget({ year: 2025, percent: 45 }),
      ],
    };
    const text = compose({
      place,
      wantsTarget: true,
      period: { kind: 'code', code: '2025' },
      against: { kind: 'period', period: { kind: 'code', code: '2021' } },
    });
    expect(text).toContain('Tăng 10 điểm phần trăm từ 2021 (35%) đến 2025 (45%).');
  });

  it('says how many times as high a target is when it is at least twice the earlier one', () => {
    const place: PlaceData = { ...laoCai, targets: [makeTarget({ year: 2021, percent: 1 }), makeTarget({ year: 2030, percent: 5 })] };
    const text = compose({
      place,
      wantsTarget: true,
      period: { kind: 'code', code: '2030' },
      against: { kind: 'period', period: { kind: 'code', code: '2021' } },
    });
    expect(text).toContain('Tăng 4 điểm phần trăm từ 2021 (1%) đến 2030 (5%), gấp 5 lần.');
  });

  it('compares the targets of two years', () => {
    const text = compose({ wantsTarget: true, period: { kind: 'code', code: '2030' }, against: { kind: 'period', period: { kind: 'code', code: '2025' } } });
    expect(text).toMatch(/^Chỉ tiêu tỷ lệ bao phủ BHXH — Tỉnh Lào Cai, so sánh theo năm:\n- 2025: 30%.*\n- 2030: 45%/);
    expect(text).toContain('Tăng 15 điểm phần trăm từ 2025 (30%) đến 2030 (45%).');
  });

  it('shows every year asked, in order, with the change between each pair', () => {
    const place = { ...laoCai, targets: [...laoCai.targets, makeTarget({ year: 2021, percent: 20 })] };
    const text = compose({
      wantsTarget: true,
      place,
      period: { kind: 'code', code: '2021' },
      against: { kind: 'period', period: { kind: 'code', code: '2025' } },
      alsoYears: [2030],
    });
    expect(text).toMatch(/\n- 2021: 20%.*\n- 2025: 30%.*\n- 2030: 45%/);
    expect(text).toContain('Tăng 10 điểm phần trăm từ 2021 (20%) đến 2025 (30%).');
    expect(text).toContain('Tăng 15 điểm phần trăm từ 2025 (30%) đến 2030 (45%).');
  });

  it('names a further year asked that has no target', () => {
    const text = compose({
      wantsTarget: true,
      period: { kind: 'code', code: '2025' },
      against: { kind: 'period', period: { kind: 'code', code: '2030' } },
      alsoYears: [2035],
    });
    expect(text).toContain('- 2035: chưa có chỉ tiêu.');
    expect(text).toContain('Năm có chỉ tiêu: 2025, 2030.');
  });
});
