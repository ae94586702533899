/**
 * Pieces shared by the lineage and sub-unit replies: a unit's own name in the reply language, the
 * notes on a link (part of a unit, a link only one source gives), lists cut to fit a phone, nouns
 * for a set of units, and the source lines.
 */

import { nounFor, typeNoun } from '../answer/unit-nouns.js';
import { formatDayShort } from '../format/dates.js';
import { formatCount } from '../format/numbers.js';
import type { Language, Unit } from '../types.js';
import { describeUnit } from '../units/describe-unit.js';
import { REORGANISATION_DAY } from '../units/reorganisation.js';
import type { LinkedUnit, UnitIndex } from '../units/unit-index.js';

/** Names listed before "and N more": a screen or two of a phone. */
export const MAX_LISTED = 40;

/** The reorganisation day as written in the reply language: "1/7/2025", "1 July 2025". */
export function reorganisationDay(lang: Language): string {
  return formatDayShort(REORGANISATION_DAY, lang);
}

/** "Phường Đông Vĩnh" / "Dong Vinh Ward": the unit alone, without its province or a date marker. */
export function ownName(unit: Unit, index: UnitIndex, lang: Language): string {
  return describeUnit({ ...unit, parentId: null, validTo: null }, index, lang);
}

/** The unit with its district and province, and when it existed: "Phường Thành Vinh, Tỉnh Nghệ An (từ 1/7/2025)". */
export function fullLabel(unit: Unit, index: UnitIndex, lang: Language): string {
  const label = describeUnit(unit, index, lang);
  if (unit.structure !== 'post2025') return label;
  return lang === 'vi' ? `${label} (từ ${reorganisationDay(lang)})` : `${label} (since ${reorganisationDay(lang)})`;
}

/** The unit with its district and province, without a date marker (a sentence says when). */
export function plainLabel(unit: Unit, index: UnitIndex, lang: Language): string {
  return describeUnit({ ...unit, validTo: null }, index, lang);
}

/**
 * What a link says beyond "went into": only part of the unit went there; the link is not one both of
 * the mapping's sources agree on (confidence medium or low: one source gives it), and at low
 * confidence it is uncertain.
 */
export function linkNote(link: Pick<LinkedUnit, 'part' | 'confidence'>, lang: Language): string {
  const notes: string[] = [];
  if (link.part === 'partial') notes.push(lang === 'vi' ? 'một phần' : 'part of it');
  if (link.confidence === 'medium') notes.push(lang === 'vi' ? 'theo một nguồn' : 'per one source');
  if (link.confidence === 'low') notes.push(lang === 'vi' ? 'theo một nguồn, chưa chắc chắn' : 'per one source only, uncertain');
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

/** "A, B và C" / "A, B and C". */
export function joinNames(names: readonly string[], lang: Language): string {
  if (names.length <= 1) return names[0] ?? '';
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${names.slice(0, -1).join(', ')}${and}${names.at(-1) ?? ''}`;
}

/** Up to `max` names, then "và N đơn vị khác" / "and N more". */
export function cutList(names: readonly string[], lang: Language, max = MAX_LISTED): string {
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  if (more <= 0) return shown.join(', ');
  return `${shown.join(', ')} ${lang === 'vi' ? `và ${formatCount(more, lang)} đơn vị khác` : `and ${formatCount(more, lang)} more`}`;
}

/** Types present among units, most numerous first: [typeCode, type label, count]. */
export function typesOf(units: readonly Unit[]): { readonly typeCode: string; readonly type: string; readonly count: number }[] {
  const counts = new Map<string, { typeCode: string; type: string; count: number }>();
  for (const u of units) {
    const known = counts.get(u.typeCode);
    if (known) known.count++;
    else counts.set(u.typeCode, { typeCode: u.typeCode, type: u.type, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.typeCode.localeCompare(b.typeCode));
}

/** "119 xã, 11 phường" / "119 communes, 11 wards". */
export function breakdown(units: readonly Unit[], lang: Language): string {
  return typesOf(units)
    .map((t) => `${formatCount(t.count, lang)} ${nounFor(typeNoun(t.typeCode, t.type), t.count, lang)}`)
    .join(', ');
}

/** The nouns of the types among units, for a count: "xã, phường" / "communes and wards". */
export function typeNouns(units: readonly Unit[], lang: Language): string {
  const types = typesOf(units);
  const nouns = types.map((t) => nounFor(typeNoun(t.typeCode, t.type), units.length, lang));
  return lang === 'vi' ? nouns.join(', ') : joinNames(nouns, lang);
}

/** Where a unit list comes from. */
export function unitListSource(lang: Language): string {
  return lang === 'vi'
    ? 'Nguồn: danh mục đơn vị hành chính đã nạp vào hệ thống (mã GSO).'
    : 'Source: the list of administrative units loaded in the system (GSO codes).';
}

/** Where lineage comes from, and what it is not. */
export function lineageSource(lang: Language): string {
  return lang === 'vi'
    ? 'Nguồn: bảng đối chiếu đơn vị hành chính cũ – mới đã nạp vào hệ thống (từ hai bộ dữ liệu công khai, không phải văn bản chính thức).'
    : 'Source: the old-to-new unit mapping loaded in the system (from two public data sets, not an official table).';
}

/** What to do when the lineage of a unit is not in the data. */
export function lineageMissing(label: string, lang: Language): string {
  return lang === 'vi'
    ? `Chưa có thông tin sắp xếp của ${label} trong bảng đối chiếu đã nạp. Quản trị viên nạp bảng đối chiếu (map_*_2025.csv) bằng: npm run -s admin -- import-units <thư mục>.`
    : `The mapping loaded in the system has nothing on how ${label} was reorganised. An administrator can load the mapping (map_*_2025.csv) with: npm run -s admin -- import-units <folder>.`;
}
