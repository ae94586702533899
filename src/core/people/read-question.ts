/**
 * Reads the people questions: how many people (participants, and what they are counted against),
 * how many are still short of a target, whether a target was reached, and how far a count went
 * towards its plan ("đạt 95,6% kế hoạch"). Pure and total: null when the message is none of these,
 * so that the coverage question (or another kind) answers it.
 *
 * Read on the text folded as place names are (lower case, no diacritics, đ → d) but with "%" kept,
 * since "bao nhiêu % dân số" asks for a share, not a count. In the order tried:
 * 1. plan fulfilment: a plan word and a measure of it ("bao nhiêu % kế hoạch", "tiến độ thực hiện kế
 *    hoạch", "percent of plan achieved");
 * 2. shortfall: a word of lacking or adding ("còn thiếu", "cần thêm", "how many more", "short of")
 *    beside a target, people or reaching word; also a count asked against a target ("chỉ tiêu là
 *    bao nhiêu người"); a gap asked as a share and not in people ("tỷ lệ còn thiếu bao nhiêu so với
 *    chỉ tiêu") is reached or not, which gives the gap in points (and in people where it can);
 * 3. reached or not: a reaching word and a target word (or a level named: "đạt 16% chưa"), asked
 *    as a question ("đã đạt chỉ tiêu chưa", "có hoàn thành mục tiêu không", "Has … met its target?");
 *    or a reaching word closed by "chưa" / "không" ("bhyt Bắc Kạn 2021 đạt chưa");
 * 4. people: a counting phrase with people (those not taking part when it says so: "chưa tham gia") ("bao nhiêu người", "số lao động", "how many people",
 *    "number of participants"); a share asked beside it ("tỷ lệ", "%") leaves it to the coverage answer
 *    unless the count is asked outright ("bao nhiêu người").
 * A question that compares or ranks places ("so sánh", "tỉnh nào", "which") is left to those kinds.
 */
import { messageLanguageEvidence } from '../query/parse-query.js';
import { rawWords } from '../text/fold.js';
import { rememberedReader } from '../text/remembered.js';
import * as people from './vocabulary.js';

/** The four kinds this reader knows. */
export type PeopleKind = 'count' | 'shortfall' | 'reached' | 'fulfilment';

/**
 * Whom a count question is about: participants, the population or workers (the denominators), or
 * those of them not taking part (the denominator less the numerator).
 */
export type PeopleSubject = 'participants' | 'population' | 'labour' | 'uncovered';

/** A people question, read. */
export interface PeopleQuestion {
  readonly kind: PeopleKind;
  readonly subject: PeopleSubject;
  /** A target level the question names ("để đạt 16%", "mục tiêu 3%"), else null. */
  readonly namedPercent: number | null;
}

/** Longest part of a message read, as the coverage parser reads it. */
const MAX_READ = 300;

const readRemembered = rememberedReader((text) => {
  try {
    return read(text);
  } catch {
    return null;
  }
});

/** Reads a message; null when it is not one of the people kinds. Never throws. */
export function readPeopleQuestion(text: string): PeopleQuestion | null {
  return readRemembered(typeof text === 'string' ? text.slice(0, MAX_READ) : '');
}

/**
 * The text folded for reading: lower case, no diacritics, đ → d, "%" a word of its own, anything
 * else but letters and digits a space; a decimal comma or point between digits is kept ("2,5%").
 */
export function foldKeepingPercent(text: string): string {
  return ` ${text
    .normalize('NFD')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\p{M}/gu, '')
    .replace(/(\d)[.,](?=\d)/gu, '$1·')
    .replace(/%/g, ' % ')
    .replace(/[^\p{L}\p{N}%·]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

function read(text: string): PeopleQuestion | null {
  const t = foldKeepingPercent(text);
  if (people.OTHER_KIND.test(t)) return null;
  const has = (re: RegExp) => re.test(t);
  const target = has(people.TARGET);
  const plan = has(people.PLAN);
  const peopleWords = has(people.PEOPLE);
  const reachWord = has(people.REACH_OTHER) || reachTyped(text);
  const short = has(people.SHORT) || (has(people.MORE) && !halfTyped(text)) || (has(people.GAP_WORD) && englishGap(text));
  const counting = has(people.COUNT_STRONG) || (has(people.COUNT_WEAK) && !has(people.RATE));
  const namedPercent = readNamedPercent(t);
  const make = (kind: PeopleKind): PeopleQuestion => ({ kind, subject: subjectOf(t), namedPercent });

  // A gap asked as a share ("tỷ lệ còn thiếu bao nhiêu so với chỉ tiêu") is reached or not, in points.
  if (short && target && !peopleWords && has(people.RATE_GAP)) return make('reached');
  // Short of the assigned plan ("còn thiếu bao nhiêu so với kế hoạch giao"): how far the count went towards it.
  if (short && plan && !target) return make('fulfilment');
  // "còn thiếu bn % nữa mới đạt 95%", "8,03% vs ct 9%, đạt chưa, thiếu bn điểm": a level named or
  // reaching asked, the gap in points.
  if (short && (namedPercent !== null || reachWord) && !peopleWords && has(people.SHARE_ASKED)) return make('reached');
  if (short && (target || peopleWords)) return make('shortfall');
  const due = has(people.PLAN_DUE);
  const planItself = due || (has(people.PLAN_IS) && !reachWord && !has(people.REACH_OTHER));
  if (plan && !target && has(people.PLAN_MEASURE) && !planItself) return make('fulfilment');
  if (short && (plan || reachWord || namedPercent !== null)) return make('shortfall');
  if (counting && (target || (namedPercent !== null && reachWord))) return make('shortfall');
  if ((target || plan) && reachWord && !due && (has(people.ASKING) || has(people.SHARE_OF_TARGET))) return make('reached');
  // "đã đạt 16% chưa?", "Did Hai Phong reach 55%?": a level named stands for the target.
  if (namedPercent !== null && reachWord && has(people.ASKING)) return make('reached');
  // "BHYT Bắc Kạn 2021 đạt chưa?": reaching asked with a closing particle stands for the target.
  if (reachWord && has(people.CLOSING)) return make('reached');
  if (counting) return make('count');
  // "số lao động chưa tham gia BHXH chiếm bao nhiêu phần trăm", "how many still lack SI, and what share".
  if (has(people.NOT_PARTICIPATING) && (has(people.SHARE_ASKED) || has(people.SHARE_OF_THEM))) return make('count');
  return null;
}

/**
 * Whom the counting phrase is about: those not taking part when it says so ("chưa tham gia", "not
 * covered"); else participants unless it names the population or the workers alone.
 */
function subjectOf(t: string): PeopleSubject {
  if (people.NOT_PARTICIPATING.test(t)) return 'uncovered';
  if (people.PARTICIPATING.test(t)) return 'participants';
  if (people.POPULATION.test(t)) return 'population';
  if (people.LABOUR.test(t)) return 'labour';
  return 'participants';
}

/**
 * Whether "đạt" (reach) is typed: "đặt" (set) is not it ("đặt mục tiêu" asks for the target itself).
 * Typed without marks, "dat" may be either, and the question form decides.
 */
function reachTyped(text: string): boolean {
  return rawWords(text).some((word) => people.REACH_DAT.test(word.toLowerCase()));
}

/** "gap" typed without marks in a message whose words are not Vietnamese (vocabulary.ts GAP_WORD). */
function englishGap(text: string): boolean {
  return rawWords(text).some((word) => word.toLowerCase() === 'gap') && messageLanguageEvidence(text) !== 'vi';
}

/** "nửa" (half: "nửa đầu năm") typed with its marks, and no "nữa" (more). */
function halfTyped(text: string): boolean {
  const typed = rawWords(text).map((word) => word.toLowerCase());
  return typed.includes('nửa') && !typed.includes('nữa');
}

/**
 * The target level a question names: a percent next after a target or reaching word ("đạt 16%",
 * "mục tiêu BHXH tự nguyện 3%", "reach 16%"), within a few words; null when none does.
 */
export function readNamedPercent(folded: string): number | null {
  const all = [...folded.matchAll(people.NAMED_PERCENT)];
  const last = all[all.length - 1]?.[1];
  if (last === undefined) return null;
  const value = Number(last.replace('·', '.'));
  return Number.isFinite(value) && value > 0 && value <= 100 ? value : null;
}
