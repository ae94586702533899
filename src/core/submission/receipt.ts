/**
 * The receipt for a recorded submission (DESIGN 2.4): what was recorded, for which unit and period,
 * the rates computed from the counts, the targets of the period's year and the gap to each, whether
 * it came on time, warnings, and how to undo it. Pure: everything is fetched by the caller.
 */

import { formatCount, formatDate, formatPercent, formatPoints } from '../format/index.js';
import { computeFromCounts, type IndicatorValue, indicatorDef, indicatorShortName, sameBasis } from '../indicators/index.js';
import { inSentence, labelPeriod, periodYear } from '../periods/index.js';
import { COUNT_KEYS, type CountKey, type Counts, type IndicatorCode, type Language, type PeriodCode, type Target, type TargetKind } from '../types.js';
import type { Outlier } from './index.js';

/** The rates a submission's counts can give, in the order shown. */
export const RECEIPT_INDICATORS: readonly IndicatorCode[] = ['bhxh', 'bhxh_bb', 'bhxh_tn', 'bhtn', 'bhyt', 'huu'];

/** Minutes during which the last submission can be withdrawn. */
export const UNDO_MINUTES = 10;

/** The word that withdraws the last submission, without diacritics so that any keyboard types it. */
export const UNDO_WORD = 'hoan tac';

/** A target to compare with, and whose it is: the unit's own or its province's. */
export interface ReceiptTarget {
  readonly target: Target;
  readonly whose: 'unit' | 'province';
}

/** Everything a receipt says. */
export interface SubmissionReceipt {
  readonly unitLabel: string;
  readonly period: PeriodCode;
  /** True when the sender named no period and the open one was taken. */
  readonly periodImplicit: boolean;
  readonly counts: Counts;
  readonly version: number;
  /** The version this one replaced (a correction), or null for the first active version. */
  readonly replaces: number | null;
  /** Null when no schedule governs the period. */
  readonly onTime: boolean | null;
  /** The period's due date (ISO), when a schedule governs it. */
  readonly due: string | null;
  readonly targets: readonly ReceiptTarget[];
  /** Changes of more than 30 % the sender confirmed. */
  readonly confirmedOutliers: readonly Outlier[];
  /** A correction's keys it did not name, kept from the version it replaced. */
  readonly kept?: readonly CountKey[];
}

/** "ld 180.000 · bb 41.200 · tn 3.150", in the order of the count keys. */
export function countsLine(counts: Counts, lang: Language): string {
  return COUNT_KEYS.filter((k) => counts[k] !== undefined)
    .map((k) => `${k} ${formatCount(counts[k] ?? 0, lang)}`)
    .join(' · ');
}

const KIND: Readonly<Record<Language, Readonly<Record<TargetKind, string>>>> = {
  vi: { assigned: 'chỉ tiêu giao', plan: 'kế hoạch', party_resolution: 'Nghị quyết Đại hội Đảng bộ' },
  en: { assigned: 'assigned', plan: 'plan', party_resolution: 'Party Congress resolution' },
};

/** A target against the submitted rate: its gap, or that it is not compared when it is a share of something else. */
function gapText(target: ReceiptTarget, value: IndicatorValue, lang: Language): string {
  const t = target.target;
  const whose = target.whose === 'unit' ? (lang === 'vi' ? 'của đơn vị' : "unit's") : lang === 'vi' ? 'của tỉnh' : "province's";
  const about = `${KIND[lang][t.kind]}, ${t.label?.[lang] ?? t.sourceDocument}`;
  const head =
    lang === 'vi'
      ? `chỉ tiêu ${t.year} ${whose} ${formatPercent(t.percent, lang)} (${about})`
      : `${whose} ${t.year} target ${formatPercent(t.percent, lang)} (${about})`;
  if (!sameBasis(value.basis, t.basis)) return `${head}: ${lang === 'vi' ? 'không cùng cơ sở tính' : 'not on the same basis'}`;
  const gap = t.percent - value.percent;
  const tail =
    gap > 0
      ? lang === 'vi'
        ? `còn thiếu ${formatPoints(gap, lang)}`
        : `${formatPoints(gap, lang)} short`
      : lang === 'vi'
        ? `đã đạt${gap < 0 ? `, vượt ${formatPoints(gap, lang)}` : ''}`
        : `reached${gap < 0 ? `, ${formatPoints(gap, lang)} above` : ''}`;
  return `${head}: ${tail}`;
}

/** One line per rate the counts give, with its targets for the period's year. */
function rateLines(r: SubmissionReceipt, lang: Language): string[] {
  const year = periodYear(r.period);
  const lines: string[] = [];
  for (const code of RECEIPT_INDICATORS) {
    const value = computeFromCounts(r.counts, code);
    if (!value) continue;
    const targets = r.targets.filter((t) => t.target.indicator === code && t.target.year === year);
    const gaps = targets.map((t) => gapText(t, value, lang));
    const none = lang === 'vi' ? `chưa có chỉ tiêu ${year}` : `no ${year} target`;
    const ratio = `${formatCount(value.numerator ?? 0, lang)}/${formatCount(value.denominator ?? 0, lang)}`;
    lines.push(`• ${indicatorShortName(code, lang)}: ${formatPercent(value.percent, lang)} (${ratio}); ${gaps.length > 0 ? gaps.join('; ') : none}`);
  }
  return lines;
}

/** Counts given without the denominator their rate needs: "no 'ld' yet, so no rate for bb". */
function missingDenominators(counts: Counts, lang: Language): string[] {
  const missing = new Map<CountKey, CountKey[]>();
  for (const code of RECEIPT_INDICATORS) {
    const { numerator, denominator } = indicatorDef(code);
    if (denominator === null || counts[denominator] !== undefined) continue;
    for (const key of numerator.filter((k) => counts[k] !== undefined)) {
      const keys = missing.get(denominator) ?? [];
      if (!keys.includes(key)) keys.push(key);
      missing.set(denominator, keys);
    }
  }
  return [...missing].map(([den, keys]) =>
    lang === 'vi' ? `Lưu ý: chưa có '${den}' nên chưa tính được tỷ lệ cho ${keys.join(', ')}.` : `Note: no '${den}' given, so no rate for ${keys.join(', ')}.`,
  );
}

function timeliness(r: SubmissionReceipt, lang: Language): string | null {
  if (r.onTime === null || r.due === null) return null;
  const due = formatDate(r.due, lang);
  if (lang === 'vi') return r.onTime ? `Nộp đúng hạn (hạn ${due}).` : `Nộp muộn: hạn là ${due} (số liệu vẫn được ghi nhận).`;
  return r.onTime ? `On time (due ${due}).` : `Late: it was due ${due} (the figures are still recorded).`;
}

function periodNote(r: SubmissionReceipt, lang: Language): string | null {
  if (!r.periodImplicit) return null;
  const label = labelPeriod(r.period, lang);
  return lang === 'vi'
    ? `Kỳ báo cáo: ${label} (kỳ đang mở). Để nộp cho kỳ khác, ghi kỳ sau 'nop', ví dụ: nop T6/2025 bb 41.200.`
    : `Period: ${label} (the open one). For another period, name it after 'nop', e.g. nop T6/2025 bb 41.200.`;
}

/** The reply to a recorded submission. Never empty. */
export function composeSubmissionReceipt(lang: Language, r: SubmissionReceipt): string {
  const period = labelPeriod(r.period, lang);
  const version =
    r.replaces !== null
      ? lang === 'vi'
        ? `phiên bản ${r.version}, thay phiên bản ${r.replaces}`
        : `version ${r.version}, replaces version ${r.replaces}`
      : lang === 'vi'
        ? `phiên bản ${r.version}`
        : `version ${r.version}`;
  const head =
    lang === 'vi'
      ? `Đã ghi nhận số liệu ${inSentence(period)} của ${r.unitLabel} (${version}):`
      : `Recorded the figures for ${period} of ${r.unitLabel} (${version}):`;
  const confirmed =
    r.confirmedOutliers.length === 0
      ? null
      : lang === 'vi'
        ? `Đã xác nhận thay đổi hơn 30% so với kỳ trước: ${r.confirmedOutliers.map((o) => o.key).join(', ')}.`
        : `Confirmed changes of more than 30% against the previous report: ${r.confirmedOutliers.map((o) => o.key).join(', ')}.`;
  const undo = lang === 'vi' ? `Gửi '${UNDO_WORD}' trong ${UNDO_MINUTES} phút để huỷ.` : `Send 'undo' within ${UNDO_MINUTES} minutes to withdraw it.`;
  return [
    head,
    countsLine(r.counts, lang),
    keptLine(r, lang),
    ...rateLines(r, lang),
    ...missingDenominators(r.counts, lang),
    confirmed,
    timeliness(r, lang),
    periodNote(r, lang),
    undo,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

/** "Giữ nguyên từ phiên bản 2: ld, tn" for a correction that named only some keys. */
function keptLine(r: SubmissionReceipt, lang: Language): string | null {
  if (!r.kept || r.kept.length === 0 || r.replaces === null) return null;
  const keys = COUNT_KEYS.filter((k) => r.kept?.includes(k)).join(', ');
  return lang === 'vi' ? `Giữ nguyên từ phiên bản ${r.replaces}: ${keys}.` : `Kept from version ${r.replaces}: ${keys}.`;
}
