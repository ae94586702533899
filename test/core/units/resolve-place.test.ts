import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { type PlaceResolution, resolvePlace } from '../../../src/core/units/resolve-place.js';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const resolve = (text: string): PlaceResolution => resolvePlace(text, index);

const vinhCity = national.unit('pre2025', 'district', '412');
const newNgheAn = national.unit('post2025', 'province', '40');
const newGiaLai = national.unit('post2025', 'province', '52');
const newHaiPhong = national.unit('post2025', 'province', '31');
const oldBacKanProvince = national.unit('pre2025', 'province', '06');
const oldBacKanCity = national.unit('pre2025', 'district', '058');
const bacKanWard = national.unit('post2025', 'commune', '01843');
const thanhVinhWard = national.unit('post2025', 'commune', '16681');
const chauThanhTayNinh = national.unit('pre2025', 'district', '708');
const chauThanhCommuneTayNinh = national.unit('post2025', 'commune', '25585');
const namHaLamHaCommune = national.unit('post2025', 'commune', '24883');
const oldNamHaCommune = national.unit('pre2025', 'commune', '24925');
const ward2BaoLoc = national.unit('post2025', 'commune', '24820');

/** The unit found, failing the test with the whole resolution otherwise. */
function found(text: string): Unit {
  const result = resolve(text);
  if (result.kind !== 'found') throw new Error(`${text}: expected found, got ${JSON.stringify(result).slice(0, 300)}`);
  return result.unit;
}

function candidates(text: string): readonly Unit[] {
  const result = resolve(text);
  if (result.kind !== 'ambiguous') throw new Error(`${text}: expected ambiguous, got ${result.kind}`);
  return result.candidates;
}

describe('resolvePlace', () => {
  describe('no place words', () => {
    it.each(['', '   ', ' ,. ', 'tp', 'thành phố'])('returns none for %j', (text) => {
      expect(resolve(text)).toEqual({ kind: 'none' });
    });
  });

  describe('type words and abbreviations', () => {
    it.each(['Vinh city', 'vinh City', 'tp vinh', 'TP. Vinh', 'T.P Vinh', 'tp.Vinh', 'thành phố Vinh', 'thanh pho vinh'])(
      'reads %j as the old city of Vinh (district 412 of Nghệ An)',
      (text) => {
        expect(found(text)).toBe(vinhCity);
      },
    );

    it('reads "tỉnh"/"province" before or after the name', () => {
      expect(found('gia lai province')).toBe(newGiaLai);
      expect(found('tỉnh Gia Lai')).toBe(newGiaLai);
      expect(found('province Gia Lai')).toBe(newGiaLai);
    });

    it('restricts to the typed type: "huyện Châu Thành" lists only districts', () => {
      const result = resolve('huyện Châu Thành');
      expect(result.kind).toBe('ambiguous');
      if (result.kind !== 'ambiguous') return;
      expect(result.candidates).toHaveLength(9);
      expect(result.candidates.every((u) => u.type === 'Huyện')).toBe(true);
      expect(result.more).toBe(1);
    });

    it('tells the three Bắc Kạn apart by their type word', () => {
      expect(found('tỉnh Bắc Kạn')).toBe(oldBacKanProvince);
      expect(found('thanh pho bac kan')).toBe(oldBacKanCity);
      expect(found('TP Bắc Kạn')).toBe(oldBacKanCity);
      expect(found('phường Bắc Kạn')).toBe(bacKanWard);
      expect(found('Bac Kan ward')).toBe(bacKanWard);
    });

    it('reads English district/commune/ward/town words', () => {
      expect(found('Chau Thanh district, Tay Ninh')).toBe(chauThanhTayNinh);
      expect(found('Thanh Vinh ward, Nghe An')).toBe(thanhVinhWard);
      expect(found('Chau Thanh commune, Tay Ninh')).toBe(chauThanhCommuneTayNinh);
      expect(found('Hoang Mai town').fullName).toBe('Thị xã Hoàng Mai');
      expect(found('TX Hoàng Mai').fullName).toBe('Thị xã Hoàng Mai');
    });

    it('does not take a name that starts like a type word for the type word', () => {
      expect(found('Phương Mai').name).toBe('Phương Mai');
      expect(candidates('Quan Hoa').map((u) => u.fullName)).toEqual(['Huyện Quan Hóa', 'Phường Quan Hoa']);
    });

    it('falls back to the name alone, flagged as corrected, when no unit of the typed type has it', () => {
      expect(resolve('phường Vinh')).toMatchObject({ kind: 'found', unit: vinhCity, corrected: true });
    });

    it('understands the common "TP HCM"', () => {
      expect(found('tp hcm').name).toBe('Hồ Chí Minh');
      expect(found('TPHCM').name).toBe('Hồ Chí Minh');
    });

    it('reads numbered units exactly', () => {
      expect(found('quận 1').fullName).toBe('Quận 1');
    });
  });

  describe('diacritics', () => {
    it.each(['Nghe An', 'Nghệ An', 'nghe an', 'NGHỆ AN'])('finds the current province for %j', (text) => {
      expect(found(text)).toBe(newNgheAn);
    });

    it('matches either tone-mark placement (Hòa/Hoà, Thủy/Thuỷ)', () => {
      expect(found('Khánh Hoà')).toBe(found('Khánh Hòa'));
      expect(found('khanh hoa').fullName).toBe('Tỉnh Khánh Hòa');
      expect(candidates('Thuỷ Nguyên')).toEqual(candidates('Thủy Nguyên'));
    });

    it('matches đ and d alike', () => {
      expect(found('Da Nang')).toBe(found('Đà Nẵng'));
      expect(found('tinh dong nai').name).toBe('Đồng Nai');
    });

    it('takes a bare province name whatever its marks: "hải phong" is the city; "xã hải phong" the old communes', () => {
      expect(found('hải phòng')).toBe(newHaiPhong);
      expect(found('hải phong')).toBe(newHaiPhong);
      expect(candidates('xã hải phong').map((u) => u.fullName)).toEqual(['Xã Hải Phong', 'Xã Hải Phong']);
    });

    it('uses marks to choose between wards that fold alike', () => {
      expect(found('phường Thành Vinh')).toBe(thanhVinhWard);
      expect(candidates('phuong thanh vinh')).toHaveLength(2);
    });
  });

  describe('the same place in both structures', () => {
    it('returns the current province for a name that is a province before and after 2025', () => {
      expect(found('Gia Lai')).toBe(newGiaLai);
      expect(found('Nghệ An')).toBe(newNgheAn);
    });

    it('prefers the current province over communes of the same name: "Hai Phong"', () => {
      expect(found('Hai Phong')).toBe(newHaiPhong);
      expect(found('Tây Ninh').structure).toBe('post2025');
    });

    it('collapses a commune and its same-name successor into one candidate', () => {
      const list = candidates('Châu Thành, Tây Ninh');
      expect(list).toEqual([chauThanhTayNinh, chauThanhCommuneTayNinh]);
    });
  });

  describe('qualifiers', () => {
    it.each(['vinh nghe an', 'Vinh, Nghệ An', 'Vinh, Nghe An province', 'tp Vinh tỉnh Nghệ An', 'Nghệ An, Vinh'])('finds Vinh city for %j', (text) => {
      expect(found(text)).toBe(vinhCity);
    });

    it('restricts "Châu Thành" to units in Tây Ninh and asks between the old district and the new commune', () => {
      expect(candidates('chau thanh tay ninh')).toEqual([chauThanhTayNinh, chauThanhCommuneTayNinh]);
    });

    it('finds the district when both the type and the province are given', () => {
      expect(found('huyện Châu Thành, Tây Ninh')).toBe(chauThanhTayNinh);
      expect(found('H. Châu Thành tỉnh Tây Ninh')).toBe(chauThanhTayNinh);
    });

    it('accepts an old province for a new ward through its lineage', () => {
      expect(found('phường Bắc Kạn, Bắc Kạn')).toBe(bacKanWard);
      expect(found('Thành Vinh, Vinh')).toBe(thanhVinhWard);
    });

    it.each(['Xã Nam Hà Lâm Hà', 'Nam Hà Lâm Hà, Lâm Đồng'])('reads %j as the whole name of the new commune, not old xã Nam Hà of huyện Lâm Hà', (text) => {
      expect(found(text)).toBe(namHaLamHaCommune);
    });

    it.each(['Phường 2 Bảo Lộc', '2 Bảo Lộc, Lâm Đồng'])('reads %j as the whole name of the new ward, not old Phường 2 of Bảo Lộc', (text) => {
      expect(found(text)).toBe(ward2BaoLoc);
    });

    it('still reads a qualifier behind a type word: "Nam Hà, huyện Lâm Hà" is the old commune', () => {
      expect(found('Nam Hà, huyện Lâm Hà')).toBe(oldNamHaCommune);
    });

    it('is unknown, not a near name, when the qualifier rules every candidate out', () => {
      const result = resolve('Châu Thành, Hà Nội');
      expect(result.kind).toBe('unknown');
    });
  });

  describe('typos', () => {
    it.each([
      ['Ngh An', newNgheAn],
      ['Vinnh', vinhCity],
      ['Hai Phongg', newHaiPhong],
      ['Gia Lia', newGiaLai],
      ['tp vinhh', vinhCity],
      ['chau thanh tay ninhh', null],
    ] as const)('corrects %j', (text, expected) => {
      const result = resolve(text);
      if (expected === null) {
        expect(result.kind).toBe('ambiguous');
        return;
      }
      expect(result).toEqual({ kind: 'found', unit: expected, matched: expect.any(String), corrected: true });
    });

    it('reports the words as typed', () => {
      expect(resolve('Vinnh')).toMatchObject({ matched: 'Vinnh' });
    });

    it('never corrects an exact match', () => {
      expect(resolve('Vinh')).toEqual({ kind: 'found', unit: vinhCity, matched: 'Vinh', corrected: false });
    });

    it('allows only one edit in names shorter than five letters', () => {
      expect(resolve('Vnh')).toMatchObject({ kind: 'found', unit: vinhCity, corrected: true });
      expect(resolve('Vnhh').kind).toBe('unknown');
    });
  });

  describe('ambiguity', () => {
    it('asks between the old province, the old city and the new ward for a bare "Bắc Kạn"', () => {
      expect(candidates('bac kan')).toEqual([oldBacKanProvince, oldBacKanCity, bacKanWard]);
      expect(candidates('Bắc Kạn')).toEqual([oldBacKanProvince, oldBacKanCity, bacKanWard]);
    });

    it('does not take a new ward for the old city of the same name: "Pleiku"', () => {
      expect(candidates('Pleiku').map((u) => u.fullName)).toEqual(['Thành phố Pleiku', 'Phường Pleiku']);
    });

    it('lists nine of the many "Châu Thành", districts first, and counts the rest', () => {
      const result = resolve('Châu Thành');
      expect(result.kind).toBe('ambiguous');
      if (result.kind !== 'ambiguous') return;
      expect(result.candidates).toHaveLength(9);
      expect(result.candidates.every((u) => u.level === 'district')).toBe(true);
      expect(result.more).toBeGreaterThan(0);
      expect(new Set(result.candidates.map((u) => u.id)).size).toBe(9);
    });
  });

  describe('unknown places', () => {
    it('gives no suggestions for words that resemble nothing', () => {
      expect(resolve('xyzzy')).toEqual({ kind: 'unknown', suggestions: [] });
    });

    it('offers first the provinces whose initials a word is, never taking them for the place', () => {
      const initials = (text: string) => {
        const result = resolve(text);
        if (result.kind !== 'unknown') throw new Error(`${text}: ${result.kind}`);
        return result.suggestions.map((u) => u.fullName);
      };
      expect(initials('bk')[0]).toBe('Tỉnh Bắc Kạn');
      expect(initials('qn').slice(0, 3)).toEqual(['Tỉnh Quảng Ninh', 'Tỉnh Quảng Ngãi', 'Tỉnh Quảng Nam']);
      expect(initials('dn').slice(0, 3)).toEqual(['Thành phố Đà Nẵng', 'Tỉnh Đồng Nai', 'Tỉnh Đắk Nông']);
    });

    it('suggests up to five distinct units close to the words', () => {
      const result = resolve('Châu Thành, Hà Nội');
      if (result.kind !== 'unknown') throw new Error(result.kind);
      expect(result.suggestions.length).toBeLessThanOrEqual(5);
      expect(result.suggestions[0]?.fullName).toBe('Thành phố Hà Nội');
      expect(result.suggestions.map((u) => u.name)).toContain('Châu Thành');
    });
  });
});

describe('resolvePlace: a name of both structures and the period asked', () => {
  const oldGiaLai = national.unit('pre2025', 'province', '64');
  const oldHaiPhong = national.unit('pre2025', 'province', '31');

  it('is the current unit, unless the question is about a period that ended before 1 July 2025', () => {
    const now = resolvePlace('Gia Lai', index, { prominence: true });
    expect(now.kind === 'found' && now.unit.id).toBe(newGiaLai.id);
    const then = resolvePlace('Gia Lai', index, { prominence: true, before2025: true });
    expect(then.kind === 'found' && [then.unit.id, then.others ?? []]).toEqual([oldGiaLai.id, []]);
    const haiPhong = resolvePlace('Hải Phòng', index, { prominence: true, before2025: true });
    expect(haiPhong.kind === 'found' && haiPhong.unit.id).toBe(oldHaiPhong.id);
  });
});
