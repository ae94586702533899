/**
 * Periods named relative to today, written out against the turn's day so that every reader of the
 * message sees the period itself. Years: "năm nay" → "năm 2026", "năm ngoái" → "năm 2025", "this year" / "so
 * far this year" / "year to date" → "year 2026" (unless a year is written anywhere in the message: "year to date 2021" is 2021's), "last year" →
 * "year 2025", "năm tới" / "năm sau" / "sang năm" / "next year" → "năm 2027". A comparison with "the
 * same period last year" ("cùng kỳ năm ngoái", "compared with last year") is the period asked a year
 * earlier, not last year itself, and is left to the comparison reader; so is "năm trước" (the year
 * before the one asked).
 *
 * A day as of which a figure is asked ("tính đến 30/6/2021", "as of 30.06.2021") is its month
 * ("tính đến 6/2021"); a bare date is left alone.
 *
 * Years counted back: "2 năm trước", "cách đây 3 năm", "năm kia" (two back), "three years ago",
 * "the year before last" (our choice: up to ten; "năm trước" alone is the comparison's, above).
 *
 * Months and quarters (after the years, so that "tháng 6 năm nay" is already "tháng 6 năm 2026"):
 * "tháng này" / "this month" → "tháng 12/2026", "tháng trước" / "last month" the month before,
 * "quý này" / "this quarter", "quý trước" / "last quarter" alike; "tháng 6" or "quý 3" with no year
 * is the latest one begun by today (our choice: in December 2026 "tháng 6" is June 2026, in February
 * 2027 "quý 4" is the fourth quarter of 2026). Only the words spelled out: "T6" is also Friday (thứ 6),
 * "Q3" District 3.
 */

import { quarterOf } from './parse-period.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Our choice: what precedes "last year" / "năm ngoái" when it is the comparison's other side. */
const COMPARED = '(?<!(?:cùng|cung)\\s+(?:kỳ|ky)\\s+)(?<!(?:with|to|than|vs\\.?|versus|against|period|time)\\s+)';

const NUMBERS: Readonly<Record<string, number>> = { hai: 2, ba: 3, bốn: 4, bon: 4, năm: 5, nam: 5, two: 2, three: 3, four: 4, five: 5 };
/** "2", "hai", "two" … up to ten years back or ahead. */
const N = '(\\d{1,2}|hai|ba|bốn|bon|năm|nam|two|three|four|five)';
const count = (word: string | undefined): number => {
  const n = Number(word);
  return Number.isInteger(n) ? n : (NUMBERS[(word ?? '').toLowerCase()] ?? 0);
};

/** Years counted back ("2 năm trước", "cách đây 3 năm", "năm kia", "three years ago", "the year before last"). */
const YEARS_BACK: readonly { readonly re: RegExp; readonly back: (m: string[]) => number; readonly write: (year: number) => string }[] = [
  { re: new RegExp(`${B}(?:cách|cach)\\s+(?:đây|day)\\s+${N}\\s+(?:năm|nam)${E}`, 'giu'), back: (m) => count(m[1]), write: (y) => `năm ${y}` },
  { re: new RegExp(`${B}${N}\\s+(?:năm|nam)\\s+(?:trước|truoc|về\\s+trước)${E}`, 'giu'), back: (m) => count(m[1]), write: (y) => `năm ${y}` },
  { re: new RegExp(`${B}(?:năm|nam)\\s+kia${E}`, 'giu'), back: () => 2, write: (y) => `năm ${y}` },
  { re: new RegExp(`${B}${N}\\s+years?\\s+(?:ago|back|earlier)${E}`, 'giu'), back: (m) => count(m[1]), write: (y) => `year ${y}` },
  { re: new RegExp(`${B}(?:the\\s+)?year\\s+before\\s+last${E}`, 'giu'), back: () => 2, write: (y) => `year ${y}` },
];

/**
 * A day given as the date a figure is asked at ("tính đến 30/6/2021", "đến hết ngày 31-12-2024", "as
 * of 30.06.2021"): the month it falls in, which is how a level on a date is answered. A bare date is
 * left alone: a submission's period must be a period ("nop 1/7/2025" is refused, not guessed).
 */
const AS_OF_DATE = new RegExp(
  `${B}((?:(?:tính|tinh)\\s+)?(?:đến|den|tới|toi)\\s+(?:(?:hết|het)\\s+)?(?:(?:ngày|ngay)\\s+)?|(?:as\\s+(?:of|at)|by|on|at\\s+(?:the\\s+)?end\\s+of)\\s+)` +
    '(?:0?[1-9]|[12]\\d|3[01])\\s*([/.-])\\s*(0?[1-9]|1[0-2])\\s*\\2\\s*((?:19|20)\\d{2})' +
    E,
  'giu',
);

/**
 * A relative year with the year itself written right after it ("năm ngoái (2023)", "năm nay – tức 2026",
 * "năm ngoái 2023", "last year (2025)"): the year written wins, whatever today is.
 */
const STATED_YEAR = new RegExp(
  `${B}(?:((?:năm|nam)\\s+(?:nay|ngoái|ngoai|tới|toi|sau|trước|truoc))|(?:this|last|next)\\s+year)` +
    '\\s*(?:[(\\[]|[,:–-]?\\s*(?:(?:tức|tuc|là|la|i\\.?e\\.?)[,:]?)?)\\s*(?:(?:năm|nam|year)\\s+)?((?:19|20)\\d{2})\\s*[)\\]]?' +
    E,
  'giu',
);

/** "Year to date" and its like, and a year written anywhere in the message, which it then means. */
const TO_DATE = new RegExp(`${B}(?:(?:so\\s+far\\s+)?this\\s+year|year\\s+to\\s+date|ytd)${E}`, 'giu');
const YEAR_WRITTEN = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])/u;

/** Not followed by a year of its own ("year to date 2021" is 2021's). */
const NO_YEAR_AFTER = '(?!\\s*[,:]?\\s*(?:19|20)\\d{2})';

const RULES: readonly { readonly re: RegExp; readonly offset: number; readonly write: (year: number) => string }[] = [
  { re: new RegExp(`${B}(?:năm|nam)\\s+nay${E}`, 'giu'), offset: 0, write: (y) => `năm ${y}` },
  { re: new RegExp(`${B}${COMPARED}(?:năm|nam)\\s+(?:ngoái|ngoai)${E}`, 'giu'), offset: -1, write: (y) => `năm ${y}` },
  // Read after any year written has taken "year to date" away (resolveRelativePeriods).
  { re: TO_DATE, offset: 0, write: (y) => `year ${y}` },
  { re: new RegExp(`${B}${COMPARED}last\\s+year${E}`, 'giu'), offset: -1, write: (y) => `year ${y}` },
  {
    re: new RegExp(`${B}(?<!\\d\\s*)(?:(?:năm|nam)\\s+(?:tới|toi|sau|kế\\s+tiếp|ke\\s+tiep)|sang\\s+(?:năm|nam))${E}${NO_YEAR_AFTER}`, 'giu'),
    offset: 1,
    write: (y) => `năm ${y}`,
  },
  { re: new RegExp(`${B}(?:next|(?:the\\s+)?coming|the\\s+following)\\s+year${E}`, 'giu'), offset: 1, write: (y) => `year ${y}` },
];

/** Not the other side of a comparison ("so với tháng trước", "than last month"). */
const NOT_COMPARED = '(?<!(?:với|voi|than|with|to|vs\\.?|versus|against)\\s+)';
const MONTH = '(?:tháng|thang)';
const QUARTER = '(?:quý|quy)';
/** What may follow a month or a quarter and give its year ("tháng 6/2025", "quý 3 năm 2024"). */
const HAS_YEAR = '(?!\\s*(?:[/,-]\\s*)?(?:(?:năm|nam|of|in)\\s+)?\\d)';

/** A month or quarter: its number in the year and the year. */
interface Part {
  readonly index: number;
  readonly year: number;
}

/** The part `back` parts before today's (months: 12 a year, quarters: 4). */
function partBefore(now: Part, back: number, perYear: number): Part {
  const n = now.year * perYear + now.index - 1 - back;
  return { index: (n % perYear) + 1, year: Math.floor(n / perYear) };
}

/** The latest part numbered `index` begun by `now`: this year's, else last year's. */
function latestNumbered(now: Part, index: number): Part {
  return { index, year: index <= now.index ? now.year : now.year - 1 };
}

const PART_RULES: readonly { readonly re: RegExp; readonly write: (m: string[], month: Part, quarter: Part) => string | null }[] = [
  { re: new RegExp(`${B}${MONTH}\\s+(?:này|nay)${E}`, 'giu'), write: (_, month) => monthText(month) },
  { re: new RegExp(`${B}this\\s+month${E}`, 'giu'), write: (_, month) => monthEn(month) },
  { re: new RegExp(`${B}${NOT_COMPARED}${MONTH}\\s+(?:trước|truoc)${E}`, 'giu'), write: (_, month) => monthText(partBefore(month, 1, 12)) },
  { re: new RegExp(`${B}${NOT_COMPARED}last\\s+month${E}`, 'giu'), write: (_, month) => monthEn(partBefore(month, 1, 12)) },
  { re: new RegExp(`${B}${QUARTER}\\s+(?:này|nay)${E}`, 'giu'), write: (_, _m, quarter) => quarterText(quarter) },
  { re: new RegExp(`${B}this\\s+quarter${E}`, 'giu'), write: (_, _m, quarter) => quarterEn(quarter) },
  { re: new RegExp(`${B}${NOT_COMPARED}${QUARTER}\\s+(?:trước|truoc)${E}`, 'giu'), write: (_, _m, quarter) => quarterText(partBefore(quarter, 1, 4)) },
  { re: new RegExp(`${B}${NOT_COMPARED}last\\s+quarter${E}`, 'giu'), write: (_, _m, quarter) => quarterEn(partBefore(quarter, 1, 4)) },
  {
    re: new RegExp(`${B}${MONTH}\\s*(\\d{1,2})${E}${HAS_YEAR}`, 'giu'),
    write: ([, n], month) => (Number(n) >= 1 && Number(n) <= 12 ? monthText(latestNumbered(month, Number(n))) : null),
  },
  {
    re: new RegExp(`${B}${QUARTER}\\s*([1-4]|iv|iii|ii|i)${E}${HAS_YEAR}`, 'giu'),
    write: ([, n = ''], _, quarter) => quarterText(latestNumbered(quarter, quarterOf(n.toLowerCase()))),
  },
];

const monthText = (p: Part) => `tháng ${p.index}/${p.year}`;
const quarterText = (p: Part) => `quý ${p.index}/${p.year}`;
const monthEn = (p: Part) => `${p.index}/${p.year}`;
const quarterEn = (p: Part) => `Q${p.index}/${p.year}`;

/** The text with its relative periods written out for `today` (YYYY-MM-DD, Viet Nam's date). */
export function resolveRelativePeriods(text: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const monthIndex = Number(today.slice(5, 7));
  if (!Number.isInteger(year) || !(monthIndex >= 1 && monthIndex <= 12)) return text;
  let out = text.replace(STATED_YEAR, (_: string, vi: string | undefined, y: string) => (vi ? `năm ${y}` : `year ${y}`));
  out = out.replace(AS_OF_DATE, (_: string, lead: string, _sep: string, month: string, y: string) => `${lead}${Number(month)}/${y}`);
  for (const rule of YEARS_BACK) {
    out = out.replace(rule.re, (...m: string[]) => {
      const back = rule.back(m);
      return back >= 1 && back <= 10 ? rule.write(year - back) : (m[0] as string);
    });
  }
  // "target in 2021? YTD figure pls": "so far" of the year written, not of this one.
  if (YEAR_WRITTEN.test(out)) out = out.replace(TO_DATE, ' ');
  for (const rule of RULES) out = out.replace(rule.re, () => rule.write(year + rule.offset));
  const month = { index: monthIndex, year };
  const quarter = { index: Math.ceil(monthIndex / 3), year };
  for (const rule of PART_RULES) out = out.replace(rule.re, (...m: string[]) => rule.write(m, month, quarter) ?? (m[0] as string));
  return out;
}
