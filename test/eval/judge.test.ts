import { describe, expect, it } from 'vitest';
import { alternatives, foldForJudging, judgeReply } from '../../src/eval/judge.js';

describe('foldForJudging', () => {
  it('lowers the case and removes every diacritic, đ and Đ included', () => {
    expect(foldForJudging('Tỷ lệ bao phủ ĐẠT ở Hải Phòng, Đắk Lắk')).toBe('ty le bao phu dat o hai phong, dak lak');
  });

  it('folds composed and decomposed text alike', () => {
    expect(foldForJudging('Ho\u0300a')).toBe(foldForJudging('Hòa'));
  });

  it('keeps punctuation and digits as they are, so that figures match exactly', () => {
    expect(foldForJudging('15,54% (31.455/202.418)')).toBe('15,54% (31.455/202.418)');
  });
});

describe('alternatives', () => {
  it('splits an item at " || ", folded and trimmed, leaving empty ones out', () => {
    expect(alternatives(' Chưa có số liệu ||  no figures || ')).toEqual(['chua co so lieu', 'no figures']);
  });
});

describe('judgeReply', () => {
  const reply = 'Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn\n9 tháng 2021: 15,54%\nChỉ tiêu 2025: 45%';

  it('is right when every item appears, in any case and with or without diacritics', () => {
    expect(judgeReply({ expectAll: 'bac kan | 15,54% | CHỈ TIÊU', expectNone: '' }, reply)).toEqual({ right: true, missing: [], unwanted: [] });
  });

  it('holds an item when any one of its alternatives appears', () => {
    expect(judgeReply({ expectAll: '15.54 || 15,54', expectNone: '' }, reply).right).toBe(true);
  });

  it('names each item none of whose alternatives appears', () => {
    const verdict = judgeReply({ expectAll: 'bac kan | 60% || 60 % | Gia Lai', expectNone: '' }, reply);
    expect(verdict).toEqual({ right: false, missing: ['60% || 60 %', 'gia lai'], unwanted: [] });
  });

  it('names each alternative of expect_none that appears, whichever separator lists it', () => {
    const verdict = judgeReply({ expectAll: '', expectNone: 'không tìm thấy | 2021 || tỉnh bắc kạn' }, reply);
    expect(verdict).toEqual({ right: false, missing: [], unwanted: ['2021', 'tinh bac kan'] });
  });

  it('ignores empty items, so that empty expectations hold for any reply', () => {
    expect(judgeReply({ expectAll: ' | ', expectNone: '' }, '').right).toBe(true);
  });

  it('does not match an expectation across a line break', () => {
    expect(judgeReply({ expectAll: 'bac kan 9 thang', expectNone: '' }, reply).right).toBe(false);
  });
});
