import { describe, expect, it } from 'vitest';
import { readRanking, withoutRankingWords } from '../../../src/core/rank/read-ranking.js';

describe('readRanking', () => {
  it.each([
    ['Tỉnh nào có tỷ lệ BHTN thấp nhất?', { order: 'asc', level: 'province', superlative: true }],
    ['tinh nao co chi tieu bhyt cao nhat', { order: 'desc', level: 'province', superlative: true }],
    ['xếp hạng các xã của Quảng Ninh theo BHYT', { order: 'desc', level: 'commune', superlative: false }],
    ['Which districts have the lowest pension coverage?', { order: 'asc', level: 'district', superlative: true }],
    ['rank the provinces by health insurance coverage', { order: 'desc', level: 'province', superlative: false }],
    ['xếp hạng từ thấp đến cao tỷ lệ BHXH các tỉnh', { order: 'asc', level: 'province' }],
    ['so sánh tỷ lệ BHYT các tỉnh', { order: 'desc', level: 'province', superlative: false }],
    ['Which province leads on voluntary social insurance?', { order: 'desc', level: 'province', superlative: true }],
  ])('reads "%s"', (text, expected) => {
    expect(readRanking(text)).toMatchObject(expected);
  });

  it('reads a question about the place of a unit named', () => {
    expect(readRanking('Bắc Kạn đứng thứ mấy về BHYT')).toMatchObject({ placeAsked: true, level: null });
    expect(readRanking('What rank is Hai Phong on health insurance?')).toMatchObject({ placeAsked: true });
    expect(readRanking('tỉnh nào có BHYT cao nhất')).toMatchObject({ placeAsked: false });
  });

  it('reads how many to list', () => {
    expect(readRanking('top 5 tỉnh BHYT cao nhất')?.limit).toBe(5);
    expect(readRanking('3 xã có tỷ lệ BHXH thấp nhất')?.limit).toBe(3);
    expect(readRanking('bottom 3 provinces for unemployment insurance')).toMatchObject({ limit: 3, order: 'asc' });
  });

  it('takes "thị xã" for a district and "địa phương" for no level', () => {
    expect(readRanking('các thị xã nào có BHXH cao nhất')?.level).toBe('district');
    expect(readRanking('Địa phương nào có BHYT cao nhất')).toMatchObject({ level: null, bareLevel: null });
  });

  it('reads first and last places as superlatives', () => {
    expect(readRanking('Which province ranks first for health insurance?')).toMatchObject({ order: 'desc', superlative: true, explicit: true });
    expect(readRanking('tỉnh nào đứng cuối về BHTN')).toMatchObject({ order: 'asc', superlative: true });
  });

  it('reads a question about one unit’s place', () => {
    expect(readRanking('Quảng Ninh xếp thứ mấy về BHYT?')?.explicit).toBe(true);
    expect(readRanking('What rank is Ca Mau for pensions among provinces?')).toMatchObject({ explicit: true, level: 'province' });
  });

  it('tells a ranking word from a superlative alone', () => {
    expect(readRanking('the best')?.explicit).toBe(false);
    expect(readRanking('xếp hạng BHYT')?.explicit).toBe(true);
    expect(readRanking('tỉnh nào có chỉ tiêu BHXH năm 2025 đứng thứ hai')?.explicit).toBe(true);
    expect(readRanking('which province has the second highest BHXH target')?.explicit).toBe(true);
  });

  it('is null without a ranking word or a superlative', () => {
    expect(readRanking('tỉnh nào chưa đạt chỉ tiêu BHXH')).toBeNull();
    expect(readRanking('Quận Lê Chân sau sắp xếp thuộc phường nào')).toBeNull();
    expect(readRanking('the most recent health insurance coverage rate you hold for HaiPhong')).toBeNull();
  });

  it('leaves the place once its words are taken out', () => {
    expect(withoutRankingWords('xếp hạng các xã Quảng Ninh theo')).toBe('Quảng Ninh');
    expect(withoutRankingWords('xã nào của Quảng Ninh cao nhất')).toBe('của Quảng Ninh');
  });
});

describe('readRanking: by the gap to the target', () => {
  it.each([
    ['Chuẩn bị họp giao ban: trong các tỉnh có số liệu, tỉnh nào còn cách xa chỉ tiêu BHYT nhất?', 'desc'],
    ['tinh nao con thieu nhieu nhat so voi chi tieu bhyt', 'desc'],
    ['Which of the provinces in your data is furthest from its health insurance target?', 'desc'],
    ['tỉnh nào gần đạt chỉ tiêu BHXH nhất', 'asc'],
    ['which province is closest to its SI target', 'asc'],
  ] as const)('reads "%s" as a ranking of gaps, %s', (text, order) => {
    expect(readRanking(text)).toMatchObject({ measure: 'gap', order, level: 'province', superlative: true });
  });

  it('ranks values for a plain superlative', () => {
    expect(readRanking('tỉnh nào có tỷ lệ BHYT cao nhất')?.measure).toBe('value');
  });
});

describe('readRanking: the last place in other words', () => {
  it.each([
    'tinh nao dang xep cuoi ve chi tieu bhxh nam 2025 a',
    'Tỉnh nào xếp chót bảng về BHYT?',
    'tỉnh nào đội sổ về BHTN',
    'Which province trails on unemployment insurance coverage?',
    'Which province lags behind on health insurance?',
  ])('reads "%s" as lowest first', (text) => {
    expect(readRanking(text)).toMatchObject({ order: 'asc', superlative: true, level: 'province' });
  });

  it('reads "xếp đầu" as highest first, and "Thủ Dầu Một" as no ranking', () => {
    expect(readRanking('tỉnh nào xếp đầu về BHYT')).toMatchObject({ order: 'desc', superlative: true });
    expect(readRanking('bhyt tp thu dau mot')).toBeNull();
  });
});

describe('readRanking: a place lagging behind its goal', () => {
  it('is asked whether it met it, not ranked', () => {
    expect(readRanking('Is Haiphong lagging behind its 95% health insurance goal?')).toBeNull();
  });
});
