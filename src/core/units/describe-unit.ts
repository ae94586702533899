/**
 * Labels a unit so that nobody mistakes which one is meant: its full name with its type, then its
 * district (for an old commune) and province, and a marker for a unit of the old structure.
 */
import type { Language, Unit } from '../types.js';
import type { UnitIndex } from './unit-index.js';

const ENGLISH_TYPE: Readonly<Record<string, string>> = {
  province: 'Province',
  municipality: 'City',
  provincial_city: 'City',
  municipal_city: 'City',
  urban_district: 'District',
  district: 'District',
  district_level_town: 'Town',
  ward: 'Ward',
  commune: 'Commune',
  commune_level_town: 'Township',
  special_administrative_region: 'Special Zone',
};

const ENDED: Readonly<Record<Language, string>> = { vi: ' (trước 1/7/2025)', en: ' (before 1 Jul 2025)' };

function englishName(unit: Unit): string {
  const type = ENGLISH_TYPE[unit.typeCode] ?? unit.type;
  // Numbered units read type first: "District 1", "Ward 4".
  return /^\d/.test(unit.nameEn) ? `${type} ${unit.nameEn}` : `${unit.nameEn} ${type}`;
}

/** The unit's own full name: "Tỉnh Lai Châu", in English "Lai Chau Province". */
export function fullNameIn(unit: Unit, lang: Language): string {
  return lang === 'vi' ? unit.fullName : englishName(unit);
}

/**
 * "Thành phố Vinh, Tỉnh Nghệ An (trước 1/7/2025)", "Xã X, Huyện Y, Tỉnh Z (trước 1/7/2025)",
 * "Phường Thành Vinh, Tỉnh Nghệ An"; in English "Vinh City, Nghe An Province (before 1 Jul 2025)".
 */
export function describeUnit(unit: Unit, index: UnitIndex, lang: Language): string {
  const chain = [unit, ...index.ancestorsOf(unit)].map((u) => fullNameIn(u, lang)).join(', ');
  const ended = unit.structure === 'pre2025' && unit.validTo !== null;
  return ended ? chain + ENDED[lang] : chain;
}
