import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/query/parse-query.js';
import { asksBefore2025, asksLeftOut, furtherAsks } from '../../../src/core/query/question-asks.js';

const asks = (text: string) => furtherAsks(parseQuery(text));

describe('furtherAsks', () => {
  it('pairs indicators with periods when there are as many of each', () => {
    expect(asks('chi tieu bhtn bac kan 2030 va muc do hai long 2025')).toEqual([{ indicator: 'hai_long', period: { kind: 'code', code: '2025' } }]);
  });

  it('gives each further indicator the first period', () => {
    expect(asks('Hải Phòng BHXH bắt buộc và tự nguyện tháng 11/2023')).toEqual([{ indicator: 'bhxh_tn', period: { kind: 'code', code: '2023-11' } }]);
  });

  it('gives each further period the indicator, BHXH by default', () => {
    expect(asks('lương hưu Bắc Kạn năm 2021 và 2030')).toEqual([{ indicator: 'huu', period: { kind: 'code', code: '2030' } }]);
    expect(asks('chỉ tiêu Bắc Kạn 2025 và 2030')).toEqual([{ indicator: 'bhxh', period: { kind: 'code', code: '2030' } }]);
  });

  it('asks nothing further of a plain question', () => {
    expect(asks('bhxh Gia Lai 2025')).toEqual([]);
  });
});

describe('asksBefore2025', () => {
  it.each([
    ['2024', true],
    ['2025-6M', true],
    ['2025-06', true],
    ['2025', false],
    ['2025-9M', false],
    ['2026-Q1', false],
  ])('%s → %s', (code, expected) => {
    expect(asksBefore2025({ period: { kind: 'code', code }, oldPlace: false })).toBe(expected);
  });

  it('is false for the latest figure', () => {
    expect(asksBefore2025({ period: { kind: 'latest' }, oldPlace: false })).toBe(false);
  });

  it.each([
    ['bhxh Gia Lai (cũ) 2025', true],
    ['tỷ lệ BHXH tỉnh Gia Lai cũ năm 2025', true],
    ['GIA LAI (CU) NAM 2025 BHXH', true],
    ['coverage of the former Bac Kan province', true],
    ['Bac Kan (old) health insurance', true],
    // Without its mark "cu" is a syllable of names, and "old" a word of other sentences.
    ['bhyt An Cu', false],
    ['bhxh cu jut', false],
    ['old-age pension coverage Hai Phong', false],
  ])('reads the place marked old in "%s": %s', (text, expected) => {
    expect(asksBefore2025(parseQuery(text))).toBe(expected);
  });

  it('leaves the marker out of the place words', () => {
    expect(parseQuery('Em ở phường Bến Thủy cũ, tp Vinh. BHXH bao nhiêu?').placeText).not.toMatch(/cũ/u);
  });
});

describe('asksLeftOut', () => {
  it('reads every indicator of a list, abbreviations included, and names those beyond the five answered', () => {
    const parsed = parseQuery("All of Bac Kan's 2025 targets please (SI, VSI, UI, pension, satisfaction)");
    expect(parsed.indicators).toEqual(['bhxh', 'bhxh_tn', 'bhtn', 'huu', 'hai_long']);
    expect(asksLeftOut(parsed)).toEqual([]);
    expect(asksLeftOut(parseQuery('bhxh, bhxh bắt buộc, bhxh tự nguyện, bhtn, bhyt, lương hưu Bắc Kạn'))).toEqual(['huu']);
    expect(asksLeftOut(parseQuery('Bac Kan targets: SI, UI and pension'))).toEqual([]);
  });
});
