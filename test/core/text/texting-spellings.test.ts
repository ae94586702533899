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

  it('gives none for a text without those letters', () => {
    expect(textingSpellings('hai phong')).toEqual([]);
    expect(textingSpellings('')).toEqual([]);
  });
});
