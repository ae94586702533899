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

/** "Hiện nay (từ 1/7/2025), cả nước có 34 tỉnh, thành phố (28 tỉnh, 6 thành phố trực thuộc trung ương): …". */
export function composeProvinceList(index: UnitIndex, structure: Structure, lang: Language): string {
  const provinces = index.units.filter((u) => u.level === 'province' && u.structure === structure);
  const day = reorganisationDay(lang);
  const lead =
    lang === 'vi'
      ? structure === 'pre2025'
        ? `Trước ${day}, cả nước có`
        : `Hiện nay (từ ${day}), cả nước có`
      : structure === 'pre2025'
        ? `Before ${day}, Viet Nam had`
        : `Now (since ${day}), Viet Nam has`;
  const names = provinces.map((p) => (lang === 'vi' ? p.name : p.nameEn));
  return [
    `${lead} ${formatCount(provinces.length, lang)} ${nounFor(levelNoun('province'), provinces.length, lang)} (${breakdown(provinces, lang)}):`,
    `${cutList(names, lang, MAX_PROVINCES)}.`,
    unitListSource(lang),
  ].join('\n');
}
