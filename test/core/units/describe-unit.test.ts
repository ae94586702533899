import { describe, expect, it } from 'vitest';
import { describeUnit } from '../../../src/core/units/describe-unit.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const label = (structure: 'pre2025' | 'post2025', level: 'province' | 'district' | 'commune', code: string) => ({
  vi: describeUnit(national.unit(structure, level, code), index, 'vi'),
  en: describeUnit(national.unit(structure, level, code), index, 'en'),
});

describe('describeUnit', () => {
  it('names a current province by its full name alone', () => {
    expect(label('post2025', 'province', '40')).toEqual({ vi: 'Tỉnh Nghệ An', en: 'Nghe An Province' });
    expect(label('post2025', 'province', '31')).toEqual({ vi: 'Thành phố Hải Phòng', en: 'Hai Phong City' });
  });

  it('marks an old province as before 1 July 2025', () => {
    expect(label('pre2025', 'province', '06')).toEqual({
      vi: 'Tỉnh Bắc Kạn (trước 1/7/2025)',
      en: 'Bac Kan Province (before 1 Jul 2025)',
    });
  });

  it('gives an old district with its province', () => {
    expect(label('pre2025', 'district', '412')).toEqual({
      vi: 'Thành phố Vinh, Tỉnh Nghệ An (trước 1/7/2025)',
      en: 'Vinh City, Nghe An Province (before 1 Jul 2025)',
    });
    expect(label('pre2025', 'district', '708').en).toBe('Chau Thanh District, Tay Ninh Province (before 1 Jul 2025)');
  });

  it('gives a new ward with its province', () => {
    expect(label('post2025', 'commune', '16681')).toEqual({ vi: 'Phường Thành Vinh, Tỉnh Nghệ An', en: 'Thanh Vinh Ward, Nghe An Province' });
  });

  it('gives an old commune with its district and province', () => {
    expect(label('pre2025', 'commune', '17050')).toEqual({
      vi: 'Xã Châu Thành, Huyện Quỳ Hợp, Tỉnh Nghệ An (trước 1/7/2025)',
      en: 'Chau Thanh Commune, Quy Hop District, Nghe An Province (before 1 Jul 2025)',
    });
  });

  it('puts the English type word first for numbered units', () => {
    expect(label('pre2025', 'district', '760').en).toBe('District 1, Ho Chi Minh City (before 1 Jul 2025)');
  });
});
