/**
 * Reads a completeness question (DHIS2's "reporting rate"): "ai chưa nộp báo cáo 6 tháng?",
 * "tình hình nộp báo cáo Nghệ An", "who hasn't submitted the annual report", "reporting status
 * Nghe An". Pure and total: anything that is not such a question (a coverage question, a
 * submission, a greeting) gives null, so the next feature can take it.
 */

import { cutPeriods } from '../periods/cut-periods.js';
import { rememberedReader } from '../text/remembered.js';
import { type Hit, TextCutter, wordRe } from '../text/text-cutter.js';
import type { Language, PeriodCode } from '../types.js';
import {
  FILLER_EN,
  FILLER_VI_MARKED,
  FILLER_VI_SAFE,
  INTENT_EN,
  INTENT_VI,
  OTHER_PAPER_SENT_VI,
  OWN_REPORT_SENT_VI,
  SCHEDULE_WORDS,
  SUBMISSION_COUNT,
} from './vocabulary.js';

/** A parsed completeness question. */
export interface CompletenessQuery {
  /** Vietnamese when any Vietnamese phrase asked the question, English otherwise. */
  readonly language: Language;
  /** The report named by its words ("6 tháng" → six_month), or null. */
  readonly scheduleKey: string | null;
  /** An explicit period ("6T/2025" → "2025-6M"), or null. */
  readonly period: PeriodCode | null;
  /** The words left for the place, in their own spelling; empty when none. */
  readonly placeText: string;
}

/** Longest part of a message that is read. */
const MAX_READ = 300;

const VI_RES = INTENT_VI.map(wordRe);
const EN_RES = INTENT_EN.map(wordRe);
const SCHEDULE_RES = SCHEDULE_WORDS.map((s) => ({ key: s.key, re: wordRe(s.body) }));
const SUBMISSION_RE = wordRe(SUBMISSION_COUNT);
const OWN_REPORT_SENT_RE = wordRe(OWN_REPORT_SENT_VI);
const OTHER_PAPER_SENT_RE = wordRe(OTHER_PAPER_SENT_VI);
const VI_SAFE_RE = wordRe(FILLER_VI_SAFE);
const VI_MARKED_RE = wordRe([...new Set(FILLER_VI_MARKED.map(foldPlain))].join('|'));
const EN_RE = wordRe(FILLER_EN);
/**
 * Whether a report not yet sent is still in time ("xã em chưa nộp bc 6 tháng, còn kịp không", "is it
 * too late"): the deadline's question, not who has sent.
 */
const STILL_IN_TIME_RE = wordRe('(?:con|co)\\s+kip|kip\\s+(?:han|khong|ko|k)|in\\s+time|too\\s+late');

function foldPlain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** Parses a completeness question; null when the text is not one. Never throws. */
export function parseCompletenessQuery(text: string): CompletenessQuery | null {
  return typeof text === 'string' ? parseRemembered(text) : null;
}

const parseRemembered = rememberedReader(parseOnce);

/** The particle "dạ" typed with its mark, which "đã" never is. */
const POLITE_DA = /^dạ\s/iu;

function parseOnce(text: string): CompletenessQuery | null {
  const work = new TextCutter(text.slice(0, MAX_READ).normalize('NFC'));
  work.cutAll(OWN_REPORT_SENT_RE);
  work.cutAll(OTHER_PAPER_SENT_RE);
  // "Dạ báo cáo anh" is the polite "yes, reporting to you", not "đã báo cáo" (has reported): both fold alike.
  const vi = VI_RES.some((re) => work.find(re).some((hit) => !POLITE_DA.test(work.originalOf(hit.from, hit.to))));
  const en = EN_RES.some((re) => work.find(re).length > 0);
  if ((!vi && !en) || work.find(SUBMISSION_RE).length > 0 || work.find(STILL_IN_TIME_RE).length > 0) return null;

  const scheduleKey = firstSchedule(work);
  const period = takePeriod(work);
  for (const { re } of SCHEDULE_RES) work.cutAll(re);
  for (const re of [...VI_RES, ...EN_RES]) work.cutAll(re);
  work.cutAll(VI_SAFE_RE);
  work.cutAll(VI_MARKED_RE, (hit) => FILLER_VI_MARKED.includes(work.originalOf(hit.from, hit.to).toLowerCase()));
  work.cutAll(EN_RE, (hit) => /^[\x20-\x7e]+$/.test(work.originalOf(hit.from, hit.to)));
  return { language: vi ? 'vi' : 'en', scheduleKey, period, placeText: work.remainder() };
}

/** The report named first in the text, if any. */
function firstSchedule(work: TextCutter): string | null {
  let best: { key: string; at: number } | null = null;
  for (const { key, re } of SCHEDULE_RES) {
    const hit: Hit | undefined = work.find(re)[0];
    if (hit && (!best || hit.from < best.at)) best = { key, at: hit.from };
  }
  return best?.key ?? null;
}

/** The first explicit period found wins; every period expression ("năm 2025", "hiện nay") is cut. */
function takePeriod(work: TextCutter): PeriodCode | null {
  return cutPeriods(work)[0]?.code ?? null;
}
