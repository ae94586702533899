/**
 * Finds a period expression in free text, Vietnamese or English: "6 tháng đầu năm 2025", "6T/2025",
 * "9 tháng 2021", "Q3/2024", "quý III 2024", "T6/2025", "06/2025", "H1 2025", "nine months 2021",
 * "June 2025", "năm 2024", "latest" / "mới nhất".
 */
import type { PeriodCode } from '../types.js';
import { type PeriodKind, periodCode } from './period-code.js';

/** What a question asks for: the latest figure, or one period. */
export type PeriodRequest = { readonly kind: 'latest' } | { readonly kind: 'code'; readonly code: PeriodCode };

/** A period expression found in folded text, with its position in that text. */
export interface PeriodMatch {
  readonly request: PeriodRequest;
  readonly index: number;
  readonly length: number;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const Y = '((?:19|20)\\d{2})';
/** Between a part and its year: "/", "-", ",", "năm", "of", or just a space. */
const TO_YEAR = '\\s*(?:[/,-]\\s*)?(?:(?:nam|of|in)\\s+)?';
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_MONTH_ALT =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

interface Rule {
  readonly re: RegExp;
  readonly kind: PeriodKind;
  /** Group holding the year. */
  readonly year: number;
  /** Turns the match into a quarter or month number; absent for the other kinds. */
  readonly index?: (m: RegExpExecArray) => number;
}

const rx = (body: string): RegExp => new RegExp(`${B}(?:${body})${E}`, 'gu');

/** Most specific first: "6 tháng 2025" must not be read as the year 2025 alone. */
const RULES: readonly Rule[] = [
  { kind: 'six-months', year: 1, re: rx(`(?:6|sau)\\s*(?:t|th|thang)\\s*(?:dau\\s+nam|dau)?${TO_YEAR}${Y}`) },
  {
    kind: 'six-months',
    year: 1,
    re: rx(
      `(?:h1|1h|(?:the\\s+)?first\\s+half(?:\\s+year)?|1st\\s+half|half\\s*-?\\s*year|(?:first\\s+)?(?:six|6)\\s*months?|6m|nua\\s+(?:dau\\s+)?nam)${TO_YEAR}${Y}`,
    ),
  },
  { kind: 'six-months', year: 1, re: rx(`${Y}\\s*[-/ ]\\s*(?:6m|h1)`) },
  { kind: 'nine-months', year: 1, re: rx(`(?:9|chin)\\s*(?:t|th|thang)\\s*(?:dau\\s+nam|dau)?${TO_YEAR}${Y}`) },
  { kind: 'nine-months', year: 1, re: rx(`(?:(?:the\\s+)?first\\s+)?(?:nine|9)\\s*(?:months?|m)${TO_YEAR}${Y}`) },
  { kind: 'nine-months', year: 1, re: rx(`${Y}\\s*[-/ ]\\s*9m`) },
  { kind: 'quarter', year: 2, index: (m) => quarterOf(m[1]), re: rx(`(?:q|quy|quarter)\\s*([1-4]|iv|iii|ii|i)${TO_YEAR}${Y}`) },
  { kind: 'quarter', year: 2, index: (m) => ORDINAL[m[1] ?? ''] ?? 0, re: rx(`(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter${TO_YEAR}${Y}`) },
  { kind: 'quarter', year: 1, index: (m) => Number(m[2]), re: rx(`${Y}\\s*[-/ ]\\s*q([1-4])`) },
  { kind: 'month', year: 2, index: (m) => Number(m[1]), re: rx(`(?:t|th|thang|month)\\s*(\\d{1,2})${TO_YEAR}${Y}`) },
  { kind: 'month', year: 2, index: (m) => Number(m[1]), re: new RegExp(`(?<![\\p{L}\\p{N}/.])(\\d{1,2})\\s*/\\s*${Y}${E}`, 'gu') },
  { kind: 'month', year: 2, index: (m) => monthOfName(m[1]), re: rx(`(${EN_MONTH_ALT})\\.?${TO_YEAR}${Y}`) },
  { kind: 'month', year: 1, index: (m) => Number(m[2]), re: rx(`${Y}-(0[1-9]|1[0-2])`) },
  { kind: 'year', year: 1, re: new RegExp(`(?<![\\p{L}\\p{N}/.,])(?:(?:fy|year)\\s*)?${Y}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'gu') },
];

const LATEST = rx('moi\\s+nhat|gan\\s+day\\s+nhat|gan\\s+nhat|hien\\s+nay|hien\\s+tai|latest|most\\s+recent|current|now');

/** A quarter's number from its digit or Roman numeral ("3", "iii"); 0 for none. */
export function quarterOf(s: string | undefined): number {
  if (s === undefined) return 0;
  return ROMAN[s] ?? Number(s);
}

function monthOfName(s: string | undefined): number {
  if (s === undefined) return 0;
  return EN_MONTHS.findIndex((name) => name.startsWith(s.slice(0, 3))) + 1;
}

/** Lower case, no diacritics, đ → d; keeps every other character so that positions stay meaningful. */
export function foldForPeriod(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Finds the first period expression in text that is already folded (lower case, no diacritics);
 * an explicit period wins over "latest". Null when there is none.
 */
export function matchPeriod(folded: string): PeriodMatch | null {
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
      const year = Number(m[rule.year]);
      const index = rule.index ? rule.index(m) : 0;
      const valid = rule.kind === 'month' ? index >= 1 && index <= 12 : rule.kind === 'quarter' ? index >= 1 && index <= 4 : true;
      if (valid) {
        return { request: { kind: 'code', code: periodCode({ kind: rule.kind, year, index }) }, index: m.index, length: m[0].length };
      }
    }
  }
  LATEST.lastIndex = 0;
  const latest = LATEST.exec(folded);
  return latest ? { request: { kind: 'latest' }, index: latest.index, length: latest[0].length } : null;
}

/** Reads the first period expression in free text; null when the text names none. */
export function parsePeriod(text: string): PeriodRequest | null {
  return matchPeriod(foldForPeriod(text.slice(0, 300)))?.request ?? null;
}
