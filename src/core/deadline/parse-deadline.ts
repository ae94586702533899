/**
 * Reads a deadline question: "hạn nộp báo cáo 6 tháng là ngày nào", "bao cao ca nam nop truoc ngay
 * nao", "When is the annual report due?", "báo cáo năm gửi về cơ quan nào", "còn mấy ngày nữa đến
 * hạn", "hạn nộp báo cáo 6 tháng của Nghệ An". Pure and total: anything else (a coverage question, a
 * submission, a completeness question such as "ai chưa nộp báo cáo 6 tháng") gives null.
 */

import { parseCompletenessQuery } from '../completeness/index.js';
import { OWN_REPORT_SENT_VI, SUBMISSION_COUNT } from '../completeness/vocabulary.js';
import { cutPeriods } from '../periods/cut-periods.js';
import { messageLanguageEvidence, parseQuery } from '../query/parse-query.js';
import { rememberedReader } from '../text/remembered.js';
import { TextCutter, wordRe } from '../text/text-cutter.js';
import type { Language, PeriodCode } from '../types.js';
import { LATENESS, type SentOn, takeDueOn, takeReferenceDay, takeSentOn } from './sent-on.js';
import {
  ASK_EN,
  DAY_OFF,
  DEADLINE_EN,
  DEADLINE_HINT_EN,
  DEADLINE_HINT_VI,
  DEADLINE_VI,
  FILLER_EN,
  FILLER_VI_MARKED,
  FILLER_VI_SAFE,
  HOW_VI,
  MOVED,
  REPORT_KIND_WORDS,
  REPORT_WORDS_EN,
  REPORT_WORDS_VI,
  type ReportKind,
  SEND_WORDS_EN,
  SEND_WORDS_VI,
  TARGET_WORDS,
  WHEN_EN,
  WHEN_VI,
  WHOM_VI,
} from './vocabulary.js';

/** A parsed deadline question. */
export interface DeadlineQuestion {
  /** Vietnamese when Vietnamese words asked it, English otherwise. */
  readonly language: Language;
  /** The reports named, in the order named; empty when none is ("còn mấy ngày nữa đến hạn"). */
  readonly kinds: readonly ReportKind[];
  /** An explicit period ("báo cáo năm 2025" → "2025"), or null. */
  readonly period: PeriodCode | null;
  /** The words that may name a place, in their own spelling; empty when none. */
  readonly placeText: string;
  /** The day a report is sent, when the question asks whether that is on time ("nộp ngày 21/12 có trễ không"). */
  readonly sentOn: SentOn | null;
  /** The day asked whether it is the deadline ("thứ 6 tuần này là hạn nộp hả"), when no day of sending is. */
  readonly dueOn: SentOn | null;
  /** The day the question counts from instead of today ("hôm nay là 1/7/2031, còn mấy ngày"), or null. */
  readonly asOf: SentOn | null;
  /** The question asks what happens to a deadline on a weekend or a holiday ("T7 CN có tính vào hạn không, hay lùi sang thứ 2"). */
  readonly asksDayOff: boolean;
}

/** Longest part of a message that is read. */
const MAX_READ = 300;

const re = {
  deadlineVi: wordRe(DEADLINE_VI),
  deadlineEn: wordRe(DEADLINE_EN),
  hintVi: wordRe(DEADLINE_HINT_VI),
  hintEn: wordRe(DEADLINE_HINT_EN),
  reportVi: wordRe(REPORT_WORDS_VI),
  sendVi: wordRe(SEND_WORDS_VI),
  reportEn: wordRe(REPORT_WORDS_EN),
  sendEn: wordRe(SEND_WORDS_EN),
  whenEn: wordRe(WHEN_EN),
  whenVi: wordRe(WHEN_VI),
  whomVi: wordRe(WHOM_VI),
  howVi: wordRe(HOW_VI),
  askEn: wordRe(ASK_EN),
  askWhoEn: wordRe('who\\s+(?:do|does|should|must|can|will)\\s+\\w+\\s+(?:send|submit|report|give)'),
  target: wordRe(TARGET_WORDS),
  submission: wordRe(SUBMISSION_COUNT),
  fillerVi: wordRe(FILLER_VI_SAFE),
  fillerViMarked: wordRe([...new Set(FILLER_VI_MARKED.map(foldPlain))].join('|')),
  fillerEn: wordRe(FILLER_EN),
  ownSent: wordRe(OWN_REPORT_SENT_VI),
  dayOff: wordRe(DAY_OFF),
  moved: wordRe(MOVED),
};
const KIND_RES = REPORT_KIND_WORDS.map((k) => ({ kind: k.kind, re: wordRe(k.body) }));
const ASCII = /^[\x20-\x7e]+$/;

function foldPlain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** Parses a deadline question; null when the text is not one. Never throws. */
export function parseDeadlineQuestion(text: string): DeadlineQuestion | null {
  return typeof text === 'string' ? parseRemembered(text) : null;
}

const parseRemembered = rememberedReader(parseOnce);

function parseOnce(text: string): DeadlineQuestion | null {
  if (/^\s*\//.test(text)) return null;
  const work = new TextCutter(text.slice(0, MAX_READ).normalize('NFC'));
  const has = (r: RegExp) => work.find(r).length > 0;
  if (has(re.submission) || parseCompletenessQuery(text) !== null) return null;
  // "ngày 15/8 em đã gửi bc rồi nhé. …": the writer's own report sent is news, not a question of
  // deadlines, unless a deadline or lateness is asked beside it ("em nộp rồi, có bị trễ không").
  if (has(re.ownSent) && !has(re.deadlineVi) && !has(re.deadlineEn) && !has(LATENESS)) return null;

  const kinds = namedKinds(work);
  const strongVi = has(re.deadlineVi);
  const strongEn = has(re.deadlineEn);
  const reportVi = has(re.reportVi);
  const reportEn = has(re.reportEn);
  const sendVi = has(re.sendVi);
  // A report is named: "báo cáo", "report", or a report's own words ("hàng tháng", "annual").
  const named = reportVi || reportEn || kinds.length > 0;
  const hintVi = has(re.hintVi);
  const whenVi = has(re.whenVi);
  const whomVi = has(re.whomVi);
  // "như thế nào" also ends coverage questions ("BHXH 6 tháng thế nào") and "nộp số liệu thế nào" asks how
  // to use the bot: it asks how a report goes only beside "báo cáo", or a report's words and "nộp"/"gửi".
  const howVi = has(re.howVi) && (reportVi || (kinds.length > 0 && sendVi));
  const askEn = has(re.askEn) || has(re.askWhoEn);
  const asOf = takeReferenceDay(work);
  // A day of sending asked about ("nộp ngày 21/12 có trễ không") beside a report or a word of sending.
  // "hôm nay là 20/12/2031, nộp bc năm có kịp không": the day counted from is the day of sending.
  const sentOn = named || sendVi || has(re.sendEn) ? (takeSentOn(work) ?? (asOf && has(LATENESS) ? asOf : null)) : null;
  // A day asked whether it is the deadline ("thứ 6 tuần này là hạn nộp hả") beside a report or a deadline's words.
  const dueOn = sentOn === null && (named || sendVi || strongVi || strongEn) ? takeDueOn(work) : null;
  const dayAsked = sentOn ?? dueOn;
  const evidence = dayAsked ? messageLanguageEvidence(text) : null;
  const vi =
    strongVi ||
    (named && (whenVi || whomVi || howVi || hintVi)) ||
    (sendVi && (whenVi || hintVi)) ||
    (hintVi && whenVi) ||
    (dayAsked !== null && evidence !== 'en');
  const en = strongEn || ((reportEn || kinds.length > 0) && (askEn || has(re.hintEn))) || (has(re.sendEn) && has(re.whenEn)) || dayAsked !== null;
  if (!vi && !en) return null;
  if (!strongVi && !strongEn && has(re.target)) return null;

  const asksDayOff = has(re.dayOff) && has(re.moved);
  const period = takePeriod(work);
  if (sentOn) work.cutAll(LATENESS);
  for (const { re: kindRe } of KIND_RES) work.cutAll(kindRe);
  for (const r of [re.deadlineVi, re.deadlineEn, re.hintVi, re.whenVi, re.whomVi, re.howVi, re.askWhoEn, re.askEn, re.hintEn]) work.cutAll(r);
  for (const r of [re.reportVi, re.sendVi, re.fillerVi]) work.cutAll(r);
  work.cutAll(re.fillerViMarked, (hit) => FILLER_VI_MARKED.includes(work.originalOf(hit.from, hit.to).toLowerCase()));
  for (const r of [re.reportEn, re.sendEn]) work.cutAll(r, (hit) => ASCII.test(work.originalOf(hit.from, hit.to)));
  work.cutAll(re.fillerEn, (hit) => ASCII.test(work.originalOf(hit.from, hit.to)));
  // Asked with English words of the trade ("deadline"): the rest of the message tells the language
  // ("deadline báo cáo 6 tháng" is Vietnamese).
  const language = vi ? 'vi' : (messageLanguageEvidence(text) ?? 'en');
  return { language, kinds, period, placeText: placeWords(work.remainder()), sentOn, dueOn, asOf, asksDayOff };
}

/** The reports named, in the order they are named. */
function namedKinds(work: TextCutter): ReportKind[] {
  return KIND_RES.map(({ kind, re: kindRe }) => ({ kind, at: work.find(kindRe)[0]?.from ?? -1 }))
    .filter((k) => k.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((k) => k.kind);
}

/** The first explicit period found wins; every period expression ("năm 2025", "hiện nay") is cut. */
function takePeriod(work: TextCutter): PeriodCode | null {
  return cutPeriods(work)[0]?.code ?? null;
}

/** What the coverage parser leaves of the remainder (indicator words, target words and its filler cut). */
function placeWords(rest: string): string {
  if (rest === '') return '';
  const parsed = parseQuery(rest);
  return parsed.intent === 'coverage' ? parsed.looseText : '';
}
