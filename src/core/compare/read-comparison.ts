/**
 * Reads what makes a question a comparison: "so sánh", "so với", "compare", "vs", "khác nhau",
 * "cao hơn", "which has the higher …", and, for one place over time, what it is compared with
 * ("so với cùng kỳ năm trước", "so với năm 2021", "compared with last year"). Pure, over folded text.
 *
 * Two strengths of wording:
 * - explicit ("so sánh", "so với …", "compare", "vs", "cùng kỳ"): a comparison whatever else the
 *   question names; with one place, a comparison over time;
 * - comparative ("khác nhau", "chênh lệch", "cao hơn", "higher", "A hay B"): a comparison only
 *   between places; with one place it is a question about a target ("có cao hơn chỉ tiêu không?"),
 *   which the coverage answer already answers.
 * "So với chỉ tiêu" / "compared with the target" compares a figure with its target, not places.
 */

import { type PeriodRequest, parsePeriod } from '../periods/parse-period.js';
import { BASIS_AFTER_BODY, TARGET_AFTER_BODY } from '../query/vocabulary.js';
import { type FoldedText, foldWithMap, originalSpan } from '../text/folded-text.js';
import { wordRe } from '../text/text-cutter.js';

/** What a question's comparison words say. */
export interface ComparisonWords {
  /** Explicit comparison words: "so sánh", "so với" (not with a target), "compare", "vs", "cùng kỳ". */
  readonly explicit: boolean;
  /** Comparative words that compare places only: "khác nhau", "cao hơn", "higher", "hay". */
  readonly comparative: boolean;
  /** What one place is compared with over time, when the question says. */
  readonly against: Against | null;
}

/**
 * What a figure is compared with over time: a period named after "so với" / "compared with"
 * ("so với năm 2021"), the same period a year earlier ("cùng kỳ năm trước", "year on year"), or
 * the figure before it ("kỳ trước", "previous period").
 */
export type Against =
  | { readonly kind: 'period'; readonly period: Extract<PeriodRequest, { kind: 'code' }> }
  | { readonly kind: 'same-period-last-year' }
  | { readonly kind: 'previous' };

/**
 * "so với" / "compared with", unless a target, the figure's basis ("so với dân số") or a count or level
 * the writer quotes ("so với 31.455 người hiện có", "vs 9%") follows.
 */
const QUOTED = '\\s+\\d[\\d.,]*\\s*(?:nguoi|ng|lao\\s+dong|ld|%)';
const VERSUS = `(?:so\\s+voi|compared\\s+(?:with|to)|vs\\.?|versus|against)(?!${TARGET_AFTER_BODY}|${BASIS_AFTER_BODY}|${QUOTED})`;
const EXPLICIT = wordRe(
  [
    'so\\s+sanh',
    `compare[sd]?(?!\\s+(?:with|to|against)(?:${TARGET_AFTER_BODY}|${BASIS_AFTER_BODY}))`,
    'comparing',
    'comparison',
    VERSUS,
    'cung\\s+ky',
    'same\\s+period',
    'year[\\s-]+on[\\s-]+year',
    'yoy',
  ].join('|'),
);
/** Words that set two figures against each other ("khác biệt", "cao hơn", "higher"), after "khác nhau". */
const DIFFERENCE_WORDS = [
  'khac\\s+biet',
  'chenh\\s+lech',
  'chenh\\s+nhau',
  'hon\\s+nhau',
  'difference',
  'differ(?:s|ent)?',
  '(?:cao|thap|nhieu|it|lon|nho|tot|kem)\\s+hon',
  'hon\\s+kem',
  'higher',
  'lower',
  'greater',
  'bigger',
  'larger',
  'smaller',
  'better',
  'worse',
  'more',
  'less',
];

const COMPARATIVE = wordRe(['khac\\s+nhau', ...DIFFERENCE_WORDS, 'hay', 'or'].join('|'));
const DIFFERENCE_RE = wordRe(['khac\\s+nhau', ...DIFFERENCE_WORDS].join('|'));

const SAME_PERIOD_LAST_YEAR = wordRe(
  [
    'cung\\s+ky(?:\\s+(?:nam\\s+(?:truoc|ngoai)|nam\\s+ngoai))?',
    'same\\s+period(?:\\s+(?:of\\s+)?(?:last|the\\s+previous|previous)\\s+year)?',
    'year[\\s-]+on[\\s-]+year',
    'yoy',
    'nam\\s+(?:truoc|ngoai)',
    '(?:last|previous|prior)\\s+year',
    'a\\s+year\\s+(?:ago|earlier|before)',
  ].join('|'),
);
const PREVIOUS = wordRe(
  ['ky\\s+truoc', 'lan\\s+truoc', 'truoc\\s+do', 'ky\\s+lien\\s+truoc', '(?:previous|last|prior)\\s+(?:period|report|figures?)'].join('|'),
);
const VERSUS_RE = wordRe(VERSUS);
/**
 * Two years joined ("năm 2021 với năm 2030", "2021 and 2030", "từ 2023 đến 2025", "from 2023 to 2025"):
 * the second is what the first is set against.
 */
const YEAR_PAIR = /(?<![\p{L}\p{N}])(?:nam\s+)?(?:19|20)\d{2}\s+(?:voi|va|and|&|den|toi|to)\s+(?:nam\s+)?((?:19|20)\d{2})(?![\p{L}\p{N}])/u;
/** A change between two years asked: "tăng bao nhiêu", "rise", "gấp mấy lần", "how many times". */
const CHANGE_RE = wordRe(
  'tang|giam|rises?|rose|risen|increase[sd]?|grows?|grew|grown|go(?:es)?\\s+up|went\\s+up|changes?|changed|gap\\s+(?:may|bao\\s+nhieu)\\s+lan|how\\s+many\\s+times',
);

/**
 * The comparison words of a message; null when it has none. Two years joined and a word of difference
 * or change ("chỉ tiêu năm 2021 với năm 2030 chênh nhau bao nhiêu", "từ 2023 đến 2025 tăng bao nhiêu")
 * compare one place over time, as "so với" does.
 */
export function readComparison(text: string): ComparisonWords | null {
  const map = foldWithMap(text);
  const comparative = test(COMPARATIVE, map.text);
  const change = test(CHANGE_RE, map.text);
  const paired = comparative || change ? (YEAR_PAIR.exec(map.text)?.[1] ?? (change ? secondYear(map.text) : null)) : null;
  const explicit = test(EXPLICIT, map.text) || (paired !== null && (change || test(DIFFERENCE_RE, map.text)));
  if (!explicit && !comparative) return null;
  const against: Against | null = paired ? { kind: 'period', period: { kind: 'code', code: paired } } : null;
  return { explicit, comparative, against: readAgainst(text, map) ?? against };
}

/** Two different years anywhere, asked with a word of change ("mục tiêu 2030 … gấp mấy lần năm 2021"): the second. */
function secondYear(folded: string): string | null {
  const years = [...folded.matchAll(ANY_YEAR)].map((m) => m[0]);
  return years.find((y) => y !== years[0]) ?? null;
}
const ANY_YEAR = /(?<![\p{L}\p{N}/])(?:19|20)\d{2}(?![\p{L}\p{N}/])/gu;

function readAgainst(text: string, map: FoldedText): Against | null {
  if (test(SAME_PERIOD_LAST_YEAR, map.text)) return { kind: 'same-period-last-year' };
  if (test(PREVIOUS, map.text)) return { kind: 'previous' };
  VERSUS_RE.lastIndex = 0;
  const versus = VERSUS_RE.exec(map.text);
  const span = versus ? originalSpan(map, versus.index, versus.index + versus[0].length) : null;
  if (span) {
    const after = parsePeriod(text.slice(span[1]));
    if (after?.kind === 'code') return { kind: 'period', period: after };
  }
  return null;
}

function test(re: RegExp, folded: string): boolean {
  re.lastIndex = 0;
  return re.test(folded);
}

/** Words of a comparison that are no place, taken out before places are looked for ("so sánh", "giữa", "which has"). */
export const COMPARISON_FILLER = wordRe(
  [
    'so\\s+sanh',
    'so\\s+voi',
    'compare[sd]?',
    'comparing',
    'comparison',
    'versus',
    'vs\\.?',
    'giua',
    'between',
    'khac\\s+nhau(?:\\s+nhu)?',
    ...DIFFERENCE_WORDS,
    'which(?:\\s+one)?',
    'has',
    'have',
    'does',
    'cung\\s+ky',
    'nam\\s+(?:truoc|ngoai)',
    'ky\\s+truoc',
    'same\\s+period',
    'last\\s+year',
    'previous',
    'year[\\s-]+on[\\s-]+year',
    'ra\\s+sao',
    'noi\\s+nao',
    'ben\\s+nao',
    'tinh\\s+nao',
    'dia\\s+phuong\\s+nao',
  ].join('|'),
);
