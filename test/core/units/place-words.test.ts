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

  it('expands "HN" and "SG" written in capitals only (in lower case "hn" is texting for today), "HP" in any case', () => {
    expect(placeWords('BHXH HN 2024').folded).toEqual(['bhxh', 'ha', 'noi', '2024']);
    expect(placeWords('số liệu HP').folded).toEqual(['so', 'lieu', 'hai', 'phong']);
    expect(placeWords('SG').folded).toEqual(['ho', 'chi', 'minh']);
    expect(placeWords('bhxh hn the nao').folded).toEqual(['bhxh', 'hn', 'the', 'nao']);
    expect(placeWords('Hn').folded).toEqual(['hn']);
    expect(placeWords('ty le bhyt hp').folded).toEqual(['ty', 'le', 'bhyt', 'hai', 'phong']);
    expect(placeWords('số liệu HP').raw).toEqual(['số', 'liệu', 'Hải', 'Phòng']);
  });

  it('expands the seeded provinces\' initials in capitals, not "TN" (tự nguyện) nor lower case', () => {
    expect(placeWords('so sanh bhyt HP vs BK').folded).toEqual(['so', 'sanh', 'bhyt', 'hai', 'phong', 'vs', 'bac', 'kan']);
    expect(placeWords('GL NA HT').raw).toEqual(['Gia', 'Lai', 'Nghệ', 'An', 'Hà', 'Tĩnh']);
    expect(placeWords('BHXH TN bk').folded).toEqual(['bhxh', 'tn', 'bk']);
  });

  it('drops the polite "ạ" typed with its mark, which is no name\'s "A"', () => {
    expect(placeWords('phường Vinh Lộc ạ').folded).toEqual(['phuong', 'vinh', 'loc']);
    expect(placeWords('xa vinh loc a').folded).toEqual(['xa', 'vinh', 'loc', 'a']);
  });
});

describe('placeWords: numbered units and hyphenated abbreviations', () => {
  it('splits a type letter glued to its number ("Q1", "p7"), not longer words', () => {
    expect(placeWords('Q1 tphcm').folded).toEqual(['q', '1', 'tp', 'ho', 'chi', 'minh']);
    expect(placeWords('P7 tp Bến Tre').folded).toEqual(['p', '7', 'tp', 'ben', 'tre']);
    expect(placeWords('Q123 pa5').folded).toEqual(['q123', 'pa5']);
  });

  it('splits the English one-word spellings of the centrally-run cities', () => {
    expect(placeWords('Hanoi').folded).toEqual(['ha', 'noi']);
    expect(placeWords('Danang city').folded).toEqual(['da', 'nang', 'city']);
  });

  it('reads an English possessive as the name it qualifies', () => {
    expect(placeWords("Nghe An province's Vinh").folded).toEqual(['nghe', 'an', 'province', 'vinh']);
    expect(placeWords('Ea H’leo').folded).toEqual(['ea', 'h', 'leo']);
  });

  it('spells out "BR-VT" and "brvt"', () => {
    expect(placeWords('Tỉnh BR-VT').folded).toEqual(['tinh', 'ba', 'ria', 'vung', 'tau']);
    expect(placeWords('bhyt brvt').folded).toEqual(['bhyt', 'ba', 'ria', 'vung', 'tau']);
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
    expect(
      described('Phương Mai')
        .flat()
        .some((segment) => segment.startsWith('[')),
    ).toBe(false);
    expect(described('Phuong Mai')).toContainEqual(['[phuong] mai']);
  });

  it('gives every reading of every word exactly once, each covering all the words', () => {
    const text = 'xa tan thanh huyen chau thanh tinh tay ninh';
    const readings = described(text);
    expect(readings.length).toBeGreaterThan(0);
    expect(new Set(readings.map((r) => JSON.stringify(r))).size).toBe(readings.length);
    for (const reading of readingsOf(placeWords(text))) {
      expect(reading[0]?.start === 0 || reading[0]?.typeWord !== null).toBe(true);
      expect(reading.length).toBeLessThanOrEqual(3);
    }
    expect(described(text)).toContainEqual(['[xa] tan thanh', '[huyen] chau thanh', '[tinh] tay ninh']);
  });

  it('has no reading when three segments cannot cover the words', () => {
    const words = (count: number) => placeWords(Array.from({ length: count }, () => 'an').join(' '));
    expect(readingsOf(words(16))).toEqual([]);
    expect(readingsOf(words(15)).map((r) => r.map((s) => s.end - s.start))).toEqual([[5, 5, 5]]);
    // A type word lets a segment cover more: "thanh pho" + five words, three times.
    const typed = Array.from({ length: 3 }, () => 'thanh pho an an an an an').join(' ');
    expect(readingsOf(placeWords(typed)).length).toBeGreaterThan(0);
  });
});
