/**
 * Reads a question about a place's administrative make-up rather than its figures: what an old unit
 * went into ("huyện Nghi Lộc sáp nhập vào đâu", "What did Pleiku city become"), what a new unit was
 * formed from ("phường Thành Vinh gồm những phường, xã cũ nào", "Gia Lai được hợp nhất từ những
 * tỉnh nào"), which sub-units a place has ("TP Vinh có những phường nào", "List the communes of Nghi
 * Loc district") and how many ("Nghệ An có bao nhiêu xã").
 *
 * The question is recognised by its constructions, read on folded text: a list or counting phrase
 * next to the sub-units asked ("có những phường nào", "bao nhiêu xã, phường", "which province"),
 * or a lineage phrase ("sáp nhập vào", "hợp nhất từ", "merge into", "formed from"). Their words are
 * cut out, and what is left is for the place. Words saying which structure is meant ("trước đây",
 * "sau sáp nhập", "hiện nay", "cũ", "mới", "before 2025") are noted; a one-word marker counts only
 * outside the place's own name ("Chợ Mới" is a district, not "new"), see {@link whenAsked}.
 * Words typed with diacritics must be spelled as the construction means them ("các xã" is not "cắc
 * xa", "mọi xã" is not "xã mới").
 */

import { INDICATOR_PHRASES, TARGET_BODY } from '../query/vocabulary.js';
import { fold, foldTokens, hasVietnameseMarks, markKey } from '../text/fold.js';
import { rememberedReader } from '../text/remembered.js';
import { TextCutter, wordRe } from '../text/text-cutter.js';
import { NARROWING, narrowAsk } from '../units/narrowing.js';
import { type AskedUnits, readTerms, UNIT_TERMS_BODY } from './unit-terms.js';

/**
 * What the question asks: the sub-units (`list`, `count`), or the lineage: `forward` (what an old
 * unit went into), `backward` (what a new unit was formed from), `lineage` (either, by the unit).
 */
export type UnitQuestionKind = 'list' | 'count' | 'forward' | 'backward' | 'lineage';

/** Which structure the words ask for: before 1 July 2025, from it, or not said. */
export type AskedWhen = 'before' | 'after' | null;

/** A one-word structure marker ("cũ", "mới", "now"), by its span in {@link UnitQuestion.folded}. */
export interface WhenMarker {
  readonly when: 'before' | 'after';
  readonly from: number;
  readonly to: number;
}

/** A question about units, read. */
export interface UnitQuestion {
  readonly kind: UnitQuestionKind;
  /** The sub-units named ("phường", "xã, phường"); null when none was. */
  readonly asked: AskedUnits | null;
  /** The structure said by words that cannot be part of a name ("trước đây", "sau sáp nhập"). */
  readonly when: AskedWhen;
  /** One-word markers, to be judged against the place's name. */
  readonly markers: readonly WhenMarker[];
  /** The whole question folded, punctuation kept (offsets of `markers`). */
  readonly folded: string;
  /** The question without its constructions and phrases of time: the place is among these words. */
  readonly rest: string;
  /** The question also names an indicator or a target word: a question about figures. */
  readonly tradeWords: boolean;
}

const T = `(?<t>${UNIT_TERMS_BODY})`;
/** "nào", "gì", and "j", texting for "gì" ("giờ là phường j"). */
const Q = '(?:nao|gi|j)';
/** A kind of unit named as a guess of what a unit became ("đặc khu hay xã"). */
const KIND = '(?:dac\\s+khu|xa|phuong|thi\\s+tran|tinh|thanh\\s+pho|tp|huyen|quan|thi\\s+xa)';
const SOME = '(?:(?:nhung|cac|tat\\s+ca(?:\\s+(?:cac|nhung))?|toan\\s+bo)\\s+)';
const AFTER_PLACE = '(?=\\s+(?:cua|thuoc|truc\\s+thuoc|o|tai|trong)(?![\\p{L}\\p{N}]))';
const AFTER_PLACE_EN = '(?=\\s+(?:of|in|within|under|belonging\\s+to)(?![\\p{L}\\p{N}]))';

interface Construction {
  readonly kind: UnitQuestionKind;
  readonly re: RegExp;
  /** A marker the construction itself carries ("những xã cũ nào": before). */
  readonly when?: 'before' | 'after';
  /** The construction counts only right after a word of now ("bây giờ", "giờ", "nay", "hiện nay"). */
  readonly afterNow?: boolean;
}

const NOW_BEFORE = /(?:^|\s)(?:gio|nay|hien\s+tai)\s*$/;

function construction(kind: UnitQuestionKind, body: string, when?: 'before' | 'after'): Construction {
  return { kind, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gud'), ...(when ? { when } : {}) };
}

/** In order of precedence: lineage phrases, then lists, then counts. */
/**
 * What a unit is made of says nothing of the structure ("which wards make up the new Lâm Đồng" is
 * today's), and a count of it is a count ("how many communes make up …").
 */
const MADE_OF = construction('backward', '(?:consist(?:s|ed)?|composed|comprised?)\\s+of|make\\s+up|made\\s+up(?:\\s+of)?|made\\s+of');

const CONSTRUCTIONS: readonly Construction[] = [
  construction(
    'backward',
    `(?:hop\\s+nhat|sap\\s+nhap|sap\\s+xep|thanh\\s+lap|hinh\\s+thanh|lap|tao\\s+thanh|ghep|gop|nhap)\\s+(?:lai\\s+)?(?:tu|boi|tren\\s+co\\s+so)` +
      `(?:\\s+${SOME}?${T}(?:\\s+cu)?(?:\\s+${Q})?)?`,
  ),
  construction('backward', `(?:gom|bao\\s+gom|co|tu|la)\\s+${SOME}?${T}\\s+cu(?:\\s+${Q})?`, 'before'),
  construction('backward', `${T}\\s+cu\\s+${Q}`, 'before'),
  construction('backward', `truoc\\s+(?:day|kia)\\s+la\\s+${SOME}?(?:${T}\\s+)?${Q}`),
  construction('backward', 'tien\\s+than'),
  construction(
    'backward',
    'formed\\s+(?:from|by|out\\s+of)|made\\s+from|created\\s+(?:from|by|out\\s+of)|merged\\s+from|predecessors?|' +
      `(?:which|what)\\s+(?:old|former)\\s+${T}(?:\\s+(?:were|was)\\s+merged(?:\\s+(?:to\\s+form|(?:in)?to))?)?|` +
      '(?:which|what)\\s+(?:provinces?|cities|districts?|towns?|communes?|wards?|units?)\\s+(?:were|was)\\s+merged(?:\\s+(?:to\\s+form|(?:in)?to))?|merged\\s+to\\s+form',
    'before',
  ),
  MADE_OF,
  construction('forward', `(?:sap\\s+nhap|nhap|hop\\s+nhat|sap\\s+xep|gop)\\s+(?:lai\\s+)?(?:vao|ve)(?:\\s+(?:dau|${SOME}?${T}(?:\\s+moi)?\\s+${Q}))?`),
  // "chuyển về", "đưa về" alone is a person's move ("em mới chuyển về làm cán bộ"): only with where asked.
  construction('forward', `(?:chuyen|dua)\\s+(?:vao|ve)\\s+(?:dau|${SOME}?${T}(?:\\s+moi)?\\s+${Q})`),
  construction('forward', '(?:vao|ve|di|o|thuoc(?:\\s+ve)?)\\s+dau'),
  // "Huyện Côn Đảo bây giờ là gì?", "Bắc Kạn giờ thành gì": what it is now is what it became (the
  // words of time are cut before the constructions are read, so the construction looks back for them).
  { ...construction('forward', '(?:la|thanh|ten\\s+la)\\s+(?:gi|j|cai\\s+gi)'), afterNow: true },
  construction('forward', `(?:thanh|thuoc(?:\\s+ve)?|la|vao|ve|nam\\s+(?:o|trong))\\s+${SOME}?${T}(?:\\s+moi)?\\s+${Q}`),
  // "xã Phúc Thọ cũ giờ ở phường nào": where it is now, only right after a word of now.
  { ...construction('forward', `o\\s+${SOME}?${T}(?:\\s+moi)?\\s+${Q}`), afterNow: true },
  // "Bình Dương bây giờ thuộc TP.HCM hay Đồng Nai?", "… thuộc TP.HCM à?": where it belongs now, the
  // places guessed after "thuộc" being what the answer will say.
  {
    ...construction('forward', `thuoc(?:\\s+ve)?(?=\\s+\\S.*?(?:\\s(?:hay|hoac|or)\\s|\\s(?:a|ha|phai\\s+khong|dung\\s+khong|khong)[\\s?.!]*$))`),
    afterNow: true,
  },
  // "Cô Tô giờ là đặc khu hay xã?": which kind of unit it became.
  construction('forward', `(?:la|thanh|len)\\s+(?:mot\\s+)?${KIND}\\s+(?:hay|hoac)\\s+(?:la\\s+)?${KIND}`),
  construction('forward', 'con\\s+(?:khong|ko|nua\\s+khong|ton\\s+tai\\s+khong)|doi\\s+(?:ten(?:\\s+thanh)?|thanh)|ten\\s+moi'),
  // "Vinh giờ còn là thành phố không": whether it is still a unit of that kind.
  construction('forward', `con\\s+(?:la\\s+)?(?:mot\\s+)?${KIND}(?:\\s+nua)?\\s+(?:khong|ko|k|hay\\s+khong)`),
  construction(
    'forward',
    'merge[sd]?\\s+(?:in)?to|became|become|becomes|turned\\s+into|(?:went|gone|go|goes)\\s+into|now\\s+(?:part\\s+of|belongs?\\s+to)|' +
      'belongs?\\s+to|belonged\\s+to|part\\s+of\\s+which|what\\s+happened\\s+to|successors?|renamed|new\\s+name|now\\s+called|absorbed\\s+into|still\\s+(?:exists?|there|around)|exist\\s+anymore|no\\s+longer\\s+exists?|(?:does\\s+not|doesn.?t)\\s+exist',
  ),
  // "My office used to cover Tan An city. What is it now?", "What is Tan An city called now?"
  construction(
    'forward',
    'what\\s+is\\s+it\\s+(?:called\\s+)?now|called\\s+now|used\\s+to\\s+(?:be|cover)|(?:is\\s+it|it\\s+is)\\s+under\\s+now|under\\s+which',
  ),
  construction('lineage', `(?:sap\\s+nhap|nhap|hop\\s+nhat|gop)\\s+(?:voi|cung)(?:\\s+${SOME}?${T}\\s+${Q})?`),
  construction('lineage', 'merged?\\s+with|merger\\s+with'),
  construction('list', `(?:co|gom|bao\\s+gom|chia\\s+(?:thanh|ra))\\s+${SOME}${T}(?:\\s+moi)?(?:\\s+${Q})?`),
  construction('list', `(?:co|gom|bao\\s+gom)\\s+${T}(?:\\s+moi)?\\s+${Q}`),
  construction('list', `${SOME}${T}(?:\\s+moi)?\\s+${Q}`),
  // "ds phường của tỉnh Lai Châu": "ds" (danh sách) only before a kind of unit ("ds 560.000" is a population).
  construction('list', `(?:danh\\s+sach|ds|liet\\s+ke|ke\\s+ten|ke\\s+ra)\\s+(?:ten\\s+)?${SOME}?${T}`),
  construction('list', `${SOME}${T}${AFTER_PLACE}`),
  construction('list', `${T}\\s+${Q}${AFTER_PLACE}`),
  construction('list', `(?:list|names?|show(?:\\s+me)?|give\\s+me)\\s+(?:(?:of|all|the)\\s+)*${T}`),
  construction('list', `(?:which|what)\\s+(?:new\\s+|current\\s+)?${T}`),
  construction('list', `(?:(?:all|the)\\s+)+${T}${AFTER_PLACE_EN}`),
  // Opening or closing the message: "Các phường TP Vinh", "communes in Nghi Loc", "Nghe An districts".
  construction('list', `^[\\s\\p{P}]*${SOME}${T}`),
  construction('list', `^[\\s\\p{P}]*${T}${AFTER_PLACE_EN}`),
  construction('list', `(?<t>districts|communes|wards|townships|provinces)(?:\\s+list)?(?=[\\s\\p{P}]*$)`),
  // "có bao nhiêu xã": the verb goes with it, not with the place ("Ngệ An có" is no Xã An Cơ).
  construction('count', `(?:(?:co|gom)\\s+)?(?:bao\\s+nhieu|bnh?|may|so\\s+luong|tong\\s+so|(?<!dan\\s)so)\\s+${T}`),
  construction('count', `(?:how\\s+many|number\\s+of|count\\s+of)\\s+${T}`),
];

/** Words about reorganisation with no construction around them: lineage, either way. */
const LINEAGE_WORDS = wordRe(
  'sap\\s+nhap|hop\\s+nhat|sap\\s+xep(?:\\s+lai)?|giai\\s+the|chia\\s+tach|merge[sd]?|merger|merging|reorgani[sz](?:ed|ation)|dissolved|abolished',
);

const DAY = '(?:ngay\\s+)?1\\s*[/.-]\\s*7(?:\\s*[/.-]\\s*2025)?|(?:thang\\s+7\\s*(?:[/.-]|nam)?\\s*)?(?:nam\\s+)?2025';
const EVENT = `sap\\s+nhap|sap\\s+xep(?:\\s+lai)?|hop\\s+nhat|bo\\s+cap\\s+huyen|cai\\s+cach|${DAY}`;
const EVENT_EN = '(?:the\\s+)?(?:(?:(?:1\\s+)?july\\s+(?:1\\s*,?\\s*)?)?2025|july\\s+2025)?\\s*(?:merger|reorgani[sz]ation|reform|mergers)?';

/** Phrases of time of two words or more: never part of a name, cut before the place is looked for. */
const BEFORE_PHRASES = wordRe(
  `truoc\\s+(?:khi\\s+)?(?:${EVENT})|truoc\\s+(?:day|kia)|ngay\\s+truoc|luc\\s+truoc|hoi\\s+truoc|(?:khi\\s+)?chua\\s+(?:sap\\s+nhap|sap\\s+xep)|` +
    `(?:before|prior\\s+to)\\s+${EVENT_EN}|used\\s+to|pre[\\s-]*(?:2025|merger|reform)`,
);
const AFTER_PHRASES = wordRe(
  `sau\\s+(?:khi\\s+)?(?:${EVENT})|tu\\s+(?:ngay\\s+)?1\\s*[/.-]\\s*7(?:\\s*[/.-]\\s*2025)?|hien\\s+(?:nay|tai|gio|co)|bay\\s+gio|gio\\s+day|` +
    `(?:after|since)\\s+${EVENT_EN}|at\\s+present|post[\\s-]*(?:2025|merger|reform)`,
);
/** One-word markers: they may be part of a name ("Chợ Mới"), so they are judged later. */
const BEFORE_WORDS = wordRe('cu|formerly|previously|former|old');
const AFTER_WORDS = wordRe('moi|gio|now|currently|current|today|nowadays|new');

const TRADE = wordRe([...INDICATOR_PHRASES.map((p) => p.body), TARGET_BODY].join('|'));

/**
 * How words of these constructions are spelled: typed with diacritics, a word must carry these
 * ("tính" is not "tỉnh", "mọi" is not "mới"); typed without, it is taken at its word.
 */
const SPELLING: Readonly<Record<string, readonly string[]>> = {
  tinh: ['tỉnh'],
  huyen: ['huyện'],
  quan: ['quận'],
  xa: ['xã'],
  phuong: ['phường'],
  thi: ['thị'],
  tran: ['trấn'],
  dac: ['đặc'],
  thanh: ['thành'],
  pho: ['phố'],
  nao: ['nào'],
  cu: ['cũ'],
  moi: ['mới'],
  may: ['mấy'],
  co: ['có'],
  cac: ['các'],
  nhung: ['những'],
  gom: ['gồm'],
  so: ['số'],
  don: ['đơn'],
  vi: ['vị'],
  cap: ['cấp'],
  truoc: ['trước'],
  la: ['là'],
  thuoc: ['thuộc'],
  vao: ['vào'],
  dau: ['đâu'],
  nhap: ['nhập'],
  sap: ['sáp', 'sắp'],
  xep: ['xếp'],
  voi: ['với'],
  tu: ['từ'],
  hop: ['hợp'],
  nhat: ['nhất'],
  con: ['còn'],
  khong: ['không'],
  gio: ['giờ'],
  bay: ['bây'],
  lap: ['lập'],
  ve: ['về'],
  di: ['đi'],
  gi: ['gì'],
  day: ['đây'],
  nhieu: ['nhiêu'],
  sau: ['sau'],
  hien: ['hiện'],
  nay: ['nay'],
  tai: ['tại'],
  ten: ['tên'],
  doi: ['đổi'],
  khi: ['khi'],
  chua: ['chưa'],
};

/**
 * Words that, typed without diacritics in a message typed with them, are more likely other words:
 * "xa" (far), "quan" (official), "may" (luck, machine).
 */
const PLAIN_ELSEWHERE: ReadonlySet<string> = new Set(['xa', 'quan', 'may']);

/** Reads a question about units; null when it has none of the constructions. Never throws. */
export function readUnitQuestion(text: string): UnitQuestion | null {
  return readRemembered(typeof text === 'string' ? text : '');
}

const readRemembered = rememberedReader((text) => {
  try {
    return read(text.normalize('NFC'));
  } catch {
    return null;
  }
});

function read(text: string): UnitQuestion | null {
  const cutter = new TextCutter(text);
  const folded = cutter.folded;
  const marked = hasVietnameseMarks(text);
  const spelledRight = (from: number, to: number) => spelledAsMeant(cutter.originalOf(from, to), marked);

  const before = cutter.find(BEFORE_PHRASES).filter((h) => spelledRight(h.from, h.to));
  const after = cutter.find(AFTER_PHRASES).filter((h) => spelledRight(h.from, h.to));
  for (const hit of [...before, ...after]) cutter.cut(hit);
  // "xã only, not wards", "không tính phường": the left-out types are not asked.
  const narrowing = cutter.find(NARROWING);
  for (const hit of narrowing) cutter.cut(hit);

  let kind: UnitQuestionKind | null = null;
  let asked: AskedUnits | null = null;
  let carried: 'before' | 'after' | null = null;
  let into: Span | null = null;
  let madeOf = false;
  for (const c of CONSTRUCTIONS) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(cutter.folded); m; m = c.re.exec(cutter.folded)) {
      const span = constructionSpan(m, cutter.folded);
      if (!span || !spelledRight(span.from, span.to) || (c.afterNow && !NOW_BEFORE.test(folded.slice(0, span.from)))) continue;
      cutter.cut(span);
      if (c.kind === 'forward' && INTO_END.test(folded.slice(span.from, span.to))) into ??= span;
      c.re.lastIndex = span.to;
      // A later construction may still name the sub-units ("which wards make up …").
      if (kind !== null) {
        asked ??= span.asked;
        if (c.kind === 'count' && madeOf) kind = 'count';
        continue;
      }
      madeOf = c === MADE_OF;
      kind = c.kind;
      asked = span.asked;
      carried = c.when ?? (span.newWord ? 'after' : null);
    }
  }
  // "Bắc Kạn sáp nhập vào Thái Nguyên phải không?": the place asked about is before "into", the
  // place named after it is what the answer will say (not a qualifier: "Bắc Kạn, Thái Nguyên").
  if (into && /\p{L}/u.test(folded.slice(0, into.from)) && /\p{L}/u.test(cutter.folded.slice(into.to))) {
    cutter.cut({ from: into.to, to: folded.length });
  }
  const lineageWords = cutter.find(LINEAGE_WORDS).filter((h) => spelledRight(h.from, h.to));
  if (kind === null && lineageWords.length > 0) kind = 'lineage';
  if (kind === null) return null;

  const markers: WhenMarker[] = [
    ...cutter.find(BEFORE_WORDS).map((h) => ({ when: 'before' as const, ...h })),
    ...cutter.find(AFTER_WORDS).map((h) => ({ when: 'after' as const, ...h })),
  ].filter((h) => spelledRight(h.from, h.to));
  const phrases = new Set<'before' | 'after'>([...(before.length > 0 ? ['before' as const] : []), ...(after.length > 0 ? ['after' as const] : [])]);
  if (carried) phrases.add(carried);
  return {
    kind,
    asked: asked && narrowing.length > 0 ? narrowAsk(asked) : asked,
    when: phrases.size === 1 ? ([...phrases][0] ?? null) : null,
    markers,
    folded,
    rest: cutter.remainder({ keepLoneDash: true, breakAtCuts: true }),
    tradeWords: folded.search(TRADE) >= 0,
  };
}

/** A forward construction that ends in "into": a place may follow it ("sáp nhập vào Thái Nguyên"). */
const INTO_END = /(?:vao|ve|into|to|became|become|becomes|thanh|thuoc)$/;

interface Span {
  readonly from: number;
  readonly to: number;
  readonly asked: AskedUnits | null;
  /** The construction says "mới" of the sub-units ("những xã mới nào"). */
  readonly newWord: boolean;
}

/**
 * The span a construction covers and the sub-units it names. A run of sub-unit words that changes
 * level ("các xã huyện Nghi Lộc") ends the construction where the level changes, so that the rest
 * ("huyện Nghi Lộc") stays with the place.
 */
function constructionSpan(m: RegExpExecArray, folded: string): Span | null {
  const from = m.index;
  let to = from + m[0].length;
  const group = m.indices?.groups?.t;
  let asked: AskedUnits | null = null;
  if (group) {
    const terms = readTerms(folded, group[0]);
    if (!terms) return null;
    asked = terms.asked;
    if (terms.end < group[1]) to = terms.end;
  }
  if (to <= from) return null;
  return { from, to, asked, newWord: /\smoi(?:\s|$)/.test(folded.slice(from, to)) };
}

/** Every word with diacritics is spelled as the construction means it, and a few must carry theirs in a marked message. */
function spelledAsMeant(typed: string, marked: boolean): boolean {
  for (const word of typed.split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (word === '') continue;
    const key = fold(word);
    const forms = SPELLING[key];
    if (!forms) continue;
    if (!hasVietnameseMarks(word)) {
      if (marked && PLAIN_ELSEWHERE.has(key)) return false;
      continue;
    }
    const typedKey = markKey(word);
    if (!forms.some((form) => markKey(form) === typedKey)) return false;
  }
  return true;
}

/**
 * The structure the question asks for, once its place is known: the phrases of time, else the
 * one-word markers outside the place's name (`placeTyped`, the words that named it). Null when
 * nothing says, or both structures are named.
 */
export function whenAsked(question: UnitQuestion, placeTyped: string): AskedWhen {
  if (question.when !== null) return question.when;
  const name = placeSpan(question.folded, placeTyped);
  const outside = question.markers.filter((m) => !name || m.to <= name[0] || m.from >= name[1]);
  const kinds = new Set(outside.map((m) => m.when));
  return kinds.size === 1 ? ([...kinds][0] ?? null) : null;
}

function placeSpan(folded: string, typed: string): readonly [number, number] | null {
  const tokens = foldTokens(typed);
  if (tokens.length === 0) return null;
  const escaped = tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u').exec(folded);
  return m ? [m.index, m.index + m[0].length] : null;
}
