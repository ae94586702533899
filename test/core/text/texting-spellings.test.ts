import { describe, expect, it } from 'vitest';
import { textingSpellings } from '../../../src/core/text/texting-spellings.js';

describe('textingSpellings', () => {
  it('spells out f, j, z and w, each way a letter may stand for', () => {
    expect(textingSpellings('hai fong')).toEqual(['hai phong']);
    expect(textingSpellings('ja lai')).toEqual(['gia lai']);
    expect(textingSpellings('zia lai')).toEqual(['dia lai', 'giia lai']);
    expect(textingSpellings('wang fu')).toEqual(['quang phu']);
    expect(textingSpellings('fu zung')).toEqual(['phu dung', 'phu giung']);
  });

  it('reads words typed with the Vietnamese keyboard off, Telex or VNI', () => {
    expect(textingSpellings('bawcs kajn')).toContain('bac kan');
    expect(textingSpellings('ddaf nawngx')).toContain('da nang');
    expect(textingSpellings('ba81c ka5n')).toContain('bac kan');
    expect(textingSpellings('ha3i pho2ng')).toContain('hai phong');
    expect(textingSpellings('ngheej an')).toContain('nghe an');
  });

  it('gives none for a text without those letters', () => {
    expect(textingSpellings('hai phong')).toEqual([]);
    expect(textingSpellings('')).toEqual([]);
  });
});
