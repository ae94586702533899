import { describe, expect, it } from 'vitest';
import { otherPlaceNamed } from '../../../src/core/nationwide/index.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);

describe('otherPlaceNamed', () => {
  it.each([
    ['Nghệ An so', 'Nghệ An'],
    ['Bắc Kạn', 'Bắc Kạn'],
    ['So sánh Hải Phòng', 'Hải Phòng'],
    ['Vinh so voi', 'Vinh'],
    // A province of one word in lower case: "hue bay gio co bao nhieu phuong".
    ['hue bay gio', 'hue'],
  ])('finds the place in the words "%s"', (words, place) => {
    expect(otherPlaceNamed(words, index)).toBe(place);
  });

  it.each([
    ['question words near a name by a typo', 'có người'],
    ['a lower-case word alone', 'năm nay'],
    ['nothing', ''],
    ['diacritics other than the name’s', 'trên'],
    ['a capital of one letter (Phường I)', 'I need it as a benchmark'],
  ])('finds none in %s', (_name, words) => {
    expect(otherPlaceNamed(words, index)).toBeNull();
  });
});

describe('otherPlaceNamed with typedProvinces', () => {
  it('takes a province typed with a slip', () => {
    expect(otherPlaceNamed('Nghe Ann xã phường', index, { typedProvinces: true })).toBe('Nghe Ann');
    expect(otherPlaceNamed('Nghệ Ann', index, { typedProvinces: true })).toBe('Nghệ Ann');
  });

  it('takes no slip by default, nor one of a lower level', () => {
    expect(otherPlaceNamed('Nghe Ann xã phường', index)).toBeNull();
    expect(otherPlaceNamed('urban', index, { typedProvinces: true })).toBeNull();
  });
});

describe('otherPlaceNamed: words that only look like a name', () => {
  it('reads no name across a type word of two syllables', () => {
    expect(otherPlaceNamed('huyen quan thi xa thanh pho', index)).toBeNull();
  });

  it('takes no slip far from a province’s name', () => {
    expect(otherPlaceNamed('xa sau', index, { typedProvinces: true })).toBeNull();
  });
});
