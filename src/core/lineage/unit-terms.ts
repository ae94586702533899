/**
 * The words that name the sub-units a question asks about ("những phường", "các xã, phường",
 * "communes and wards", "quận huyện"), read on folded text, and what each asks for: a whole level
 * (as officials use "xã" and "huyện": "cấp xã" counts wards and townships too) or some types.
 */
import type { Unit, UnitLevel } from '../types.js';

/** Sub-units asked for: a whole level (`typeCodes` null), some types, or, with both null, the next level down. */
export interface AskedUnits {
  readonly level: UnitLevel | null;
  readonly typeCodes: readonly string[] | null;
}

interface Term {
  readonly body: string;
  readonly level: UnitLevel | null;
  readonly typeCodes: readonly string[] | null;
}

const CITY_TYPES = ['provincial_city', 'municipal_city'] as const;
const ADMIN = '(?:don\\s+vi\\s+(?:hanh\\s+chinh\\s+)?|dvhc\\s+)?';

/** Longest first: the first alternative that matches at a position wins. */
const TERMS: readonly Term[] = [
  { body: `${ADMIN}cap\\s+xa|commune[\\s-]+level(?:\\s+units?)?`, level: 'commune', typeCodes: null },
  { body: `${ADMIN}cap\\s+huyen|district[\\s-]+level(?:\\s+units?)?`, level: 'district', typeCodes: null },
  { body: `${ADMIN}cap\\s+tinh|provincial[\\s-]+level(?:\\s+units?)?`, level: 'province', typeCodes: null },
  { body: 'don\\s+vi\\s+hanh\\s+chinh|don\\s+vi|dvhc|(?:administrative\\s+)?(?:sub)?units?|subdivisions?', level: null, typeCodes: null },
  // "tỉnh thành" is everyday speech for provinces and cities; "tỉnh Thanh Hóa" is a province's name.
  { body: 'tinh\\s*(?:[,/&-]\\s*|\\s+va\\s+)?(?:thanh\\s+pho|tp|thanh(?!\\s+hoa(?![\\p{L}\\p{N}])))', level: 'province', typeCodes: null },
  { body: 'thi\\s+xa|district[\\s-]+level\\s+towns?', level: 'district', typeCodes: ['district_level_town'] },
  { body: 'thi\\s+tran|townships?', level: 'commune', typeCodes: ['commune_level_town'] },
  { body: 'dac\\s+khu|special\\s+(?:administrative\\s+)?zones?', level: 'commune', typeCodes: ['special_administrative_region'] },
  { body: 'thanh\\s+pho(?:\\s+thuoc\\s+tinh)?|tp|cities', level: 'district', typeCodes: CITY_TYPES },
  { body: 'urban\\s+districts?|quan', level: 'district', typeCodes: ['urban_district'] },
  { body: 'rural\\s+districts?', level: 'district', typeCodes: ['district'] },
  { body: 'huyen|districts?', level: 'district', typeCodes: null },
  { body: 'towns?', level: null, typeCodes: ['district_level_town', 'commune_level_town'] },
  { body: 'tinh|provinces?', level: 'province', typeCodes: null },
  { body: 'xa|communes?', level: 'commune', typeCodes: null },
  { body: 'phuong|wards?', level: 'commune', typeCodes: ['ward'] },
];

const TERM_BODY = TERMS.map((t) => t.body).join('|');
const JOINER = '(?:\\s*[,/&-]\\s*|\\s+(?:(?:va|and|hoac|or|hay)\\s+)?)';

/** A run of sub-unit words ("xã, phường và thị trấn"), as a regular-expression body over folded text. */
export const UNIT_TERMS_BODY = `(?:${TERM_BODY})(?:${JOINER}(?:${TERM_BODY})(?![\\p{L}\\p{N}]))*`;

const TERM_AT = TERMS.map((t) => ({ term: t, re: new RegExp(`(?:${t.body})(?![\\p{L}\\p{N}])`, 'uy') }));
const JOINER_AT = new RegExp(JOINER, 'uy');

/** What a run of sub-unit words asks for, and where the words of one level end. */
export interface ReadTerms {
  readonly asked: AskedUnits;
  /** Offset in the folded text just after the last word read (a word of another level stops the run). */
  readonly end: number;
}

/**
 * Reads the run of sub-unit words starting at `from` in folded `text`. A word of another level ends
 * the run ("các xã huyện Nghi Lộc": "huyện" belongs to the place); null when no word starts there.
 */
export function readTerms(text: string, from: number): ReadTerms | null {
  const read: Term[] = [];
  let at = from;
  let end = from;
  for (;;) {
    const hit = termAt(text, at);
    if (!hit) break;
    const level = read.find((t) => t.level !== null)?.level ?? null;
    if (level !== null && hit.term.level !== null && hit.term.level !== level) break;
    read.push(hit.term);
    end = hit.end;
    JOINER_AT.lastIndex = end;
    const joined = JOINER_AT.exec(text);
    if (!joined) break;
    at = end + joined[0].length;
  }
  if (read.length === 0) return null;
  return { asked: combine(read), end };
}

function termAt(text: string, at: number): { term: Term; end: number } | null {
  for (const { term, re } of TERM_AT) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && m[0].length > 0) return { term, end: at + m[0].length };
  }
  return null;
}

/** A whole level wins over its types ("xã, phường" is the commune level). */
function combine(terms: readonly Term[]): AskedUnits {
  const level = terms.find((t) => t.level !== null)?.level ?? null;
  if (terms.some((t) => t.typeCodes === null && (t.level !== null || terms.length === 1))) {
    return { level, typeCodes: null };
  }
  return { level, typeCodes: [...new Set(terms.flatMap((t) => t.typeCodes ?? []))] };
}

/** Whether a unit is one of those asked (level and type); the next level down is the caller's to pick. */
export function isAsked(unit: Pick<Unit, 'level' | 'typeCode'>, asked: AskedUnits): boolean {
  return (asked.level === null || unit.level === asked.level) && (asked.typeCodes === null || asked.typeCodes.includes(unit.typeCode));
}
