import { describe, expect, it } from 'vitest';
import { composePlaceComparison, type PlaceComparisonInput, type PlaceData } from '../../../src/core/compare/compose-comparison.js';
import type { PublishedRate, Report } from '../../../src/core/types.js';
import { makeReport, makeTarget } from '../../support/answer-builders.js';
import { seedUnit } from '../../support/seed-facts.js';

const TODAY = '2026-11-25';

function rate(indicator: PublishedRate['indicator'], percent: number, basis: PublishedRate['basis']): PublishedRate {
  return { indicator, percent, numerator: null, denominator: null, denominatorNote: null, basis };
}

function place(name: string, reports: readonly Report[], targets: PlaceData['targets'] = []): PlaceData {
  return { label: `Tỉnh ${name}`, name, reports, targets };
}

function compose(places: readonly PlaceData[], over: Partial<PlaceComparisonInput> = {}): string {
  return composePlaceComparison({ lang: 'vi', indicator: 'bhyt', period: { kind: 'latest' }, wantsTarget: false, places, today: TODAY, ...over });
}

const quangNinh = place('Quảng Ninh', [
  makeReport({ period: '2024', asOf: '2024-12-31', rates: [rate('bhyt', 93.1, 'population')] }),
  makeReport({ period: '2025-6M', asOf: '2025-06-30', rates: [rate('bhyt', 94.2, 'population')] }),
]);
const thaiBinh = place('Thái Bình', [makeReport({ period: '2024', asOf: '2024-12-31', rates: [rate('bhyt', 91.5, 'population')] })]);

describe('composePlaceComparison: figures', () => {
  it('compares on the latest period both places have, and says which is higher by how many points', () => {
    const text = compose([quangNinh, thaiBinh]);
    expect(text).toMatch(/^So sánh tỷ lệ bao phủ bảo hiểm y tế — năm 2024:/);
    expect(text).toContain('Có nơi có số liệu mới hơn; so sánh kỳ chung gần nhất.');
    expect(text).toContain('- Tỉnh Quảng Ninh: 93,1% dân số — Năm 2024');
    expect(text).toContain('Quảng Ninh cao hơn Thái Bình 1,6 điểm phần trăm.');
    expect(text).not.toContain('94,2');
  });

  it('takes each place’s latest when they share no period, and says the periods differ', () => {
    const other = place('Yên Bái', [makeReport({ period: '2023', asOf: '2023-12-31', rates: [rate('bhyt', 95, 'population')] })]);
    const text = compose([quangNinh, other]);
    expect(text).toContain('Không có kỳ chung: mỗi nơi lấy số liệu gần nhất.');
    expect(text).toContain('Yên Bái cao hơn Quảng Ninh 0,8 điểm phần trăm. Lưu ý: khác kỳ');
  });

  it('never computes a difference between shares of different things', () => {
    const employed = place('Lào Cai', [makeReport({ period: '2024', asOf: '2024-12-31', rates: [rate('bhxh', 20, 'employed')] })]);
    const labour = place('Yên Bái', [makeReport({ period: '2024', asOf: '2024-12-31', rates: [rate('bhxh', 25, 'labour_force')] })]);
    const text = compose([employed, labour], { indicator: 'bhxh' });
    expect(text).toContain(
      'Không cùng cơ sở tính: Lào Cai (tính trên số lao động có việc làm), Yên Bái (tính trên lực lượng lao động trong độ tuổi); không tính chênh lệch.',
    );
    expect(text).not.toContain('điểm phần trăm');
  });

  it('names a place with no figure and how to add one', () => {
    const text = compose([quangNinh, place('Cao Bằng', [])]);
    expect(text).toContain('- Tỉnh Cao Bằng: chưa có số liệu tỷ lệ bao phủ bảo hiểm y tế.');
    expect(text).toContain('Chưa có số liệu của Cao Bằng: đầu mối gửi qua chat (lệnh "nop") hoặc quản trị viên nạp từ tệp số liệu.');
  });

  it('orders three places on one basis from highest to lowest', () => {
    const third = place('Hà Giang', [makeReport({ period: '2024', asOf: '2024-12-31', rates: [rate('bhyt', 96, 'population')] })]);
    const text = compose([quangNinh, thaiBinh, third], { period: { kind: 'code', code: '2024' } });
    expect(text).toContain(
      'Từ cao đến thấp (tính trên dân số): Hà Giang (96%) > Quảng Ninh (93,1%) > Thái Bình (91,5%); cao nhất hơn thấp nhất 4,5 điểm phần trăm.',
    );
  });

  it('says when a new unit is shown through its predecessor of the same name', () => {
    const text = compose([quangNinh, { ...thaiBinh, shownFor: 'Tỉnh Thái Bình mới' }]);
    expect(text).toContain('Tỉnh Thái Bình mới hiện nay (từ 1/7/2025) chưa có số liệu riêng; trên đây là số liệu của đơn vị cùng tên trước sáp nhập.');
  });

  it('says when a new unit is shown through another unit it was formed from, a line for each kind', () => {
    const text = compose([
      { ...quangNinh, name: 'Bắc Kạn', shownFor: 'Tỉnh Thái Nguyên', formedFrom: true },
      { ...thaiBinh, shownFor: 'Tỉnh Thái Bình mới' },
    ]);
    expect(text).toContain('Tỉnh Thái Bình mới hiện nay (từ 1/7/2025) chưa có số liệu riêng; trên đây là số liệu của đơn vị cùng tên trước sáp nhập.');
    expect(text).toContain('Tỉnh Thái Nguyên hiện nay (từ 1/7/2025) chưa có số liệu riêng; trên đây là số liệu của đơn vị cũ hợp thành.');
    expect(text).toContain('Bắc Kạn cao hơn Thái Bình');
  });
});

describe('composePlaceComparison: targets', () => {
  const bacKan = seedUnit('06');
  const haiPhong = seedUnit('31');
  const giaLai = seedUnit('64');

  it('compares the targets of the year asked, with their kinds and sources', () => {
    const text = compose([place('Bắc Kạn', [], bacKan.targets), place('Hải Phòng', [], haiPhong.targets)], {
      indicator: 'bhxh',
      wantsTarget: true,
      period: { kind: 'code', code: '2025' },
    });
    expect(text).toMatch(/^So sánh chỉ tiêu tỷ lệ bao phủ BHXH năm 2025:/);
    expect(text).toContain('- Tỉnh Bắc Kạn: 45% lực lượng lao động trong độ tuổi (kế hoạch; Kế hoạch ban hành kèm QĐ 1736/QĐ-UBND');
    expect(text).toContain('Hải Phòng cao hơn Bắc Kạn 10 điểm phần trăm.');
  });

  it('names the basis a target does not state, and computes no difference', () => {
    const text = compose([place('Gia Lai', [], giaLai.targets), place('Bắc Kạn', [], bacKan.targets)], {
      lang: 'en',
      indicator: 'bhtn',
      wantsTarget: true,
      period: { kind: 'code', code: '2025' },
    });
    expect(text).toContain('Comparing 2025 targets: unemployment insurance coverage');
    expect(text).toContain('Not on the same basis: Gia Lai (no basis stated), Bắc Kạn (a share of the working-age labour force); no difference is computed.');
    expect(text).toContain('9.85%');
  });

  it('falls back to the nearest year both places have', () => {
    const text = compose([place('Gia Lai', [], giaLai.targets), place('Bắc Kạn', [], bacKan.targets)], {
      indicator: 'bhxh',
      wantsTarget: true,
      period: { kind: 'code', code: '2023' },
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('So sánh chỉ tiêu tỷ lệ bao phủ BHXH năm 2023:');
    expect(lines[1]).toMatch(/^- Tỉnh Gia Lai: 14,83% /);
    expect(lines[2]).toBe('- Tỉnh Bắc Kạn: chưa có chỉ tiêu năm 2023.');
    expect(lines[3]).toBe('Không phải nơi nào cũng có chỉ tiêu năm 2023; so sánh năm chung gần nhất: 2025.');
    expect(lines[4]).toMatch(/^- Tỉnh Gia Lai: 16,83% /);
  });

  it('compares the targets when no place has a figure of the indicator and some have targets', () => {
    const text = compose([place('Gia Lai', [], giaLai.targets), place('Hải Phòng', [], [])], { indicator: 'bhtn', period: { kind: 'latest' } });
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Chưa nơi nào có số liệu tỷ lệ tham gia bảo hiểm thất nghiệp; dưới đây so sánh chỉ tiêu.',
      'So sánh chỉ tiêu tỷ lệ tham gia bảo hiểm thất nghiệp năm 2025:',
    ]);
  });

  it('says the country has no figure to compare with', () => {
    const text = compose([place('Bắc Kạn', [], bacKan.targets)], { indicator: 'bhxh', withCountry: true, period: { kind: 'latest' } });
    expect(text).toContain('Chưa có số liệu tỷ lệ bao phủ BHXH của cả nước trong hệ thống');
  });

  it('compares targets on the basis both places have one on, past an assigned target on another', () => {
    const other = place('Yên Bái', [], [makeTarget({ year: 2021, percent: 30, basis: 'labour_force' })]);
    const text = compose([place('Bắc Kạn', [], bacKan.targets), other], { indicator: 'bhxh', wantsTarget: true, period: { kind: 'code', code: '2021' } });
    expect(text).toContain('16% số lao động có việc làm (chỉ tiêu giao;');
    expect(text).toContain('Bắc Kạn cao hơn Yên Bái 5 điểm phần trăm.');
  });

  it('uses targets of a maker-built place too', () => {
    const text = compose([place('A', [], [makeTarget({ percent: 30 })]), place('B', [], [makeTarget({ percent: 30 })])], {
      indicator: 'bhxh',
      wantsTarget: true,
    });
    expect(text).toContain('A và B bằng nhau (30%).');
  });
});

describe('composePlaceComparison: a year with targets alone', () => {
  it('compares the targets of the year asked when no place has a figure in it, and says so', () => {
    const withFigure = place('Quảng Ninh', quangNinh.reports, [makeTarget({ indicator: 'bhyt', year: 2026, percent: 95 })]);
    const other = place('Thái Bình', thaiBinh.reports, [makeTarget({ indicator: 'bhyt', year: 2026, percent: 93 })]);
    const text = compose([withFigure, other], { period: { kind: 'code', code: '2026' } });
    expect(text).toMatch(/^Chưa nơi nào có số liệu tỷ lệ bao phủ bảo hiểm y tế năm 2026; dưới đây so sánh chỉ tiêu\.\nSo sánh chỉ tiêu/);
    expect(text).toContain('Quảng Ninh cao hơn Thái Bình 2 điểm phần trăm.');
    // A year some place has a figure for is compared on figures as before.
    expect(compose([withFigure, other], { period: { kind: 'code', code: '2024' } })).toMatch(/^So sánh tỷ lệ bao phủ bảo hiểm y tế — năm 2024:/);
  });
});
