import { describe, expect, it } from 'vitest';
import { buildUnitIndex } from '../../../src/core/units/unit-index.js';
import { loadNationalUnits } from '../../support/national-units.js';

const national = loadNationalUnits();
const index = buildUnitIndex(national.units, national.successions);
const vinhCity = national.unit('pre2025', 'district', '412');
const oldNgheAn = national.unit('pre2025', 'province', '40');
const newNgheAn = national.unit('post2025', 'province', '40');
const thanhVinhWard = national.unit('post2025', 'commune', '16681');

describe('buildUnitIndex over the national data', () => {
  it('holds every unit of both structures', () => {
    expect(index.units).toHaveLength(63 + 696 + 10_035 + 34 + 3_321);
    expect(index.get(vinhCity.id)).toBe(vinhCity);
  });

  it('finds parent, ancestors and province within the unit’s own structure', () => {
    const oldCommune = national.unit('pre2025', 'commune', '16681');
    expect(index.parentOf(oldCommune)).toBe(vinhCity);
    expect(index.ancestorsOf(oldCommune)).toEqual([vinhCity, oldNgheAn]);
    expect(index.provinceOf(oldCommune)).toBe(oldNgheAn);
    expect(index.provinceOf(thanhVinhWard)).toBe(newNgheAn);
  });

  it('gives a province as its own province and no parent', () => {
    expect(index.provinceOf(newNgheAn)).toBe(newNgheAn);
    expect(index.parentOf(newNgheAn)).toBeNull();
  });

  it('lists children', () => {
    expect(index.childrenOf(oldNgheAn.id)).toContain(vinhCity);
    expect(index.childrenOf(newNgheAn.id)).toContain(thanhVinhWard);
  });

  it('links Vinh city to the six wards it was dissolved into, and back', () => {
    const successors = index.successorsOf(vinhCity.id).map((s) => s.unit.name);
    expect(new Set(successors)).toEqual(new Set(['Thành Vinh', 'Trường Vinh', 'Vinh Phú', 'Vinh Lộc', 'Vinh Hưng', 'Cửa Lò']));
    expect(index.predecessorsOf(thanhVinhWard.id).map((p) => p.unit)).toContain(vinhCity);
  });

  it('calls a unit dissolved when it has ended and has successors', () => {
    expect(index.isDissolved(vinhCity)).toBe(true);
    expect(index.isDissolved(thanhVinhWard)).toBe(false);
  });

  it('looks names up folded, in Vietnamese or English, whatever the tone placement', () => {
    expect(index.unitsNamed('vinh')).toEqual([vinhCity]);
    const provinces = index.unitsNamed('khanh hoa').filter((u) => u.level === 'province');
    expect(provinces.map((u) => u.structure)).toEqual(['pre2025', 'post2025']);
    expect(index.namesNear('nghe ann')[0]).toEqual({ key: 'nghe an', edits: 1 });
  });

  it('finds near names among parents only: exactly the near names some unit has as a parent', () => {
    const isParentName = (name: string) => index.unitsNamed(name).some((unit) => index.childrenOf(unit.id).length > 0);
    for (const query of ['tay ninhh', 'thanh vinhh', 'nghe ann', 'chau thanhh', 'ha noii', 'tan thanh huyen']) {
      expect(index.parentNamesNear(query), query).toEqual(index.namesNear(query).filter((hit) => isParentName(hit.key)));
    }
    expect(index.parentNamesNear('tay ninhh')).toContainEqual({ key: 'tay ninh', edits: 1 });
    expect(index.namesNear('thanh vinhh')).toContainEqual({ key: 'thanh vinh', edits: 1 });
    expect(index.parentNamesNear('thanh vinhh').map((hit) => hit.key)).not.toContain('thanh vinh');
  });

  it('gives the same ancestor chain each time it is asked', () => {
    const oldCommune = national.unit('pre2025', 'commune', '16681');
    expect(index.ancestorsOf(oldCommune)).toBe(index.ancestorsOf(oldCommune));
  });
});
