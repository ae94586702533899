/**
 * Finds the country named as a place: "cả nước", "toàn quốc", "Việt Nam"/"Vietnam"/"Viet Nam",
 * "nationwide", "national", "the whole country", "the country". Read on folded text, whole words only, so that
 * "Cái Nước" (a district and a commune of Cà Mau) and words that merely contain the letters
 * ("international", "Vietnamese") do not count.
 *
 * Two guards keep place names out:
 * - a Vietnamese phrase typed with diacritics must carry the phrase's own marks: "Cà Nước" is not
 *   "cả nước" (typed without any mark, the phrase is taken at its word);
 * - "Việt Nam" written as two words is not the country where it splits into the ends of two unit
 *   names, "… Việt" before and "Nam …" after ("xã Đồng Việt Nam Định"); the caller says which
 *   words name a unit. One side alone is not enough: "Việt Nam có …" is the country, though
 *   "Nậm Có" folds to "nam co".
 */
import { fold, hasVietnameseMarks, markKey, rawWords } from '../text/fold.js';
import { foldWithMap, originalSpan } from '../text/folded-text.js';
import { wordRe } from '../text/text-cutter.js';
import type { UnitIndex } from '../units/unit-index.js';

/** Which phrase named the country. */
export type CountryPhrase = 'ca-nuoc' | 'toan-quoc' | 'viet-nam' | 'english';

/** Where the country was named: the phrase, and its span in the original text. */
export interface CountryMention {
  readonly phrase: CountryPhrase;
  /** The words as typed ("cả nước", "Vietnam's" → "Vietnam"). */
  readonly typed: string;
  readonly start: number;
  readonly end: number;
}

/** What the caller knows about unit names, to keep "Việt Nam" out of them. */
export interface FindCountryOptions {
  /** True when words as typed ("Đồng Việt", "nam dinh") are some unit's whole name. */
  readonly isUnitName?: (words: string) => boolean;
}

interface Rule {
  readonly phrase: CountryPhrase;
  readonly re: RegExp;
  /** The phrase spelled with its marks; a marked spelling must match it. Absent for English. */
  readonly marked?: string;
}

const RULES: readonly Rule[] = [
  { phrase: 'ca-nuoc', re: wordRe('ca\\s+nuoc'), marked: 'cả nước' },
  { phrase: 'toan-quoc', re: wordRe('toan\\s+quoc'), marked: 'toàn quốc' },
  { phrase: 'viet-nam', re: wordRe('viet\\s*nam'), marked: 'việt nam' },
  {
    phrase: 'english',
    re: wordRe(
      'nation\\s*-?\\s*wide|country\\s*-?\\s*wide|nationally|national|(?:the\\s+)?(?:whole|entire)\\s+country|' +
        'across\\s+the\\s+country|all\\s+over\\s+the\\s+country|the\\s+country',
    ),
  },
];

/** The first mention of the country in `text`, or null. Never throws. */
export function findCountry(text: string, options: FindCountryOptions = {}): CountryMention | null {
  if (typeof text !== 'string' || text === '') return null;
  const original = text.normalize('NFC');
  const folded = foldWithMap(original);
  let best: CountryMention | null = null;
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded.text); m; m = rule.re.exec(folded.text)) {
      const span = originalSpan(folded, m.index, m.index + m[0].length);
      if (!span) continue;
      const typed = original.slice(span[0], span[1]);
      if (!spelledAs(typed, rule)) continue;
      if (rule.phrase === 'viet-nam' && splitsIntoNames(original, span, options.isUnitName)) continue;
      if (!best || span[0] < best.start) best = { phrase: rule.phrase, typed, start: span[0], end: span[1] };
      break;
    }
  }
  return best;
}

/** The text with the country's words taken out (for reading what else the question names). */
export function withoutCountry(text: string, mention: CountryMention): string {
  const normalised = text.normalize('NFC');
  return `${normalised.slice(0, mention.start)} ${normalised.slice(mention.end)}`.replace(/\s+/gu, ' ').trim();
}

function spelledAs(typed: string, rule: Rule): boolean {
  if (rule.marked === undefined) return /^[\x20-\x7e]+$/.test(typed);
  if (!hasVietnameseMarks(typed)) return true;
  return markKey(typed) === markKey(rule.marked);
}

/** Whether the two words of "Việt Nam" end one unit name and start another. */
function splitsIntoNames(original: string, span: readonly [number, number], isUnitName?: (words: string) => boolean): boolean {
  const phrase = rawWords(original.slice(span[0], span[1]));
  const [viet, nam] = phrase;
  if (!isUnitName || phrase.length !== 2 || viet === undefined || nam === undefined) return false;
  const before = rawWords(original.slice(0, span[0]));
  const after = rawWords(original.slice(span[1]));
  const endsName = [1, 2, 3].some((n) => n <= before.length && isUnitName([...before.slice(-n), viet].join(' ')));
  const startsName = [1, 2, 3].some((n) => n <= after.length && isUnitName([nam, ...after.slice(0, n)].join(' ')));
  return endsName && startsName;
}

/** The `isUnitName` of an index: the words name a unit, with the unit's own marks when typed with marks. */
export function unitNameTest(index: Pick<UnitIndex, 'unitsNamed' | 'nameMarks'>): (words: string) => boolean {
  return (words) => {
    const named = index.unitsNamed(fold(words));
    if (!hasVietnameseMarks(words)) return named.length > 0;
    const key = markKey(words);
    return named.some((unit) => index.nameMarks(unit) === key);
  };
}
