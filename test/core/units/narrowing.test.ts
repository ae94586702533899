import { describe, expect, it } from 'vitest';
import { narrowAsk, withoutNarrowing } from '../../../src/core/units/narrowing.js';

describe('withoutNarrowing', () => {
  it.each([
    ['bao nhieu huyen, khong tinh quan thi xa thanh pho', 'bao nhieu huyen,'],
    ['co bao nhieu xa khong tinh phuong va dac khu', 'co bao nhieu xa'],
    ['how many communes (xa only, not wards)', 'how many communes (xa ,  )'],
    ['how many rural communes', 'how many communes'],
    ['tinh nao co nhieu xa nhat, chi tinh xa', 'tinh nao co nhieu xa nhat, xa'],
    ['tinh nao co it xa nhat (ko tinh phuong, dac khu)', 'tinh nao co it xa nhat ( )'],
  ])('blanks the narrowing of "%s", keeping the noun asked', (text, left) => {
    const { text: blanked, narrow } = withoutNarrowing(text);
    expect(narrow).toBe(true);
    expect(blanked.replace(/\s+/g, ' ').trim()).toBe(left.replace(/\s+/g, ' ').trim());
  });

  it.each(['bao nhieu xa phuong', 'khong tinh nao', 'not now'])('finds no narrowing in "%s"', (text) => {
    expect(withoutNarrowing(text)).toEqual({ text, narrow: false });
  });
});

describe('narrowAsk', () => {
  it('narrows a whole level to its plain type, and leaves a type or the provinces as asked', () => {
    expect(narrowAsk({ level: 'commune', typeCodes: null })).toEqual({ level: 'commune', typeCodes: ['commune'] });
    expect(narrowAsk({ level: 'district', typeCodes: null })).toEqual({ level: 'district', typeCodes: ['district'] });
    expect(narrowAsk({ level: 'commune', typeCodes: ['ward'] })).toEqual({ level: 'commune', typeCodes: ['ward'] });
    expect(narrowAsk({ level: 'province', typeCodes: null })).toEqual({ level: 'province', typeCodes: null });
  });
});
