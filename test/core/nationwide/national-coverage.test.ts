import { describe, expect, it } from 'vitest';
import { composeNationalCoverage, type NationalCoverageInput, type ProvinceData } from '../../../src/core/nationwide/index.js';
import type { PublishedRate, Report } from '../../../src/core/types.js';
import { makeReport, makeTarget } from '../../support/answer-builders.js';

const document = (doc: string) => ({ kind: 'document' as const, document: doc, date: '2024-03-14', note: null, submittedBy: null, channel: null, label: null });
const rate = (over: Partial<PublishedRate>): PublishedRate => ({
  indicator: 'bhyt',
  percent: 90,
  numerator: null,
  denominator: null,
  denominatorNote: null,
  basis: 'population',
  ...over,
});
const province = (label: string, over: Partial<ProvinceData> = {}): ProvinceData => ({ label, structure: 'pre2025', reports: [], targets: [], ...over });
/** 63 old and 34 new provinces; the first ones given, the rest without data. */
function provinces(...withData: ProvinceData[]): ProvinceData[] {
  const old = withData.filter((p) => p.structure === 'pre2025');
  const current = withData.filter((p) => p.structure === 'post2025');
  return [
    ...old,
    ...Array.from({ length: 63 - old.length }, (_, i) => province(`Tỉnh O${i}`)),
    ...current,
    ...Array.from({ length: 34 - current.length }, (_, i) => province(`Tỉnh N${i}`, { structure: 'post2025' })),
  ];
}
function compose(over: Partial<NationalCoverageInput>): string {
  return composeNationalCoverage({ lang: 'vi', indicator: null, period: { kind: 'latest' }, wantsTarget: false, provinces: [], today: '2026-11-25', ...over });
}
const report = (over: Partial<Report>): Report => makeReport({ source: document('Chỉ thị 31-CT/TU'), ...over });

describe('composeNationalCoverage: figures', () => {
  const bacKan = province('Tỉnh Bắc Kạn', { reports: [report({ period: '2021-9M', asOf: '2021-09-30', rates: [rate({ percent: 95 })] })] });
  const haiPhong = province('Thành phố Hải Phòng', { reports: [report({ period: '2023-11', asOf: '2023-11-30', rates: [rate({ percent: 92.35 })] })] });

  it('says there is no national figure, then lists the provinces that have one, each with value, period and source', () => {
    const text = compose({ indicator: 'bhyt', provinces: provinces(bacKan, haiPhong) });
    expect(text.split('\n')).toEqual([
      'Chưa có số liệu tỷ lệ bao phủ bảo hiểm y tế của cả nước trong hệ thống; dưới đây là số liệu của từng tỉnh, thành phố có số liệu.',
      '2/63 tỉnh, thành phố cũ (trước 1/7/2025) có số liệu:',
      '- Tỉnh Bắc Kạn: 95% dân số — 9 tháng đầu năm 2021 (số liệu đến 30/09/2021); nguồn: Chỉ thị 31-CT/TU, 14/03/2024',
      '- Thành phố Hải Phòng: 92,35% dân số — Tháng 11/2023 (số liệu đến 30/11/2023); nguồn: Chỉ thị 31-CT/TU, 14/03/2024',
      'Các tỷ lệ trên không cộng thành số liệu cả nước: mỗi tỉnh có kỳ, mẫu số và nguồn riêng.',
    ]);
  });

  it('answers in English, naming the country and what each percent is a share of', () => {
    const text = compose({ lang: 'en', indicator: 'bhyt', provinces: provinces(bacKan, haiPhong) });
    expect(text).toMatch(/^There is no nationwide health insurance coverage figure in the system/);
    expect(text).toContain('2/63 former provinces (before 1 July 2025) have figures:');
    expect(text).toContain('- Thành phố Hải Phòng: 92.35% of the population — November 2023 (as of 30 Nov 2023); source: Chỉ thị 31-CT/TU, 14 Mar 2024');
  });

  it('never adds up percentages, even of the same period and basis', () => {
    const a = province('Tỉnh A', { reports: [report({ period: '2024', asOf: null, rates: [rate({ percent: 90 })] })] });
    const b = province('Tỉnh B', { reports: [report({ period: '2024', asOf: null, rates: [rate({ percent: 80 })] })] });
    const text = compose({ indicator: 'bhyt', provinces: provinces(a, b) });
    expect(text).not.toMatch(/Cộng|85%|170%/);
  });

  it('sums counts of one period and one basis, saying how many provinces it covers', () => {
    const counted = (label: string, bhyt: number, ds: number, structure: ProvinceData['structure'] = 'post2025') =>
      province(label, { structure, reports: [makeReport({ period: '2026-6M', asOf: '2026-06-30', counts: { bhyt, ds } })] });
    const text = compose({
      indicator: 'bhyt',
      provinces: provinces(counted('Tỉnh A', 900, 1000), counted('Tỉnh B', 1800, 2000), counted('Tỉnh C', 50, 100, 'pre2025')),
    });
    expect(text).toContain('2/34 tỉnh, thành phố hiện nay (từ 1/7/2025) có số liệu:');
    expect(text).toContain(
      'Cộng số người của 2 tỉnh có số liệu cùng kỳ 6 tháng đầu năm 2026, cùng mẫu số: 90% (2.700/3.000 dân số) — chỉ là tổng của 2 tỉnh này, không phải số liệu cả nước.',
    );
  });

  it('does not add counts of different periods', () => {
    const a = province('Tỉnh A', { structure: 'post2025', reports: [makeReport({ period: '2026-6M', counts: { bhyt: 900, ds: 1000 } })] });
    const b = province('Tỉnh B', { structure: 'post2025', reports: [makeReport({ period: '2025', asOf: null, counts: { bhyt: 1800, ds: 2000 } })] });
    expect(compose({ indicator: 'bhyt', provinces: provinces(a, b) })).not.toContain('Cộng');
  });

  it('keeps to the period asked, and says so when no province has it', () => {
    const text = compose({ indicator: 'bhyt', period: { kind: 'code', code: '2021-9M' }, provinces: provinces(bacKan, haiPhong) });
    expect(text).toContain('1/63 tỉnh, thành phố cũ (trước 1/7/2025) có số liệu 9 tháng đầu năm 2021:');
    expect(text).not.toContain('Hải Phòng');
    const none = compose({ indicator: 'bhyt', period: { kind: 'code', code: '2019' }, provinces: provinces(bacKan, haiPhong) });
    expect(none).toContain('Chưa tỉnh, thành phố nào có số liệu tỷ lệ bao phủ bảo hiểm y tế năm 2019; số liệu gần nhất:');
  });

  it('says when no province has the indicator, and which indicators they do have', () => {
    const text = compose({ provinces: provinces(bacKan, haiPhong) });
    expect(text.split('\n')).toEqual([
      'Chưa có số liệu tỷ lệ bao phủ BHXH của cả nước, và chưa tỉnh, thành phố nào có số liệu này trong hệ thống.',
      'Chỉ số có số liệu của các tỉnh (số tỉnh): BHYT (2).',
    ]);
  });
});

describe('composeNationalCoverage: targets', () => {
  const targets = [
    makeTarget({ indicator: 'bhxh', year: 2025, percent: 16.83, kind: 'plan', sourceDocument: '156/KH-UBND', sourceDate: '2023-01-18' }),
    makeTarget({ indicator: 'bhxh', year: 2030, percent: 25, kind: 'plan', sourceDocument: '156/KH-UBND', sourceDate: '2023-01-18' }),
  ];
  const giaLai = province('Tỉnh Gia Lai', { targets });
  const haiPhong = province('Thành phố Hải Phòng', {
    targets: [makeTarget({ indicator: 'bhxh', year: 2025, percent: 55, kind: 'assigned', sourceDocument: 'Chỉ thị 31-CT/TU', sourceDate: '2024-03-14' })],
  });

  it('says there is no national target, then lists the provinces’ targets for the year asked, never summed', () => {
    const text = compose({ indicator: 'bhxh', wantsTarget: true, period: { kind: 'code', code: '2025' }, provinces: provinces(giaLai, haiPhong) });
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Chưa có chỉ tiêu tỷ lệ bao phủ BHXH của cả nước trong hệ thống; dưới đây là chỉ tiêu của từng tỉnh, thành phố có chỉ tiêu.',
      '2/63 tỉnh, thành phố cũ (trước 1/7/2025) có chỉ tiêu năm 2025:',
    ]);
    // Each target as the coverage answer words it: value, kind, document and date.
    expect(lines[2]).toMatch(/^- Tỉnh Gia Lai: 16,83% .*\(kế hoạch.*; 156\/KH-UBND, 18\/01\/2023\)$/);
    expect(lines[3]).toMatch(/^- Thành phố Hải Phòng: 55% .*\(chỉ tiêu giao.*; Chỉ thị 31-CT\/TU, 14\/03\/2024\)$/);
    expect(lines).toHaveLength(4);
  });

  it('without a year, gives each province its nearest target year from this year, with the year', () => {
    const text = compose({ lang: 'en', indicator: 'bhxh', wantsTarget: true, provinces: provinces(giaLai, haiPhong) });
    expect(text).toContain('2/63 former provinces (before 1 July 2025) have targets:');
    expect(text).toMatch(/^- Tỉnh Gia Lai 2030: 25% .*\(.*plan; 156\/KH-UBND, 18 Jan 2023\)$/m);
    expect(text).toMatch(/^- Thành phố Hải Phòng 2025: 55% .*\(assigned target; Chỉ thị 31-CT\/TU, 14 Mar 2024\)$/m);
  });
});
