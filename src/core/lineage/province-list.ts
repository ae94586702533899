/**
 * The provinces of the country in one structure, for "có những tỉnh nào" with no place named (or
 * the country named): every name, since the list is what was asked and fits a phone as short names.
 */

import { levelNoun, nounFor } from '../answer/unit-nouns.js';
import { formatCount } from '../format/numbers.js';
import type { Language, Structure, Unit } from '../types.js';
import type { UnitIndex } from '../units/unit-index.js';
import { breakdown, cutList, MAX_LISTED, reorganisationDay, unitListSource } from './reply-parts.js';
import type { AskedUnits } from './unit-terms.js';

/** Long enough for the 63 provinces before 1 July 2025. */
const MAX_PROVINCES = 70;

/** "Hiện nay, cả nước có 34 tỉnh, thành phố (27 tỉnh, 7 thành phố trực thuộc trung ương): …". */
export function composeProvinceList(index: UnitIndex, structure: Structure, lang: Language): string {
  const provinces = index.units.filter((u) => u.level === 'province' && u.structure === structure);
  // Since a province's type changed (Đồng Nai, 30 April 2026), the kinds counted are no longer those of 1 July 2025.
  const day = provinces.some((p) => p.typeChange) ? null : reorganisationDay(lang);
  const lead =
    lang === 'vi'
      ? structure === 'pre2025'
        ? `Trước ${reorganisationDay(lang)}, cả nước có`
        : `Hiện nay${day ? ` (từ ${day})` : ''}, cả nước có`
      : structure === 'pre2025'
        ? `Before ${reorganisationDay(lang)}, Viet Nam had`
        : `Now${day ? ` (since ${day})` : ''}, Viet Nam has`;
  const names = provinces.map((p) => (lang === 'vi' ? p.name : p.nameEn));
  return [
    `${lead} ${formatCount(provinces.length, lang)} ${nounFor(levelNoun('province'), provinces.length, lang)} (${breakdown(provinces, lang)}):`,
    `${cutList(names, lang, MAX_PROVINCES)}.`,
    unitListSource(lang),
  ].join('\n');
}

/**
 * Units of the asked kinds below the provinces across the country, each with its province, when
 * they are few enough to read on a phone ("Cả nước có những đặc khu nào?": 13); null when none or
 * more than MAX_LISTED are, a list no one reads (the count answers those).
 */
export function composeCountryUnitList(index: UnitIndex, structure: Structure, asked: AskedUnits, lang: Language): string | null {
  const units = index.units.filter(
    (u) =>
      u.structure === structure &&
      u.level !== 'province' &&
      (asked.level === null || u.level === asked.level) &&
      asked.typeCodes?.includes(u.typeCode) === true,
  );
  if (units.length === 0 || units.length > MAX_LISTED) return null;
  const named = units.map((u) => {
    const province = provinceOf(u, index);
    const name = lang === 'vi' ? u.name : u.nameEn;
    return province ? `${name} (${lang === 'vi' ? province.name : province.nameEn})` : name;
  });
  const lead =
    lang === 'vi'
      ? structure === 'pre2025'
        ? `Trước ${reorganisationDay(lang)}, cả nước có`
        : 'Hiện nay, cả nước có'
      : structure === 'pre2025'
        ? `Before ${reorganisationDay(lang)}, Viet Nam had`
        : 'Now, Viet Nam has';
  return [`${lead} ${breakdown(units, lang)}:`, `${named.join(', ')}.`, unitListSource(lang)].join('\n');
}

function provinceOf(unit: Unit, index: UnitIndex): Unit | null {
  let at: Unit | undefined = unit;
  while (at && at.level !== 'province') at = at.parentId === null ? undefined : index.get(at.parentId);
  return at ?? null;
}
