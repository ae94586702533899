/**
 * Reads a question that counts administrative units: "Cả nước có bao nhiêu xã, phường sau sáp
 * nhập?", "How many provinces did Vietnam have before the 2025 merger?", "ca nuoc co bao nhieu huyen
 * truoc khi bo cap huyen". It needs a counting word (bao nhiêu, mấy, số lượng, how many, number of)
 * and a level or type word; which structure is asked comes from before/after words, else from a
 * period named wholly before or after 1 July 2025, else the current one.
 *
 * A level's own name (tỉnh, huyện, xã; province, district, commune) asks for the whole level, as
 * officials use it ("cấp xã" counts wards and special zones too); the other type words (phường,
 * quận, thị trấn, đặc khu …) ask for that type. Words that are also common words are checked against
 * their spelling ("tình hình", "tính đến", "địa phương", "xã hội", "liên quan" are not levels).
 */

import { parsePeriod } from '../periods/parse-period.js';
import { periodEnd, periodStart } from '../periods/period-code.js';
import { hasVietnameseMarks } from '../text/fold.js';
import { type FoldedText, foldWithMap, originalSpan } from '../text/folded-text.js';
import { rememberedReader } from '../text/remembered.js';
import { wordRe } from '../text/text-cutter.js';
import type { Structure, UnitLevel } from '../types.js';
import { narrowAsk, withoutNarrowing } from '../units/narrowing.js';
import { REORGANISATION_DAY } from '../units/reorganisation.js';

/** One thing to count: a whole level, or some of its types (by type code). */
export interface UnitAsk {
  readonly level: UnitLevel;
  /** Null for the whole level; else the type codes asked ("ward", "commune_level_town"). */
  readonly typeCodes: readonly string[] | null;
}

/** A counting question, read. */
export interface UnitCountQuestion {
  /** What to count, provinces first. */
  readonly asks: readonly UnitAsk[];
  /** Which structures, the old one first; the current one when the question does not say. */
  readonly structures: readonly Structure[];
}

export { REORGANISATION_DAY };

interface Word {
  readonly re: RegExp;
  readonly level: UnitLevel;
  /** The type asked; absent for the level's own name. */
  readonly typeCode?: string;
  /** "địa phương" is spelled "phương", not "phường": its syllables are not checked. */
  readonly anySpelling?: boolean;
  /** Folded words that, just before, make it another word ("dia" + "phuong"). */
  readonly notAfter?: readonly string[];
  /** Folded words that, just after, make it another word ("tinh" + "hinh"). */
  readonly notBefore?: readonly string[];
}

/**
 * How the syllables of level words are spelled. Typed with marks, a syllable must carry these
 * ("tính", "tình" are not "tỉnh"); in a message typed with marks elsewhere, a bare one-syllable
 * level word without its marks is another word ("xa", "quan").
 */
const SPELLING: Readonly<Record<string, string>> = {
  tinh: 'tỉnh',
  huyen: 'huyện',
  quan: 'quận',
  xa: 'xã',
  phuong: 'phường',
  thi: 'thị',
  tran: 'trấn',
  cap: 'cấp',
  dac: 'đặc',
  thanh: 'thành',
  pho: 'phố',
};

const ADMIN_UNIT = '(?:don\\s+vi\\s+(?:hanh\\s+chinh\\s+)?)?';

/** Longest first: a matched phrase is blanked before shorter words are looked for. */
const WORDS: readonly Word[] = [
  {
    re: wordRe(
      '(?:thanh\\s+pho|tp)\\s+(?:truc\\s+thuoc\\s+|thuoc\\s+)?(?:trung\\s+uong|tu|tw)|centrally[\\s-]+(?:run|governed)\\s+cit(?:y|ies)|municipalit(?:y|ies)',
    ),
    level: 'province',
    typeCode: 'municipality',
  },
  { re: wordRe('(?:thanh\\s+pho|tp)\\s+(?:truc\\s+)?thuoc\\s+tinh|provincial\\s+cit(?:y|ies)'), level: 'district', typeCode: 'provincial_city' },
  { re: wordRe('thi\\s+xa|district[\\s-]+level\\s+towns?'), level: 'district', typeCode: 'district_level_town' },
  { re: wordRe('thi\\s+tran|townships?|commune[\\s-]+level\\s+towns?'), level: 'commune', typeCode: 'commune_level_town' },
  { re: wordRe('dac\\s+khu|special\\s+(?:administrative\\s+)?(?:zones?|regions?)'), level: 'commune', typeCode: 'special_administrative_region' },
  {
    re: wordRe(`${ADMIN_UNIT}cap\\s+tinh|provincial[\\s-]+level(?:\\s+units?)?|provinces?|tinh\\s*(?:[,/&-]|va)?\\s*(?:thanh\\s+pho|thanh)|tinh`),
    level: 'province',
    notBefore: ['hinh', 'den', 'trang', 'theo'],
  },
  // "Địa phương" (localities): officials mean the provinces.
  { re: wordRe('dia\\s+phuong|localities'), level: 'province', anySpelling: true },
  // A bare "thành phố" is read as the province-level cities: since 1 July 2025 the only cities.
  { re: wordRe('thanh\\s+pho|tp|cit(?:y|ies)'), level: 'province', typeCode: 'municipality' },
  { re: wordRe(`${ADMIN_UNIT}cap\\s+huyen|district[\\s-]+level(?:\\s+units?)?|huyen`), level: 'district' },
  {
    re: wordRe('urban\\s+districts?|quan'),
    level: 'district',
    typeCode: 'urban_district',
    notAfter: ['lien', 'co', 'tuong', 'chu', 'bao', 'khach', 'ngoai'],
    notBefore: ['tam', 'ly', 'he', 'trong', 'sat', 'doi', 'diem'],
  },
  { re: wordRe('districts?'), level: 'district' },
  { re: wordRe(`${ADMIN_UNIT}cap\\s+xa|commune[\\s-]+level(?:\\s+units?)?|communes?|xa`), level: 'commune', notBefore: ['hoi'] },
  {
    re: wordRe('phuong|wards?'),
    level: 'commune',
    typeCode: 'ward',
    notAfter: ['dia', 'bon', 'tay', 'dong'],
    notBefore: ['an', 'thuc', 'phap', 'tien', 'huong', 'cham', 'trinh', 'tay', 'dong'],
  },
];

/** Every unit of every level ("bao nhiêu đơn vị hành chính"). */
const ALL_LEVELS = wordRe('don\\s+vi\\s+hanh\\s+chinh|administrative\\s+units?');

const COUNTING = wordRe(
  'bao\\s+nhieu|bnh?|so\\s+luong|tong\\s+so|how\\s+many|number\\s+of|count\\s+of|may|' +
    // "số xã", "số đơn vị hành chính cấp tỉnh": "số" right before a level word.
    'so(?=\\s+(?:don\\s+vi|cap\\s|tinh|huyen|xa|phuong|quan|thi\\s+(?:xa|tran)|dac\\s+khu|dia\\s+phuong))',
);
/** "mấy" only as typed, or plain in an unmarked message. */
const MAY_MARKED = 'mấy';

const BEFORE = wordRe('truoc|cu|before|prior\\s+to|previously|formerly|former|old|used\\s+to|pre\\s*-?\\s*(?:2025|merger|reform)');
const BEFORE_MARKED: Readonly<Record<string, string>> = { truoc: 'trước', cu: 'cũ' };
/** "năm trước", "tháng trước": the previous year or month, not the old structure. */
const BEFORE_NOT_AFTER = /(?:nam|thang|quy|ky|tuan|lan|hom|ngay)\s+$/u;

const AFTER = wordRe(
  'sau\\s+(?:khi\\s+)?(?:sap\\s+nhap|sap\\s+xep|hop\\s+nhat|1\\s*/\\s*7|ngay|nam\\s+2025|2025|bo|merger)|' +
    'tu\\s+(?:ngay\\s+)?1\\s*/\\s*7|hien\\s+(?:nay|tai|co|gio)|bay\\s+gio|moi|now|currently|current|today|nowadays|' +
    'presently|at\\s+present|after|since|new',
);
const AFTER_MARKED: Readonly<Record<string, string>> = { moi: 'mới' };

/** Reads a counting question; null when the text does not count units. Never throws. Remembered per message. */
export const readUnitCountQuestion = rememberedReader(readUnitCountQuestionOnce);

function readUnitCountQuestionOnce(text: string): UnitCountQuestion | null {
  try {
    return read(typeof text === 'string' ? text.normalize('NFC') : '');
  } catch {
    return null;
  }
}

function read(text: string): UnitCountQuestion | null {
  const folded = foldWithMap(text);
  const marked = hasVietnameseMarks(text);
  const spelled = (from: number, to: number): string => {
    const span = originalSpan(folded, from, to);
    return span ? text.slice(span[0], span[1]).toLowerCase() : '';
  };
  if (!hasCountingWord(folded, marked, spelled)) return null;

  const { text: asked, narrow } = withoutNarrowing(folded.text);
  const asks = readAsks(asked, marked, spelled).map((a) => (narrow ? narrowAsk(a) : a));
  if (asks.length === 0) return null;
  return { asks, structures: readStructures(asked, text, spelled) };
}

function hasCountingWord(folded: FoldedText, marked: boolean, spelled: (from: number, to: number) => string): boolean {
  for (const m of folded.text.matchAll(COUNTING)) {
    if (m[0] !== 'may') return true;
    const typed = spelled(m.index, m.index + m[0].length);
    if (typed === MAY_MARKED || (!marked && typed === 'may')) return true;
  }
  return false;
}

/** The levels and types a question names, provinces first. */
export function readAsks(foldedText: string, marked: boolean, spelled: (from: number, to: number) => string): UnitAsk[] {
  let work = foldedText;
  const whole = new Set<UnitLevel>();
  const types = new Map<UnitLevel, string[]>();
  for (const word of WORDS) {
    for (const m of work.matchAll(word.re)) {
      const from = m.index;
      const to = from + m[0].length;
      if (!acceptable(word, work, from, to, marked, spelled)) continue;
      if (word.typeCode === undefined) whole.add(word.level);
      else types.set(word.level, [...(types.get(word.level) ?? []), word.typeCode]);
      work = work.slice(0, from) + ' '.repeat(to - from) + work.slice(to);
    }
  }
  if (whole.size === 0 && types.size === 0 && work.search(ALL_LEVELS) >= 0) {
    return (['province', 'district', 'commune'] as const).map((level) => ({ level, typeCodes: null }));
  }
  return (['province', 'district', 'commune'] as const).flatMap((level): UnitAsk[] => {
    if (whole.has(level)) return [{ level, typeCodes: null }];
    const asked = types.get(level);
    return asked ? [{ level, typeCodes: [...new Set(asked)] }] : [];
  });
}

function acceptable(word: Word, work: string, from: number, to: number, marked: boolean, spelled: (from: number, to: number) => string): boolean {
  const typed = spelled(from, to)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const folded = work
    .slice(from, to)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  for (let i = 0; i < typed.length && word.anySpelling !== true; i++) {
    const form = SPELLING[folded[i] ?? ''];
    const spelledWord = typed[i] ?? '';
    if (form !== undefined && hasVietnameseMarks(spelledWord) && spelledWord !== form) return false;
  }
  const lone = typed.length === 1 ? (typed[0] ?? '') : '';
  if (marked && lone !== '' && SPELLING[folded[0] ?? ''] !== undefined && !hasVietnameseMarks(lone) && !/^(?:tinh|huyen)$/.test(lone)) return false;
  const before = /([\p{L}\p{N}]+)\s*$/u.exec(work.slice(0, from))?.[1];
  const after = /^\s*([\p{L}\p{N}]+)/u.exec(work.slice(to))?.[1];
  if (before !== undefined && word.notAfter?.includes(before)) return false;
  if (after !== undefined && word.notBefore?.includes(after)) return false;
  return true;
}

/** The structures a question is about, the old one first; the current one when it does not say. */
export function readStructures(foldedText: string, text: string, spelled: (from: number, to: number) => string): Structure[] {
  const spelledRight = (m: RegExpMatchArray, forms: Readonly<Record<string, string>>): boolean => {
    const form = forms[m[0]];
    const typed = spelled(m.index ?? 0, (m.index ?? 0) + m[0].length);
    return form === undefined || !hasVietnameseMarks(typed) || typed === form;
  };
  const before = [...foldedText.matchAll(BEFORE)].some(
    (m) => spelledRight(m, BEFORE_MARKED) && !(m[0] === 'truoc' && BEFORE_NOT_AFTER.test(foldedText.slice(0, m.index))),
  );
  const after = [...foldedText.matchAll(AFTER)].some((m) => spelledRight(m, AFTER_MARKED));
  if (before && after) return ['pre2025', 'post2025'];
  if (before) return ['pre2025'];
  if (after) return ['post2025'];
  const period = parsePeriod(text);
  if (period?.kind === 'code') {
    const end = periodEnd(period.code);
    const start = periodStart(period.code);
    if (end !== null && end < REORGANISATION_DAY) return ['pre2025'];
    if (start !== null && start >= REORGANISATION_DAY) return ['post2025'];
  }
  return ['post2025'];
}
