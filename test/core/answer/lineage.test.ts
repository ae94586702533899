import { describe, expect, it } from 'vitest';
import type { SuccessorData } from '../../../src/core/answer/index.js';
import { type CoverageAnswerInput, composeCoverageAnswer } from '../../../src/core/coverage/coverage-answer.js';
import { makeReport } from '../../support/answer-builders.js';

const WARDS = ['Thành Vinh', 'Trường Vinh', 'Vinh Phú', 'Vinh Lộc', 'Vinh Hưng', 'Cửa Lò'];

function ward(name: string, overrides: Partial<SuccessorData> = {}): SuccessorData {
  return { label: `Phường ${name}, Tỉnh Nghệ An`, reports: [], targets: [], part: 'full', ...overrides };
}

function vinh(successors: SuccessorData[], overrides: Partial<CoverageAnswerInput> = {}): string {
  return composeCoverageAnswer({
    lang: 'vi',
    unitLabel: 'Thành phố Vinh, Tỉnh Nghệ An (trước 1/7/2025)',
    indicator: null,
    period: { kind: 'latest' },
    reports: [],
    targets: [],
    lineage: { successors },
    today: '2025-08-01',
    ...overrides,
  });
}

const h1 = (bb: number, tn: number, ld: number) => makeReport({ period: '2025-6M', counts: { bb, tn, ld } });

describe('composeCoverageAnswer for a dissolved unit', () => {
  it('gives its own figures first, then what it was reorganised into', () => {
    const own = makeReport({ period: '2024', asOf: '2024-12-31', counts: { bb: 50000, tn: 4000, ld: 200000 } });
    const text = vinh(
      WARDS.map((w) => ward(w)),
      { reports: [own] },
    );
    const lines = text.split('\n');
    expect(lines[1]).toContain('Năm 2024 (số liệu đến 31/12/2024): 27%');
    expect(text).toContain(
      'Đã sắp xếp từ 1/7/2025 vào: Phường Thành Vinh, Phường Trường Vinh, Phường Vinh Phú, Phường Vinh Lộc, Phường Vinh Hưng, Phường Cửa Lò.',
    );
    expect(text.indexOf('27%')).toBeLessThan(text.indexOf('Đã sắp xếp'));
  });

  it('says when it has no figures of its own', () => {
    expect(vinh(WARDS.map((w) => ward(w)))).toContain('Chưa có số liệu riêng của Thành phố Vinh, Tỉnh Nghệ An (trước 1/7/2025).');
  });

  it('adds up the successors that have counts for the same period and lists those without', () => {
    const successors = [
      ward('Thành Vinh', { reports: [h1(10000, 1000, 40000)] }),
      ward('Trường Vinh', { reports: [h1(5000, 500, 30000)] }),
      ...WARDS.slice(2).map((w) => ward(w)),
    ];
    const text = vinh(successors);
    expect(text).toContain('Cộng 2/6 đơn vị mới có số liệu (6 tháng đầu năm 2025): 23,57% (16.500/70.000 lực lượng lao động trong độ tuổi)');
    expect(text).toContain('Chưa có số liệu: Phường Vinh Phú, Phường Vinh Lộc, Phường Vinh Hưng, Phường Cửa Lò.');
  });

  it('does not add a successor whose figure is for another period or has no counts', () => {
    const successors = [
      ward('Thành Vinh', { reports: [h1(10000, 1000, 40000)] }),
      ward('Trường Vinh', { reports: [makeReport({ period: '2025-Q1', asOf: '2025-03-31', counts: { bb: 1, tn: 1, ld: 10 } })] }),
      ward('Cửa Lò', {
        reports: [makeReport({ rates: [{ indicator: 'bhxh', percent: 20, numerator: null, denominator: null, denominatorNote: null, basis: null }] })],
      }),
    ];
    const text = vinh(successors);
    expect(text).toContain('Cộng 1/3 đơn vị mới có số liệu (6 tháng đầu năm 2025): 27,5% (11.000/40.000');
    expect(text).toContain('- Phường Trường Vinh: 20% (Quý 1/2025)');
    expect(text).toContain('- Phường Cửa Lò: 20% (6 tháng đầu năm 2025, chỉ có tỷ lệ, không có số người)');
  });

  it('marks a successor that took only part of the old area and warns that the total is indicative', () => {
    const successors = [ward('Thành Vinh', { reports: [h1(10000, 1000, 40000)] }), ward('Cửa Lò', { reports: [h1(3000, 300, 20000)], part: 'partial' })];
    const text = vinh(successors);
    expect(text).toContain('Phường Cửa Lò (một phần)');
    expect(text).toContain('Lưu ý: Phường Cửa Lò chỉ nhận một phần địa bàn cũ nên tổng chỉ để tham khảo.');
  });

  it('says so when no successor has figures', () => {
    expect(vinh(WARDS.map((w) => ward(w)))).toContain('Các đơn vị mới chưa có số liệu.');
  });

  it('speaks English', () => {
    const text = vinh(
      [
        ward('Thành Vinh', { reports: [h1(10000, 1000, 40000)], label: 'Thanh Vinh Ward, Nghe An Province' }),
        ward('x', { label: 'Truong Vinh Ward, Nghe An Province' }),
      ],
      { lang: 'en', unitLabel: 'Vinh City, Nghe An Province (before 1 July 2025)' },
    );
    expect(text).toContain('Reorganised on 1 July 2025 into: Thanh Vinh Ward, Truong Vinh Ward.');
    expect(text).toContain('Total of the 1/2 new units with figures (first half of 2025): 27.5% (11,000/40,000 working-age labour force)');
    expect(text).toContain('No figures yet: Truong Vinh Ward.');
  });
});
