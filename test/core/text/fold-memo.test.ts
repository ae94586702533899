import { describe, expect, it } from 'vitest';
import { messageLanguageEvidence, parseQuery } from '../../../src/core/query/parse-query.js';
import { fold } from '../../../src/core/text/fold.js';
import { foldWithMap } from '../../../src/core/text/folded-text.js';

/** Folding one character the long way, as the remembered and ASCII shortcuts must agree with. */
const slowFold = (ch: string) => (ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

describe('folding remembered between calls', () => {
  it('folds every ASCII character as the full folding does', () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
    expect(foldWithMap(ascii).text).toBe([...ascii].map(slowFold).join(''));
  });

  it('folds Vietnamese letters the same the first time and the second', () => {
    const text = 'Đồng Hới, Quảng Bình — HÒA BÌNH Thuỷ Nguyên ǅ ﬁ';
    const once = foldWithMap(text);
    const twice = foldWithMap(text);
    expect(once.text).toBe([...text].map(slowFold).join(''));
    expect(twice).toEqual(once);
  });

  it('gives the same folding for a text asked again', () => {
    expect(fold('TP. Hoà Bình')).toBe('tp hoa binh');
    expect(fold('TP. Hoà Bình')).toBe('tp hoa binh');
    const long = 'Hòa '.repeat(100);
    expect(fold(long)).toBe(fold(long));
  });
});

describe('parseQuery remembered between calls', () => {
  it('gives an equal reading for the same text, which no reader can change', () => {
    const first = parseQuery('Tỷ lệ BHXH Nghệ An 2025');
    const again = parseQuery('Tỷ lệ BHXH Nghệ An 2025');
    expect(again).toEqual(first);
    expect(Object.isFrozen(again)).toBe(true);
    expect(Object.isFrozen(again.indicators)).toBe(true);
    expect(Object.isFrozen(again.periods)).toBe(true);
  });

  it('still reads each text for itself after many others', () => {
    const first = parseQuery('bhyt Hà Tĩnh');
    for (let i = 0; i < 200; i += 1) parseQuery(`bhxh xã ${i}`);
    expect(parseQuery('bhyt Hà Tĩnh')).toEqual(first);
    expect(parseQuery('bhyt Hà Tĩnh').placeText).toBe('Hà Tĩnh');
  });
});

describe('messageLanguageEvidence remembered between calls', () => {
  it('gives the same evidence for a text asked again, and each text its own', () => {
    expect(messageLanguageEvidence('coverage rate of Nghe An')).toBe('en');
    expect(messageLanguageEvidence('tỷ lệ bao phủ Nghệ An')).toBe('vi');
    expect(messageLanguageEvidence('coverage rate of Nghe An')).toBe('en');
    expect(messageLanguageEvidence('tỷ lệ bao phủ Nghệ An')).toBe('vi');
  });
});
