/**
 * What units of a type are called in running text, in both reply languages: "phường" / "wards",
 * "thị trấn" / "townships". For counts ("687 phường") and shares ("2/6 phường có số liệu").
 */
import type { Language, UnitLevel } from '../types.js';

/** A noun for units, in Vietnamese (no plural) and in English (one, many). */
export interface UnitNoun {
  readonly vi: string;
  readonly en: string;
  readonly enOne: string;
}

const TYPE_NOUNS: Readonly<Record<string, UnitNoun>> = {
  province: { vi: 'tỉnh', en: 'provinces', enOne: 'province' },
  municipality: { vi: 'thành phố trực thuộc trung ương', en: 'centrally-run cities', enOne: 'centrally-run city' },
  district: { vi: 'huyện', en: 'rural districts', enOne: 'rural district' },
  urban_district: { vi: 'quận', en: 'urban districts', enOne: 'urban district' },
  district_level_town: { vi: 'thị xã', en: 'district-level towns', enOne: 'district-level town' },
  provincial_city: { vi: 'thành phố thuộc tỉnh', en: 'provincial cities', enOne: 'provincial city' },
  municipal_city: {
    vi: 'thành phố thuộc thành phố trực thuộc trung ương',
    en: 'cities within a centrally-run city',
    enOne: 'city within a centrally-run city',
  },
  commune: { vi: 'xã', en: 'communes', enOne: 'commune' },
  ward: { vi: 'phường', en: 'wards', enOne: 'ward' },
  commune_level_town: { vi: 'thị trấn', en: 'townships', enOne: 'township' },
  special_administrative_region: { vi: 'đặc khu', en: 'special zones', enOne: 'special zone' },
};

const LEVEL_NOUNS: Readonly<Record<UnitLevel, UnitNoun>> = {
  province: { vi: 'tỉnh, thành phố', en: 'provinces and centrally-run cities', enOne: 'province or centrally-run city' },
  district: { vi: 'đơn vị hành chính cấp huyện', en: 'district-level units', enOne: 'district-level unit' },
  commune: { vi: 'đơn vị hành chính cấp xã', en: 'commune-level units', enOne: 'commune-level unit' },
};

/** The noun for units of a type; an unknown type code reads as its Vietnamese label (`type`). */
export function typeNoun(typeCode: string, type: string): UnitNoun {
  const english = typeCode.replace(/_/g, ' ');
  return TYPE_NOUNS[typeCode] ?? { vi: type.toLowerCase(), en: english, enOne: english };
}

/** The noun for all the units of a level: "đơn vị hành chính cấp xã" / "commune-level units". */
export function levelNoun(level: UnitLevel): UnitNoun {
  return LEVEL_NOUNS[level];
}

/** The noun in a language, for `n` units: "phường", "wards", "ward". */
export function nounFor(noun: UnitNoun, n: number, lang: Language): string {
  return lang === 'vi' ? noun.vi : n === 1 ? noun.enOne : noun.en;
}
