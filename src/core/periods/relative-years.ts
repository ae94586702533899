/**
 * Years named relative to today, written out against the turn's day so that every reader of the
 * message sees the year itself: "năm nay" → "năm 2026", "năm ngoái" → "năm 2025", "this year" / "so
 * far this year" / "year to date" → "year 2026", "last year" → "year 2025". A comparison with "the
 * same period last year" ("cùng kỳ năm ngoái", "compared with last year") is the period asked a year
 * earlier, not last year itself, and is left to the comparison reader; so is "năm trước" (the year
 * before the one asked).
 */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Our choice: what precedes "last year" / "năm ngoái" when it is the comparison's other side. */
const COMPARED = '(?<!(?:cùng|cung)\\s+(?:kỳ|ky)\\s+)(?<!(?:with|to|than|vs\\.?|versus|against|period|time)\\s+)';

const RULES: readonly { readonly re: RegExp; readonly offset: number; readonly write: (year: number) => string }[] = [
  { re: new RegExp(`${B}(?:năm|nam)\\s+nay${E}`, 'giu'), offset: 0, write: (y) => `năm ${y}` },
  { re: new RegExp(`${B}${COMPARED}(?:năm|nam)\\s+(?:ngoái|ngoai)${E}`, 'giu'), offset: -1, write: (y) => `năm ${y}` },
  { re: new RegExp(`${B}(?:(?:so\\s+far\\s+)?this\\s+year|year\\s+to\\s+date|ytd)${E}`, 'giu'), offset: 0, write: (y) => `year ${y}` },
  { re: new RegExp(`${B}${COMPARED}last\\s+year${E}`, 'giu'), offset: -1, write: (y) => `year ${y}` },
];

/** The text with its relative years written out for `today` (YYYY-MM-DD, Viet Nam's date). */
export function resolveRelativeYears(text: string, today: string): string {
  const year = Number(today.slice(0, 4));
  if (!Number.isInteger(year)) return text;
  let out = text;
  for (const rule of RULES) out = out.replace(rule.re, () => rule.write(year + rule.offset));
  return out;
}
