/**
 * Reads a coverage question: its language, intent, indicator, period, whether it asks for the target,
 * and what is left for the place ("coverage for Vinh city" → placeText "Vinh city"). Pure and total:
 * it never throws, and it reads at most the first MAX_READ characters of a message.
 */

import { cutPeriods } from '../periods/cut-periods.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { foldWithMap } from '../text/folded-text.js';
import { HONORIFIC_BODY } from '../text/honorifics.js';
import { rememberedPerText } from '../text/remembered.js';
import { type Hit, TextCutter, wordRe } from '../text/text-cutter.js';
import type { IndicatorCode, Language } from '../types.js';
import { detectLanguage, languageEvidence } from './detect-language.js';
import { EN_FILLER_VI_SYLLABLES, FILLER_EN, FILLER_VI_GUARDED, FILLER_VI_SAFE, INDICATOR_PHRASES, PLACE_TALK_BODY, TARGET_BODY } from './vocabulary.js';

/** What a message asks for. */
export type QueryIntent = 'coverage' | 'help' | 'greeting' | 'empty';

/** A parsed coverage question. */
export interface ParsedQuery {
  readonly language: Language;
  readonly intent: QueryIntent;
  /** The indicator named, or null for the default (BHXH, with the others briefly). */
  readonly indicator: IndicatorCode | null;
  /** Every indicator named, in the order of the message ("BHXH bắt buộc và tự nguyện": two). */
  readonly indicators: readonly IndicatorCode[];
  /** Every period named, in the order of the message ("năm 2021 và 2030": two). */
  readonly periods: readonly PeriodRequest[];
  readonly wantsTarget: boolean;
  readonly period: PeriodRequest;
  /** The words left for the place, in their original order and spelling ("Vinh city", "TP Vinh"). */
  readonly placeText: string;
  /**
   * The same words with the short filler that is also a syllable of place names still in ("của",
   * "là", "cho": "Sơn La" typed "son la", "Chợ Đồn" typed "cho don"), for place extraction, which
   * may read them as part of a longer name but never as a name alone (see SOFT_WORDS).
   */
  readonly looseText: string;
  /**
   * The message used a word of the trade (an indicator, "coverage", "bao phủ", a target word, "sáp
   * nhập") or named a period: it is a question about places even when none is found in it.
   */
  readonly coverageWords: boolean;
  /** A word of the trade itself, not only a period ("Quyết tâm hoàn thành … năm 2025" has none). */
  readonly tradeWords: boolean;
  /** The place is asked as it was before 1 July 2025: "Gia Lai (cũ)", "phường Bến Thủy cũ", "former Bac Kan". */
  readonly oldPlace: boolean;
}

/** Longest part of a message that is read; questions are short, and the cap keeps parsing cheap. */
export const MAX_READ = 300;

const HELP =
  /^(?:\/(?:help|start|giup|huongdan|trogiup)(?:@\w+)?|help|giup(?:\s+(?:do|voi|toi))?|tro\s+giup|huong\s+dan(?:\s+su\s+dung)?|menu|what\s+can\s+you\s+do|how\s+to\s+use|\?+)$/;
/**
 * Asking how to use the bot in a sentence, a greeting or a call first: "hi there, how do I use this
 * bot?", "bot này dùng thế nào vậy", "cái này dùng sao", "cách sử dụng bot". Over folded text without punctuation.
 */
const HELP_ASKED = new RegExp(
  '^(?:(?:hi|hello|hey|chao|xin\\s+chao)(?:\\s+(?:there|ban|bot|ad))?\\s+)?(?:(?:bot|ad|ban)\\s+oi\\s+)?(?:' +
    'how\\s+(?:do|can|should)\\s+(?:i|we)\\s+use\\s+(?:this|the|you)(?:\\s+bot)?|how\\s+does\\s+(?:this|the)\\s+bot\\s+work|how\\s+to\\s+use\\s+(?:this|the)\\s+bot|what\\s+can\\s+(?:i|we)\\s+ask(?:\\s+you)?|' +
    '(?:(?:bot|cai|app|ung\\s+dung)(?:\\s+nay)?\\s+)?(?:dung|xai|su\\s+dung|hoi)\\s+(?:the\\s+nao|nhu\\s+the\\s+nao|ra\\s+sao|sao|ntn)|(?:cach|huong\\s+dan)\\s+(?:dung|su\\s+dung|hoi)(?:\\s+bot(?:\\s+nay)?)?|hoi\\s+(?:bot\\s+)?(?:duoc\\s+)?(?:nhung\\s+)?gi' +
    ')(?:\\s+(?:vay|a|nhi|the|nhe|ban|ad|please))*$',
);
const GREETING =
  /^(?:hi|hello|hey|hi\s+there|good\s+(?:morning|afternoon|evening)|xin\s+chao|chao|chao\s+(?:ban|bot|ad|admin|anh|chi|em|moi\s+nguoi)|chao\s+buoi\s+(?:sang|trua|chieu|toi)|alo|hello\s+bot|hi\s+bot)$/;
/** Leading bot commands that carry no meaning of their own. */
const COMMAND = /^\s*\/(?:start|help|hoi|ask|q|query|tyle|baophu|coverage|tra|tracuu)(?:@[\w.]+)?(?![\p{L}\p{N}])/u;
/**
 * A person's name: one or two capitalised words right after an honorific typed in lower case ("chị Thu
 * Thủy bên BHXH huyện nhắc …", "anh Hải Dương bên Sở Nội vụ", "đ/c Nguyễn Trãi"), read on the message
 * as typed, before any word is cut: no place, even when no other place is named. "Bà Rịa", "Anh Sơn"
 * typed with their capitals are places.
 */
const PERSON = new RegExp(`(?<![\\p{L}\\p{N}])${HONORIFIC_BODY}\\s+\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*)?(?![\\p{L}\\p{N}])`, 'gu');
/** The writer's own name given ("Em tên là Hà Giang", "my name is Thai Binh"): a person, never a place. */
const OWN_NAME =
  /(?<![\p{L}\p{N}])(?:tên(?:\s+(?:em|tôi|mình|anh|chị))?\s+là|my\s+name\s+is)\s+\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,2}(?![\p{L}\p{N}])/giu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control and invisible characters are what this removes.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

const INDICATOR_RES = INDICATOR_PHRASES.map((p) => ({ code: p.code, re: wordRe(p.body) }));
const TARGET_RE = wordRe(TARGET_BODY);
const PLACE_TALK_RE = wordRe(PLACE_TALK_BODY);
const VI_SAFE_RE = wordRe(FILLER_VI_SAFE);
const EN_RE = wordRe(FILLER_EN);
const GUARDED_RE = wordRe(FILLER_VI_GUARDED.map((g) => g.folded).join('|'));
const GREETING_WORD_RE = wordRe('xin\\s+chao|hello|hi|hey|chao');

/**
 * Texts parsed lately: several features read the same message (and its parts) while one answer is
 * found. Our choice: a few messages' worth.
 */
const REMEMBERED_TEXTS = 64;

const parseRemembered = rememberedPerText(parseOnce, { texts: REMEMBERED_TEXTS });
const evidenceRemembered = rememberedPerText(evidenceOf, { texts: REMEMBERED_TEXTS });

/** Parses a message; never throws. The reading is frozen, so that no reader can change the next one's. */
export function parseQuery(text: string): ParsedQuery {
  return parseRemembered(typeof text === 'string' ? text : '');
}

function parseOnce(text: string): ParsedQuery {
  const parsed = parseSafely(text);
  Object.freeze(parsed.indicators);
  Object.freeze(parsed.periods);
  return Object.freeze(parsed);
}

function parseSafely(text: string): ParsedQuery {
  try {
    return parse(text);
  } catch {
    return {
      language: 'vi',
      intent: 'empty',
      indicator: null,
      wantsTarget: false,
      period: { kind: 'latest' },
      placeText: '',
      looseText: '',
      coverageWords: false,
      tradeWords: false,
      oldPlace: false,
      indicators: [],
      periods: [],
    };
  }
}

/**
 * What a message's words say about its language, read as parseQuery reads it (the first MAX_READ
 * characters); null when they say nothing either way. Never throws.
 */
export function messageLanguageEvidence(text: string): Language | null {
  return evidenceRemembered(typeof text === 'string' ? text : '');
}

function evidenceOf(text: string): Language | null {
  try {
    const raw = cap(text).replace(CONTROL, ' ');
    return languageEvidence(raw, foldWithMap(raw).text);
  } catch {
    return null;
  }
}

function parse(text: string): ParsedQuery {
  const raw = cap(text).replace(CONTROL, ' ');
  const rawFolded = foldWithMap(raw).text;
  const language = detectLanguage(raw, rawFolded);
  const base = {
    language,
    indicator: null,
    wantsTarget: false,
    period: { kind: 'latest' } as const,
    placeText: '',
    looseText: '',
    coverageWords: false,
    tradeWords: false,
    oldPlace: false,
    indicators: [],
    periods: [],
  };
  const bare = rawFolded.replace(/[\s!.,;:…]+$/u, '').trim();
  if (HELP.test(bare) || HELP_ASKED.test(bare.replace(/[^\p{L}\p{N}]+/gu, ' ').trim())) return { ...base, intent: 'help' };
  if (!/[\p{L}\p{N}]/u.test(raw)) return { ...base, intent: 'empty' };
  if (GREETING.test(bare)) return { ...base, intent: 'greeting' };

  const work = new TextCutter(
    raw
      .replace(COMMAND, ' ')
      .replace(/@[\w.]*bot(?![\w.])/giu, ' ')
      .replace(PERSON, ' ')
      .replace(OWN_NAME, ' '),
  );
  const { indicators, named } = takeIndicators(work);
  const indicator = indicators[0] ?? null;
  work.cutAll(DOCUMENT_DATE_RE);
  const periods = takePeriods(work);
  work.cutAll(DAY_DATE_RE);
  const period = periods[0] ?? { kind: 'latest' };
  const wantsTarget = work.cutAll(TARGET_RE) > 0;
  const placeTalk = work.cutAll(PLACE_TALK_RE) > 0;
  const tradeWords = named || wantsTarget || placeTalk;
  const coverageWords = tradeWords || period.kind === 'code';
  const oldPlace = work.cutAll(OLD_PLACE_RE, (hit) => marksOldPlace(work, hit)) > 0;
  work.cutAll(VI_SAFE_RE);
  work.cutAll(
    EN_RE,
    (hit) =>
      /^[\x20-\x7e]+$/.test(work.originalOf(hit.from, hit.to)) && !(language === 'vi' && EN_FILLER_VI_SYLLABLES.has(work.folded.slice(hit.from, hit.to))),
  );
  work.cutAll(GREETING_WORD_RE, (hit) => hit.from === firstWordIndex(work.folded));
  const looseText = work.remainder({ keepLoneDash: true });
  work.cutAll(GUARDED_RE, (hit) => guardedIsFiller(work, hit.from, hit.to));
  // A lone dash between place words ("Vinh - Nghệ An") stays; the completeness parser drops it.
  const placeText = work.remainder({ keepLoneDash: true });
  return { language, intent: 'coverage', indicator, indicators, wantsTarget, period, periods, placeText, looseText, coverageWords, tradeWords, oldPlace };
}

/**
 * A word that marks the place as it was before 1 July 2025: "cũ" with its mark, "(cu)", "(old)",
 * "former", "pre-merger". Without its mark "cu" is also a syllable of names (Cư Jút, An Cư, Củ Chi),
 * and "old" an English word of other sentences: those only in brackets.
 */
const OLD_PLACE_RE = wordRe('cu|old|former|formerly|pre\\s*-?\\s*merger');

function marksOldPlace(work: TextCutter, hit: Hit): boolean {
  const word = work.folded.slice(hit.from, hit.to);
  if (word !== 'cu' && word !== 'old') return true;
  if (word === 'cu' && work.originalOf(hit.from, hit.to).normalize('NFC').toLowerCase() === 'cũ') return true;
  return /\(\s*$/.test(work.folded.slice(Math.max(0, hit.from - 3), hit.from)) && /^\s*\)/.test(work.folded.slice(hit.to, hit.to + 3));
}

/** Caps the text without splitting a surrogate pair. */
function cap(text: string): string {
  if (text.length <= MAX_READ) return text;
  const cut = text.slice(0, MAX_READ);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function firstWordIndex(folded: string): number {
  return folded.search(/[\p{L}\p{N}]/u);
}

/**
 * The first specific indicator named wins; generic words ("coverage") are removed but keep the
 * default. `named` says whether any indicator word, generic or not, was there.
 */
function takeIndicators(work: TextCutter): { indicators: IndicatorCode[]; named: boolean } {
  // Compulsory and voluntary added up ("bắt buộc và tự nguyện cộng lại", "compulsory plus voluntary",
  // "BB+TN") are the total's: read before the sum word is cut with the rest.
  const summed = SUM_RE.test(work.folded);
  const agency = [...work.folded.matchAll(AGENCY_RE)].map((m) => m.index);
  let found: { code: IndicatorCode; at: number }[] = [];
  let named = false;
  for (const { code, re } of INDICATOR_RES) {
    work.cutAll(re, (hit) => {
      named = true;
      if (code !== null) found.push({ code, at: hit.from });
      return true;
    });
  }
  // The office cited beside another indicator is no indicator asked.
  if (found.some((f) => !agency.includes(f.at))) found = found.filter((f) => !agency.includes(f.at));
  found.sort((a, b) => a.at - b.at);
  const codes = [...new Set(found.map((f) => f.code))];
  if (summed && codes.includes('bhxh_bb') && codes.includes('bhxh_tn')) {
    return { indicators: ['bhxh', ...codes.filter((c) => c !== 'bhxh_bb' && c !== 'bhxh_tn' && c !== 'bhxh')], named };
  }
  return { indicators: codes, named };
}

/**
 * The social-insurance office cited as a source ("theo tin của BHXH tỉnh Bắc Kạn", "báo cáo của Bảo hiểm
 * xã hội huyện …"): the office, not the indicator, when another indicator is named.
 */
const AGENCY_RE =
  /(?<=(?:theo|cua|tu|tin|bao\s+cao|van\s+ban|cong\s+van|so\s+lieu)\s+)(?:bhxh|bao\s+hiem\s+xa\s+hoi)(?=\s+(?:tinh|thanh\s+pho|tp|huyen|quan|thi\s+xa|tx|viet\s+nam|vn)(?![\p{L}\p{N}]))/gu;

/** A sum of what is named: "cộng lại", "tổng", "plus", "combined", "+". */
const SUM_RE = /(?<![\p{L}\p{N}])(?:cong(?:\s+lai)?|tong(?:\s+(?:cong|so))?|gop\s+lai|plus|combined|together|added\s+up)(?![\p{L}\p{N}])|\p{L}\s*\+\s*\p{L}/u;

/**
 * The date of a document named by its number ("Decision 1736 of 2018", "QĐ 1736 năm 2018", "Kế hoạch 156
 * ngày 18/01/2023"): when the document was issued, not a period asked about.
 */
const DOCUMENT_DATE_RE =
  /(?<=(?:decision|plan|directive|resolution|quyet\s+dinh|qd|ke\s+hoach|kh|chi\s+thi|nghi\s+quyet|nq|cong\s+van|van\s+ban)\s*(?:so\s+)?\d+(?:\/[\p{L}\d-]+)*)\s+(?:of|nam|ngay|dated)\s+(?:\d{1,2}[/.-]\d{1,2}[/.-])?(?:19|20)\d{2}(?![\p{L}\p{N}])/gu;

/**
 * A day of the month left once the periods are read ("ngày 15/8 em đã gửi", "a meeting on 12/3"):
 * the message's own news, never a place ("15/8" is no Phường 15, Quận 8).
 */
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const DAY_DATE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/])(?:ngay\\s+)?${DAY}(?:\\s*-\\s*${DAY})?\\s*/\\s*(?:0?[1-9]|1[0-2])(?:\\s*/\\s*(?:19|20)?\\d{2})?(?![\\p{L}\\p{N}/])`,
  'gu',
);

/** Every explicit period named, in the order of the message; every period expression is removed. */
function takePeriods(work: TextCutter): PeriodRequest[] {
  return cutPeriods(work)
    .sort((x, y) => x.at - y.at)
    .map((p) => ({ kind: 'code', code: p.code }));
}

function guardedIsFiller(work: TextCutter, from: number, to: number): boolean {
  const folded = work.folded.slice(from, to);
  const rule = FILLER_VI_GUARDED.find((g) => g.folded === folded);
  if (!rule) return false;
  const spelled = work.originalOf(from, to).normalize('NFC');
  const lower = spelled.toLowerCase();
  if (!rule.forms.includes(lower)) return false;
  const plain = /^[a-z]+$/i.test(spelled);
  if (!plain) return true;
  // Unaccented: a capitalised word inside the sentence, or one followed by a place syllable, is a place.
  if (spelled !== lower && from !== firstWordIndex(work.folded)) return false;
  const next = /^\s+([a-z]+)/.exec(work.folded.slice(to));
  return !(next && rule.placeNext.includes(next[1] ?? ''));
}
