import { describe, expect, it } from 'vitest';
import { fold, foldTokens, hasVietnameseMarks, markKey, rawWords } from '../../../src/core/text/fold.js';

describe('fold', () => {
  it('removes diacritics and lower-cases', () => {
    expect(fold('Châu Thành')).toBe('chau thanh');
    expect(fold('NGHỆ AN')).toBe('nghe an');
  });

  it('folds both tone-mark placements to the same string', () => {
    expect(fold('Hòa Bình')).toBe(fold('Hoà Bình'));
    expect(fold('Thủy Nguyên')).toBe(fold('Thuỷ Nguyên'));
    expect(fold('Khánh Hòa')).toBe('khanh hoa');
  });

  it('turns đ and Đ into d', () => {
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('Chợ Đồn')).toBe('cho don');
  });

  it('treats decomposed (NFD) and composed (NFC) input alike', () => {
    expect(fold('Nghệ An'.normalize('NFD'))).toBe(fold('Nghệ An'.normalize('NFC')));
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(fold('  TP.  Vinh , Nghệ-An! ')).toBe('tp vinh nghe an');
    expect(fold("Ia H'Drai")).toBe('ia h drai');
  });

  it('keeps digits', () => {
    expect(fold('Phường 12')).toBe('phuong 12');
  });

  it('folds empty or punctuation-only text to the empty string', () => {
    expect(fold('')).toBe('');
    expect(fold(' ,. ')).toBe('');
  });
});

describe('foldTokens', () => {
  it('splits the folded text into words', () => {
    expect(foldTokens('Châu Thành, Tây Ninh')).toEqual(['chau', 'thanh', 'tay', 'ninh']);
  });

  it('returns no words for blank text', () => {
    expect(foldTokens('  ')).toEqual([]);
  });
});

describe('hasVietnameseMarks', () => {
  it('is true for tone marks, vowel marks and đ', () => {
    expect(hasVietnameseMarks('Vinh Hưng')).toBe(true);
    expect(hasVietnameseMarks('hoà')).toBe(true);
    expect(hasVietnameseMarks('Đa')).toBe(true);
  });

  it('is false for plain ASCII', () => {
    expect(hasVietnameseMarks('nghe an')).toBe(false);
  });
});

describe('rawWords', () => {
  it('keeps the marks and lines up with foldTokens', () => {
    expect(rawWords('TP. Hoà Bình')).toEqual(['TP', 'Hoà', 'Bình']);
    expect(rawWords('TP. Hoà Bình').map(fold)).toEqual(foldTokens('TP. Hoà Bình'));
  });
});

describe('markKey', () => {
  it('ignores where the tone mark sits', () => {
    expect(markKey('Hòa')).toBe(markKey('Hoà'));
    expect(markKey('Thủy')).toBe(markKey('Thuỷ'));
  });

  it('tells different marks apart', () => {
    expect(markKey('Hải Phòng')).not.toBe(markKey('Hải Phong'));
    expect(markKey('Phường')).not.toBe(markKey('Phương'));
  });
});
