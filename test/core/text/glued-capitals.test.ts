import { describe, expect, it } from 'vitest';
import { splitGluedCapitals } from '../../../src/core/text/glued-capitals.js';

describe('splitGluedCapitals', () => {
  it('puts a space before a capital that follows a lower-case letter', () => {
    expect(splitGluedCapitals('bhtn BắcKạn 9t 2021')).toBe('bhtn Bắc Kạn 9t 2021');
    expect(splitGluedCapitals('HảiPhòng bhyt')).toBe('Hải Phòng bhyt');
    expect(splitGluedCapitals('bhxh TpVinh')).toBe('bhxh Tp Vinh');
  });

  it('leaves words in capitals and ordinary words as they are', () => {
    expect(splitGluedCapitals('bhxh TPHCM, Bộ LĐTBXH, Hải Phòng')).toBe('bhxh TPHCM, Bộ LĐTBXH, Hải Phòng');
  });
});
