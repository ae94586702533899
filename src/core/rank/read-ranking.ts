/**
 * Reads a ranking question: "tỉnh nào thấp nhất", "Tỉnh nào có chỉ tiêu BHXH năm 2025 cao nhất?",
 * "xếp hạng các tỉnh theo tỷ lệ tham gia BHXH", "top 5 xã Nghệ An BHYT", "Which province has the
 * lowest …", "highest … among provinces", "so sánh các tỉnh …". Pure, over folded text.
 *
 * A ranking needs a ranking word ("xếp hạng", "rank", "top N", "từ cao đến thấp") or a superlative
 * ("cao nhất", "highest"), or a comparison of a whole level ("so sánh các tỉnh", "compare provinces").
 * The order is highest first unless the question asks for the lowest. The level is the one the
 * question names with "các / những / nào / which / among" or in the plural ("provinces"); a level
 * word alone ("tỉnh có tỷ lệ cao nhất") counts only when no place is named; none said: the level
 * below the place named, else the provinces.
 */

import { PLACE_ASKED_BODY } from '../query/vocabulary.js';
import { foldWithMap } from '../text/folded-text.js';
import { TextCutter, wordRe } from '../text/text-cutter.js';
import type { UnitLevel } from '../types.js';

/** A ranking question. */
export interface RankingQuestion {
  /** Highest first ('desc') or lowest first ('asc'). */
  readonly order: 'desc' | 'asc';
  /** "top 5": how many to list; null when not said. */
  readonly limit: number | null;
  /** The level named with "các / nào / which / among" or in the plural; null when not said so. */
  readonly level: UnitLevel | null;
  /** A level named by a bare type word ("tỉnh có … cao nhất"), for when no place is named. */
  readonly bareLevel: UnitLevel | null;
  /** The question asks for the one at the top or the bottom ("tỉnh nào cao nhất"), not only the list. */
  readonly superlative: boolean;
  /** A ranking word was used ("xếp hạng", "rank", "top 5"), not only a superlative ("the best"). */
  readonly explicit: boolean;
  /** The place of a unit named is asked ("Bắc Kạn đứng thứ mấy về BHYT", "what rank is Hai Phong"). */
  readonly placeAsked: boolean;
  /**
   * What is ranked: the value (figure or target), or how far each figure is from its target
   * ("tỉnh nào còn cách xa chỉ tiêu BHYT nhất", "furthest from its target": the largest gap first;
   * "gần đạt chỉ tiêu nhất", "closest to target": the smallest).
   */
  readonly measure: 'value' | 'gap';
}

const HIGH = [
  'cao\\s+nhat',
  'nhieu\\s+nhat',
  'lon\\s+nhat',
  'tot\\s+nhat',
  'dan\\s+dau',
  'dung\\s+dau',
  'highest',
  'best',
  // Not "the most recent figure".
  'most(?!\\s+(?:recent|current|up\\s*-?\\s*to\\s*-?\\s*date|updated|latest))',
  'largest',
  'biggest',
  'greatest',
  'leading',
  'leads?(?:\\s+on)?',
  'top',
  'maximum',
  'max',
  'ranks?\\s+first',
  'first\\s+place',
  // "xếp đầu", not "Thủ Dầu Một".
  'xep\\s+dau(?!\\s+mot)',
  'number\\s+one',
  // Not "Thủ Dầu Một", the city.
  '(?:dung\\s+)?(?:thu|hang)\\s+(?:nhat|dau(?!\\s+mot))',
];
const LOW = [
  'thap\\s+nhat',
  'it\\s+nhat',
  'nho\\s+nhat',
  'kem\\s+nhat',
  'dung\\s+cuoi',
  'cuoi\\s+bang',
  'lowest',
  'worst',
  'least',
  'smallest',
  'bottom',
  'minimum',
  'min',
  'ranks?\\s+last',
  'last\\s+place',
  'bet\\s+bang',
  '(?:dung\\s+)?(?:thu|hang)\\s+(?:cuoi|chot)',
  'dung\\s+chot',
  // "xếp cuối", "xếp chót bảng", "đội sổ"; "which province trails", "which lags behind" (a place
  // lagging behind its goal is asked whether it met it).
  'xep\\s+(?:cuoi|chot|bet)(?:\\s+bang)?',
  'doi\\s+so',
  '(?<=(?:which|what)\\s+(?:\\S+\\s+){0,3})(?:trail(?:s|ing)?|lag(?:s|ging)?(?:\\s+behind)?)',
];
const TARGET_WORD = 'chi\\s+tieu|muc\\s+tieu|ke\\s+hoach|kh';
const TARGET_WORD_EN = 'targets?|goals?|plans?';
/** The gap to the target, the largest asked: "còn cách xa chỉ tiêu nhất", "thiếu nhiều nhất so với chỉ tiêu", "furthest from its target". */
const FAR_FROM_TARGET = wordRe(
  [
    `(?:con\\s+)?(?:cach\\s+)?xa\\s+(?:${TARGET_WORD})(?:\\s+\\S+){0,3}?\\s+nhat`,
    `(?:con\\s+)?(?:thieu|hut)\\s+(?:nhieu|xa)\\s+nhat\\s+so\\s+voi\\s+(?:${TARGET_WORD})`,
    `(?:furthest|farthest)\\s+(?:away\\s+)?from\\s+(?:(?:its|their|the)\\s+)?(?:\\S+\\s+){0,3}?(?:${TARGET_WORD_EN})`,
    `(?:biggest|largest|widest)\\s+(?:gap|shortfall)(?:\\s+(?:to|from|against)\\s+(?:(?:its|their|the)\\s+)?(?:${TARGET_WORD_EN}))?`,
    `furthest\\s+behind(?:\\s+(?:its|their|the)\\s+(?:${TARGET_WORD_EN}))?`,
  ].join('|'),
);
/** The gap to the target, the smallest asked: "gần đạt chỉ tiêu nhất", "closest to its target". */
const NEAR_TO_TARGET = wordRe(
  [
    `gan\\s+(?:dat\\s+|voi\\s+|toi\\s+)?(?:${TARGET_WORD})(?:\\s+\\S+){0,3}?\\s+nhat`,
    `(?:closest|nearest)\\s+to\\s+(?:(?:its|their|the)\\s+)?(?:\\S+\\s+){0,3}?(?:${TARGET_WORD_EN})`,
    `(?:smallest|narrowest)\\s+(?:gap|shortfall)`,
  ].join('|'),
);
const HIGH_RE = wordRe(HIGH.join('|'));
const LOW_RE = wordRe(LOW.join('|'));
const RANK_WORDS = wordRe(
  [
    '(?:bang\\s+)?xep\\s+hang',
    'thu\\s+hang',
    'xep\\s+(?:theo\\s+)?thu\\s+tu',
    'rank(?:ing|ings|ed|s)?',
    'league\\s+table',
    'top\\s*\\d{1,2}',
    'tu\\s+cao\\s+(?:den|xuong)\\s+thap',
    'tu\\s+thap\\s+(?:den|len)\\s+cao',
    '(?:sort|order)(?:ed)?\\s+by',
    '(?:highest|lowest)\\s+to\\s+(?:highest|lowest)',
    '(?:xep|dung|o)\\s+(?:thu|hang)\\s+(?:may|bao\\s+nhieu)',
    // A place in the order ("đứng thứ hai", "the second highest"): the whole ranking answers it.
    '(?:xep|dung|o)\\s+(?:thu|hang)\\s+(?:hai|nhi|ba|tu|nam|\\d{1,2})',
    '(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[\\s-]+(?:highest|lowest|best|worst|largest|smallest|place)',
    'hang\\s+may',
    'what\\s+(?:rank|place|position)',
    'which\\s+(?:rank|place|position)',
  ].join('|'),
);
const PLACE_ASKED = wordRe(PLACE_ASKED_BODY);
const ASCENDING = wordRe('tu\\s+thap\\s+(?:den|len)\\s+cao|lowest\\s+to\\s+highest|ascending|bottom\\s*\\d{1,2}');
const COMPARE = '(?:so\\s+sanh|compare|comparing|comparison\\s+of)';

const LEVEL_WORDS: Readonly<Record<UnitLevel, string>> = {
  province: '(?:tinh(?:\\s*,?\\s*thanh(?:\\s+pho)?)?|thanh\\s+pho|tp|provinces?|cities|city)',
  district: '(?:quan(?:\\s*,?\\s*huyen)?|huyen|thi\\s+xa|districts?|towns?)',
  // "địa phương" (a locality) is no ward.
  commune: '(?:xa(?:\\s*,?\\s*phuong)?|(?<!dia\\s)phuong|thi\\s+tran|dac\\s+khu|communes?|wards?)',
};
const LEVELS: readonly UnitLevel[] = ['commune', 'district', 'province'];
const PLURAL = '(?:cac|nhung|moi|tung|trong\\s+cac|giua\\s+cac|among(?:\\s+(?:the|all))?|all(?:\\s+the)?|of\\s+the|across)';
const EN_PLURAL: Readonly<Record<UnitLevel, string>> = { province: 'provinces', district: 'districts', commune: 'communes|wards' };

/** "các tỉnh", "tỉnh nào", "which province", "among provinces", "provinces". */
function levelPhrase(level: UnitLevel): string {
  const w = LEVEL_WORDS[level];
  return `${PLURAL}\\s+${w}|${w}\\s+nao(?:\\s+co)?|which\\s+${w}(?:\\s+(?:has|have|had|is|are|was))?|${EN_PLURAL[level]}`;
}
const LEVEL_RES = LEVELS.map((level) => ({ level, re: wordRe(levelPhrase(level)), bare: wordRe(LEVEL_WORDS[level]) }));
const COMPARE_RE = wordRe(COMPARE);
const PLURAL_LEVEL = wordRe(LEVELS.map((l) => `${PLURAL}\\s+${LEVEL_WORDS[l]}|${EN_PLURAL[l]}`).join('|'));
const TOP_N =
  /(?<![\p{L}\p{N}])(?:top|bottom)\s*(\d{1,2})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(\d{1,2})\s+(?:tinh|xa|huyen|phuong|quan|provinces|communes|districts|wards)(?![\p{L}\p{N}])/u;

/** Reads a ranking question; null when the message does not ask for one. */
export function readRanking(text: string): RankingQuestion | null {
  const folded = foldWithMap(text).text;
  const far = test(FAR_FROM_TARGET, folded);
  const near = !far && test(NEAR_TO_TARGET, folded);
  const high = far || test(HIGH_RE, folded);
  const low = near || test(LOW_RE, folded);
  const ranked = test(RANK_WORDS, folded) || (test(COMPARE_RE, folded) && test(PLURAL_LEVEL, folded));
  if (!high && !low && !ranked) return null;
  const topN = TOP_N.exec(folded);
  const limit = topN ? Number(topN[1] ?? topN[2]) : null;
  const order = near || (!far && (test(ASCENDING, folded) || (low && !(high && firstIndex(HIGH_RE, folded) < firstIndex(LOW_RE, folded))))) ? 'asc' : 'desc';
  const level = earliest(LEVEL_RES.map((l) => ({ level: l.level, at: firstIndex(l.re, folded) })));
  const bareLevel = earliest(LEVEL_RES.map((l) => ({ level: l.level, at: firstIndex(l.bare, folded) })));
  return {
    order,
    limit: limit !== null && limit > 0 ? limit : null,
    level,
    bareLevel,
    superlative: high || low,
    explicit: ranked,
    placeAsked: test(PLACE_ASKED, folded),
    measure: far || near ? 'gap' : 'value',
  };
}

/** Words of a ranking that are no place ("xếp hạng", "các tỉnh", "tỉnh nào có", "cao nhất", "theo"). */
export function withoutRankingWords(text: string): string {
  const work = new TextCutter(text);
  for (const { re } of LEVEL_RES) work.cutAll(re);
  work.cutAll(FAR_FROM_TARGET);
  work.cutAll(NEAR_TO_TARGET);
  work.cutAll(RANK_WORDS);
  work.cutAll(HIGH_RE);
  work.cutAll(LOW_RE);
  work.cutAll(wordRe(`${COMPARE}|theo|by|in|among|nao|which|has|have|is|are|co\\s+ty\\s+le|dia\\s+phuong|don\\s+vi`));
  return work.remainder({ keepLoneDash: true });
}

function test(re: RegExp, folded: string): boolean {
  re.lastIndex = 0;
  return re.test(folded);
}

/** The level named first in the message ("thị xã" before its "xã"). */
function earliest(found: readonly { level: UnitLevel; at: number }[]): UnitLevel | null {
  const first = [...found].sort((a, b) => a.at - b.at)[0];
  return first && Number.isFinite(first.at) ? first.level : null;
}

function firstIndex(re: RegExp, folded: string): number {
  re.lastIndex = 0;
  return re.exec(folded)?.index ?? Number.POSITIVE_INFINITY;
}
