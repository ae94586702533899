/**
 * The provinces of the country in one structure, for "có những tỉnh nào" with no place named (or
 * the country named): every name, since the list is what was asked and fits a phone as short names.
 */

import { levelNoun, nounFor } from '../answer/unit-nouns.js';
import { formatCount } from '../format/numbers.js';
import type { Language, Structure } from '../types.js';
import type { UnitIndex } from '../units/unit-index.js';
import { breakdown, cutList, reorganisationDay, unitListSource } from './reply-parts.js';

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
