import { describe, expect, it } from 'vitest';
import { foldWithMap, originalSpan } from '../../../src/core/text/folded-text.js';
import { TextCutter, wordRe } from '../../../src/core/text/text-cutter.js';

describe('foldWithMap', () => {
  it('folds case, diacritics and đ but keeps punctuation, one map entry per folded unit', () => {
    const folded = foldWithMap('Đà Nẵng, TP.');
    expect(folded.text).toBe('da nang, tp.');
    expect(folded.starts).toHaveLength(folded.text.length);
    expect(folded.ends).toHaveLength(folded.text.length);
  });

  it('maps a folded span back to the original it came from, null when empty', () => {
    const folded = foldWithMap('Nghệ An');
    expect(originalSpan(folded, 0, 4)).toEqual([0, 4]);
    expect(originalSpan(folded, 3, 3)).toBeNull();
    expect(originalSpan(folded, 0, 99)).toBeNull();
  });
});

describe('wordRe', () => {
  it('matches whole words only', () => {
    const re = wordRe('an');
    expect('nghe an'.match(re)).toEqual(['an']);
    expect('an giang'.match(re)).toEqual(['an']);
    expect('thanh hoa'.match(re)).toBeNull();
    expect('an2'.match(re)).toBeNull();
  });

  it('groups alternatives so the word edges apply to each', () => {
    expect('tp vinh'.match(wordRe('tp|thanh\\s+pho'))).toEqual(['tp']);
    expect('thanh pho vinh'.match(wordRe('tp|thanh\\s+pho'))).toEqual(['thanh pho']);
    expect('xtp'.match(wordRe('tp|thanh\\s+pho'))).toBeNull();
  });
});

describe('TextCutter', () => {
  it('exposes the folded text and the original spelling of any folded span', () => {
    const work = new TextCutter('Tỷ lệ Nghệ An');
    expect(work.folded).toBe('ty le nghe an');
    expect(work.originalOf(6, 13)).toBe('Nghệ An');
    expect(work.originalOf(4, 4)).toBe('');
  });

  it('finds every match in order, as folded spans', () => {
    const work = new TextCutter('Xã An, huyện An');
    expect(work.find(wordRe('an'))).toEqual([
      { from: 3, to: 5 },
      { from: 13, to: 15 },
    ]);
  });

  it('skips empty matches instead of looping on them', () => {
    const work = new TextCutter('ab');
    expect(work.find(/x*/gu)).toEqual([]);
  });

  it('cuts by blanking the folded text, so positions never move', () => {
    const work = new TextCutter('bao phu Vinh');
    work.cut({ from: 0, to: 7 });
    expect(work.folded).toBe('        vinh');
    expect(work.folded).toHaveLength('bao phu Vinh'.length);
    expect(work.originalOf(8, 12)).toBe('Vinh');
    expect(work.find(wordRe('bao'))).toEqual([]);
  });

  it('ignores an empty cut', () => {
    const work = new TextCutter('Vinh');
    work.cut({ from: 2, to: 2 });
    expect(work.folded).toBe('vinh');
    expect(work.remainder()).toBe('Vinh');
  });

  it('cuts the combining marks that follow a decomposed letter with it', () => {
    const work = new TextCutter('Tiền'.normalize('NFD'));
    expect(work.folded).toBe('tien');
    work.cut({ from: 0, to: 3 });
    expect(work.remainder()).toBe('n');
  });

  it('cutAll cuts every match without a predicate and returns how many', () => {
    const work = new TextCutter('tỷ lệ bao phủ, tỷ lệ Vinh');
    expect(work.cutAll(wordRe('ty\\s+le'))).toBe(2);
    expect(work.remainder()).toBe('bao phủ, Vinh');
  });

  it('cutAll cuts only the hits the predicate accepts, judged before any is cut', () => {
    const work = new TextCutter('Nam Định năm 2024');
    const seen: string[] = [];
    const cut = work.cutAll(wordRe('nam'), (hit) => {
      seen.push(work.folded.slice(hit.from, hit.to));
      return work.originalOf(hit.from, hit.to) === 'năm';
    });
    expect(cut).toBe(1);
    expect(seen).toEqual(['nam', 'nam']);
    expect(work.remainder()).toBe('Nam Định 2024');
  });

  it('keeps the original spelling, case and order of what is left', () => {
    const work = new TextCutter('Tình hình nộp báo cáo TP. Vinh, Nghệ An');
    work.cutAll(wordRe('tinh\\s+hinh|nop|bao\\s+cao'));
    expect(work.remainder()).toBe('TP. Vinh, Nghệ An');
  });

  it('drops punctuation-only words, collapses spaces and trims punctuation at both ends', () => {
    const work = new TextCutter('  ?? bao phu :  Vinh  -  Nghe An !! ');
    work.cutAll(wordRe('bao\\s+phu'));
    expect(work.remainder()).toBe('Vinh Nghe An');
  });

  it('keeps a lone dash between words when asked, and trims one left at the end', () => {
    const work = new TextCutter('bao phu Vinh - Nghe An -');
    work.cutAll(wordRe('bao\\s+phu'));
    expect(work.remainder({ keepLoneDash: true })).toBe('Vinh - Nghe An');
    expect(work.remainder({ keepLoneDash: false })).toBe('Vinh Nghe An');
    expect(work.remainder()).toBe('Vinh Nghe An');
  });

  it('leaves nothing when everything is cut', () => {
    const work = new TextCutter('bao phu?');
    work.cutAll(wordRe('bao\\s+phu'));
    expect(work.remainder()).toBe('');
    expect(work.remainder({ keepLoneDash: true })).toBe('');
  });

  it('marks a cut between kept words with ";" when asked, so that no name runs across it', () => {
    const work = new TextCutter('Phường Vinh Lộc gồm những xã cũ nào ạ');
    work.cutAll(wordRe('gom\\s+nhung\\s+xa\\s+cu\\s+nao'));
    expect(work.remainder({ breakAtCuts: true })).toBe('Phường Vinh Lộc; ạ');
    expect(work.remainder()).toBe('Phường Vinh Lộc ạ');
  });

  it('puts no ";" where a cut opens or closes the text', () => {
    const work = new TextCutter('cac xa cua huyen Nghi Loc co nhung xa nao');
    work.cutAll(wordRe('cac\\s+xa|co\\s+nhung\\s+xa\\s+nao'));
    expect(work.remainder({ breakAtCuts: true })).toBe('cua huyen Nghi Loc');
  });
});
