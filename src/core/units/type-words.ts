/**
 * The words people put before (or, in English, after) a place name to say what kind of unit they
 * mean: "TP Vinh", "huyện Châu Thành", "Gia Lai province". Each restricts the candidates.
 */
import { foldTokens, rawWords } from '../text/fold.js';
import type { Unit } from '../types.js';

/** A type word: its folded tokens, its accented form, and which units it can name. */
export interface TypeWord {
  /** Folded tokens: "t p" is the two tokens of "T.P". */
  readonly tokens: readonly string[];
  /** How it is written with marks, to tell "phường" from the name "Phương"; null when unaccented. */
  readonly accented: string | null;
  /** English words may also follow the name ("Vinh city"). */
  readonly mayFollow: boolean;
  readonly accepts: (unit: Unit) => boolean;
}

/** The unit's type, or the one it had before its type changed ("xã Long Thành" still names Phường Long Thành). */
const hasType =
  (...typeCodes: string[]) =>
  (unit: Unit): boolean =>
    typeCodes.includes(unit.typeCode) || (unit.typeChange !== undefined && typeCodes.includes(unit.typeChange.typeCode));
const isProvince = (unit: Unit): boolean => unit.level === 'province';

const CITY = hasType('provincial_city', 'municipality', 'municipal_city');
const TOWN = hasType('district_level_town');
const URBAN_DISTRICT = hasType('urban_district');
const RURAL_DISTRICT = hasType('district');
const COMMUNE = hasType('commune');
const WARD = hasType('ward');
const TOWNSHIP = hasType('commune_level_town');
const SPECIAL_ZONE = hasType('special_administrative_region');

function word(text: string, accepts: (unit: Unit) => boolean, accented: string | null = null): TypeWord {
  return { tokens: text.split(' '), accented, mayFollow: false, accepts };
}

function english(text: string, accepts: (unit: Unit) => boolean): TypeWord {
  return { tokens: text.split(' '), accented: null, mayFollow: true, accepts };
}

/** Every type word, longest first so that "thanh pho" is tried before a one-token word. */
export const TYPE_WORDS: readonly TypeWord[] = [
  word('thanh pho', CITY, 'thành phố'),
  word('t p', CITY),
  word('tp', CITY),
  english('city', CITY),
  english('municipality', hasType('municipality')),
  word('thi xa', TOWN, 'thị xã'),
  word('tx', TOWN),
  word('thi tran', TOWNSHIP, 'thị trấn'),
  word('tt', TOWNSHIP),
  english('town', (unit) => TOWN(unit) || TOWNSHIP(unit)),
  english('township', TOWNSHIP),
  word('quan', URBAN_DISTRICT, 'quận'),
  word('q', URBAN_DISTRICT),
  word('huyen', RURAL_DISTRICT, 'huyện'),
  word('h', RURAL_DISTRICT),
  english('district', (unit) => RURAL_DISTRICT(unit) || URBAN_DISTRICT(unit)),
  word('tinh', isProvince, 'tỉnh'),
  english('province', isProvince),
  word('xa', COMMUNE, 'xã'),
  english('commune', COMMUNE),
  word('phuong', WARD, 'phường'),
  word('p', WARD),
  english('ward', WARD),
  word('dac khu', SPECIAL_ZONE, 'đặc khu'),
  english('special zone', SPECIAL_ZONE),
].sort((a, b) => b.tokens.length - a.tokens.length);

/**
 * Informal spellings rewritten to the words of the name before parsing, with the name's own marks (a
 * name typed with marks is that name, not one spelled alike without them); the data carries no
 * abbreviations of names, so only the few everyone uses are here.
 */
export const TOKEN_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['tphcm', ['tp', 'Hồ', 'Chí', 'Minh']],
  ['hcm', ['Hồ', 'Chí', 'Minh']],
  ['hcmc', ['tp', 'Hồ', 'Chí', 'Minh']],
  ['tphn', ['tp', 'Hà', 'Nội']],
  // Hải Phòng's initials also in lower case: unlike "hn" (hôm nay) they are no everyday texting word.
  ['hp', ['Hải', 'Phòng']],
  // The English spellings of the centrally-run cities, written as one word.
  ['hanoi', ['Hà', 'Nội']],
  ['danang', ['Đà', 'Nẵng']],
  ['haiphong', ['Hải', 'Phòng']],
  ['cantho', ['Cần', 'Thơ']],
]);

/** Abbreviations of names written with a hyphen or none, spelled out before the words are split: "BR-VT", "brvt". */
export const NAME_ABBREVIATIONS: readonly { readonly re: RegExp; readonly name: string }[] = [
  { re: /(?<![\p{L}\p{N}])br\s*[-–.]?\s*vt(?![\p{L}\p{N}])/giu, name: 'Bà Rịa Vũng Tàu' },
];

/**
 * Abbreviations of city names that officials write in capitals ("BHXH HN", "số liệu HP"), read only
 * in capitals: in lower case "hn" is also texting for "hôm nay" (today). Our choice: the three that
 * everyone reads one way, and the initials of the provinces whose figures are seeded; "ĐN" (Đà Nẵng,
 * Đồng Nai) and the like are left to be written out.
 */
export const CAPITAL_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['HN', ['Hà', 'Nội']],
  ['HP', ['Hải', 'Phòng']],
  ['SG', ['Hồ', 'Chí', 'Minh']],
  // The provinces of the seed documents, as their officials write them in a group chat ("BHYT BK",
  // "so sánh HP vs GL"). "TN" is left out: it is also "tự nguyện" (BHXH TN).
  ['BK', ['Bắc', 'Kạn']],
  ['GL', ['Gia', 'Lai']],
  ['NA', ['Nghệ', 'An']],
  ['HT', ['Hà', 'Tĩnh']],
]);

/**
 * Whether `typed`, words read as a place's name, were typed plainly as one: with its capitals ("Cổ Bi"),
 * or right after a type word ("xã cổ bi", "TP Vinh"; English ones after: "vinh city"). Words of a
 * sentence that happen to be a name ("thì có bị tính trễ hạn", "4/7 hay 5/7") are neither.
 */
export function typedAsName(text: string, typed: string): boolean {
  const words = rawWords(typed).filter((w) => /\p{L}/u.test(w));
  if (words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w))) return true;
  const all = foldTokens(text);
  const name = foldTokens(typed);
  if (name.length === 0) return false;
  for (let at = 0; at + name.length <= all.length; at++) {
    if (!name.every((token, i) => all[at + i] === token)) continue;
    if (TYPE_WORDS.some((t) => t.tokens.every((token, i) => all[at - t.tokens.length + i] === token))) return true;
    if (TYPE_WORDS.some((t) => t.mayFollow && t.tokens.every((token, i) => all[at + name.length + i] === token))) return true;
    if (TYPE_WORDS.some((t) => t.tokens.every((token, i) => name[i] === token) && t.tokens.length < name.length)) return true;
  }
  return false;
}
