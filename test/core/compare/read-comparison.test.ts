import { describe, expect, it } from 'vitest';
import { readComparison } from '../../../src/core/compare/read-comparison.js';

describe('readComparison', () => {
  it.each([
    'so sánh tỷ lệ BHYT Quảng Ninh và Thái Bình',
    'so sanh bhtn lao cai voi yen bai',
    'BHXH Lào Cai so với Yên Bái năm 2024',
    'compare pension targets of Ca Mau and Bac Lieu',
    'Ca Mau vs Bac Lieu health insurance',
    'tỷ lệ BHXH Lào Cai so với cùng kỳ',
  ])('reads explicit comparison words in "%s"', (text) => {
    expect(readComparison(text)?.explicit).toBe(true);
  });

  it.each([
    'Chỉ tiêu BHYT của Quảng Ninh và Thái Bình khác nhau ra sao',
    'chênh lệch BHXH giữa Lào Cai và Yên Bái',
    'Is Ca Mau or Bac Lieu higher on health insurance?',
    'Lào Cai hay Yên Bái có tỷ lệ BHTN thấp hơn?',
  ])('reads comparative words, which compare places only, in "%s"', (text) => {
    const words = readComparison(text);
    expect(words?.comparative).toBe(true);
    expect(words?.explicit).toBe(false);
  });

  it('does not take a figure compared with its target for a comparison of places', () => {
    expect(readComparison('tỷ lệ BHXH Lào Cai so với chỉ tiêu')).toBeNull();
    // The basis a rate is a share of is no comparison either.
    expect(readComparison('Tỷ lệ BHTN của Bắc Kạn so với lao động có việc làm')).toBeNull();
    expect(readComparison('Tỷ lệ BHXH bắt buộc của Hải Phòng so với lực lượng lao động trong độ tuổi')).toBeNull();
    expect(readComparison('Tỷ lệ BHYT Hải Phòng so với dân số')).toBeNull();
    expect(readComparison('Hai Phong health insurance compared to the population')).toBeNull();
    expect(readComparison('coverage in Ca Mau compared with the target')).toBeNull();
    expect(readComparison('participants short in Ca Mau against the assigned target')).toBeNull();
    expect(readComparison('Ca Mau coverage compared with its 2025 target')).toBeNull();
    expect(readComparison('BHXH Cà Mau so với chỉ tiêu giao')).toBeNull();
    expect(readComparison('shortfall in Bac Kan vs the 2021 assigned target')).toBeNull();
    expect(readComparison('bằng bao nhiêu phần trăm so với số kế hoạch được giao')).toBeNull();
    expect(readComparison('bhtn bac kan 8,03% vs ct 9% dat chua')).toBeNull();
  });

  it('does not take a count or a level the writer quotes for a comparison', () => {
    expect(readComparison('phải tăng thêm bao nhiêu người so với 31.455 người hiện có')).toBeNull();
    expect(readComparison('Hai Phong HI coverage vs 95%')).toBeNull();
    expect(readComparison('BHTN Bắc Kạn 9 tháng 2021 so với 2020')).not.toBeNull();
  });

  it('reads what one place is compared with over time', () => {
    expect(readComparison('BHXH Lào Cai 6 tháng 2024 so với cùng kỳ năm trước')?.against).toEqual({ kind: 'same-period-last-year' });
    expect(readComparison('Ca Mau health insurance compared with last year')?.against).toEqual({ kind: 'same-period-last-year' });
    expect(readComparison('BHYT Lào Cai so với kỳ trước')?.against).toEqual({ kind: 'previous' });
    expect(readComparison('tỷ lệ BHTN Yên Bái năm 2024 so với năm 2022')?.against).toEqual({ kind: 'period', period: { kind: 'code', code: '2022' } });
    expect(readComparison('so sánh BHXH Lào Cai và Yên Bái')?.against).toBeNull();
  });

  it('reads two years joined and a word of difference as a comparison over time', () => {
    expect(readComparison('chỉ tiêu BHTN Bắc Kạn năm 2021 với năm 2030 chênh nhau bao nhiêu')).toEqual({
      explicit: true,
      comparative: true,
      against: { kind: 'period', period: { kind: 'code', code: '2030' } },
    });
    expect(readComparison('BHTN Bắc Kạn năm 2021 và 2030 hay 2025')?.explicit).toBe(false);
  });

  it.each([
    ["By how many points does Gia Lai's unemployment insurance target rise between 2023 and 2025?", '2025'],
    ['chỉ tiêu BHTN Gia Lai từ 2023 đến 2025 tăng bao nhiêu', '2025'],
    ['bhxh tn muc tieu 2030 cua bac kan gap may lan nam 2021', '2021'],
  ])('reads a change between two years asked as a comparison over time: %s', (text, against) => {
    expect(readComparison(text)).toMatchObject({ explicit: true, against: { kind: 'period', period: { kind: 'code', code: against } } });
  });

  it('reads no comparison from one year and a word of change', () => {
    expect(readComparison('BHXH Gia Lai năm 2025 tăng bao nhiêu')?.explicit ?? false).toBe(false);
  });

  it('is null for a question that compares nothing', () => {
    expect(readComparison('tỷ lệ bao phủ BHXH Lào Cai 2024')).toBeNull();
  });
});
