import { describe, expect, it } from 'vitest';
import { onlyTypeWords, placeWords, readingsOf } from '../../../src/core/units/place-words.js';

describe('placeWords', () => {
  it('keeps folded and typed words aligned', () => {
    expect(placeWords('TP. Hoà Bình')).toEqual({ folded: ['tp', 'hoa', 'binh'], raw: ['TP', 'Hoà', 'Bình'] });
  });

  it('expands "TPHCM" and "HCM"', () => {
    expect(placeWords('TPHCM').folded).toEqual(['tp', 'ho', 'chi', 'minh']);
    expect(placeWords('hcm').folded).toEqual(['ho', 'chi', 'minh']);
  });
});

describe('onlyTypeWords', () => {
  it('is true when the text is nothing but type words', () => {
    expect(onlyTypeWords(placeWords('thành phố'))).toBe(true);
    expect(onlyTypeWords(placeWords('tp Vinh'))).toBe(false);
  });
});

describe('readingsOf', () => {
  const described = (text: string) =>
    readingsOf(placeWords(text)).map((reading) =>
      reading.map((s) => `${s.typeWord ? `[${s.typeWord.tokens.join(' ')}] ` : ''}${placeWords(text).folded.slice(s.start, s.end).join(' ')}`),
    );

  it('reads a leading type word either as a type word or as part of the name', () => {
    expect(described('tp vinh')).toContainEqual(['[tp] vinh']);
    expect(described('tp vinh')).toContainEqual(['tp vinh']);
  });

  it('reads an English type word after the name', () => {
    expect(described('Vinh city')).toContainEqual(['[city] vinh']);
  });

  it('splits a name from its qualifiers', () => {
    expect(described('chau thanh tay ninh')).toContainEqual(['chau thanh', 'tay ninh']);
  });

  it('does not read a marked name as a type word: "Phương" is not "phường"', () => {
    expect(described('Phương Mai').flat().some((segment) => segment.startsWith('['))).toBe(false);
    expect(described('Phuong Mai')).toContainEqual(['[phuong] mai']);
  });
});
