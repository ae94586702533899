/**
 * Sentences about one figure: its value and counts, period and source, and the targets it is measured
 * against, each with its kind, source and gap (trend and pace: pace-text.ts).
 */

import { formatDate } from '../format/dates.js';
import { formatCount, formatPercent, formatPoints } from '../format/numbers.js';
import { sameBasis, shareOf } from '../indicators/basis.js';
import { indicatorDef } from '../indicators/catalogue.js';
import { computeIndicator, type IndicatorValue, roundPercent } from '../indicators/compute-indicator.js';
import { labelPeriod } from '../periods/label-period.js';
import { periodYear } from '../periods/period-code.js';
import { visible } from '../text/visible.js';
import type { IndicatorCode, Language, Report, Target } from '../types.js';
import type { Figure } from './figures.js';
import { wording } from './wording.js';

/** What a target is measured against: a figure's percent and what it is a share of. */
export type Measured = Pick<IndicatorValue, 'percent' | 'basis'>;

/** What the denominator counts, in the reply language ("lao động có việc làm" / "employed workers"). */
export function denominatorNoun(value: IndicatorValue, indicator: IndicatorCode, lang: Language): string {
  const note = value.denominatorNote?.trim() ?? '';
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(note);
  if (paren?.[1] && paren[2]) return lang === 'vi' ? paren[2] : paren[1];
  const def = indicatorDef(indicator);
  return (lang === 'vi' ? def.denominatorVi : def.denominatorEn) ?? note;
}

/**
 * A figure's or a target's percent: "8,03%", or with `withBasis` "8,03% số lao động có việc làm"
 * (nothing added for an unknown basis).
 */
export function percentText(value: Measured, lang: Language, withBasis: boolean): string {
  const share = withBasis ? shareOf(value.basis, lang) : null;
  return `${formatPercent(value.percent, lang)}${share ? ` ${share}` : ''}`;
}

/**
 * "15,54% (31.455/202.418 lao động có việc làm)", "48,52% (bắt buộc 46% + tự nguyện 2,52%)", "46%";
 * `withBasis` names what a percent without counts is a share of ("8,03% số lao động có việc làm"),
 * for when it stands beside a target on another basis.
 */
export function valueText(value: IndicatorValue, indicator: IndicatorCode, lang: Language, report?: Report, withBasis = false): string {
  const pct = percentText(value, lang, withBasis);
  if (value.numerator !== null && value.denominator !== null) {
    // The counts' denominator already says what the percent is a share of.
    const noun = denominatorNoun(value, indicator, lang);
    return `${formatPercent(value.percent, lang)} (${formatCount(value.numerator, lang)}/${formatCount(value.denominator, lang)}${noun ? ` ${noun}` : ''})`;
  }
  if (value.derivedFrom && report) {
    const bb = computeIndicator(report, 'bhxh_bb');
    const tn = computeIndicator(report, 'bhxh_tn');
    if (bb && tn) return `${pct} (${wording(lang).componentsSum(formatPercent(bb.percent, lang), formatPercent(tn.percent, lang))})`;
  }
  return pct;
}

/** The period label of a figure, or its as-of date when it has no period. */
export function figureLabel(figure: Figure, lang: Language): string {
  const { report } = figure;
  if (report.period) return labelPeriod(report.period, lang);
  return wording(lang).asOf(formatDate(figure.end, lang));
}

/**
 * The day figures stand for, never after the day they were recorded: a year's figures sent in
 * November are "as of" that day, not of 31 December still to come.
 */
function recordedAsOf(report: Report): string | null {
  const recorded = report.createdAt.slice(0, 10);
  return report.asOf !== null && recorded < report.asOf ? recorded : report.asOf;
}

/** "9 tháng đầu năm 2021 (số liệu đến 30/09/2021)". */
export function periodText(figure: Figure, lang: Language): string {
  const { report } = figure;
  const asOf = recordedAsOf(report);
  if (report.period && asOf) return `${labelPeriod(report.period, lang)} (${wording(lang).asOf(formatDate(asOf, lang))})`;
  return figureLabel(figure, lang);
}

/** The document a report came from, or null for a submission. */
export function sourceDocument(report: Report): string | null {
  return report.source.kind === 'submission' ? null : (report.source.document ?? report.source.note);
}

/**
 * Where a report came from: its label in the reply language (which names the date), else its document
 * and date; or who submitted it, when and by which channel.
 */
export function sourceText(report: Report, lang: Language): string {
  const w = wording(lang);
  const s = report.source;
  if (s.kind === 'submission') {
    return w.sourceSubmitted(
      s.submittedBy === null ? null : visible(s.submittedBy),
      s.channel ? w.channel(s.channel) : null,
      formatDate(report.createdAt, lang),
    );
  }
  if (s.label) return w.sourceDoc(s.label[lang], null);
  const doc = sourceDocument(report) ?? w.importedData;
  return w.sourceDoc(doc, s.date ? formatDate(s.date, lang) : null);
}

/** The year a figure belongs to. */
export function figureYear(figure: Figure): number {
  return (figure.report.period ? periodYear(figure.report.period) : null) ?? Number(figure.end.slice(0, 4));
}

/** Targets of an indicator for a year, the assigned one first. */
export function targetsFor(targets: readonly Target[], indicator: IndicatorCode, year: number): Target[] {
  return targets
    .filter((t) => t.indicator === indicator && t.year === year)
    .sort((a, b) => (a.kind === b.kind ? a.id - b.id : a.kind === 'assigned' ? -1 : b.kind === 'assigned' ? 1 : a.id - b.id));
}

/** The target year to compare a figure with: its own year, else the next year that has a target. */
export function targetYear(targets: readonly Target[], indicator: IndicatorCode, year: number): number | null {
  const years = targets.filter((t) => t.indicator === indicator && t.year >= year).map((t) => t.year);
  return years.length > 0 ? Math.min(...years) : null;
}

/** Whether a target may be compared with the figure: only on the same basis (sameBasis). */
export function comparable(t: Target, value: Measured): boolean {
  return sameBasis(value.basis, t.basis);
}

/**
 * "còn thiếu 0,46 điểm phần trăm (đạt 97,1% chỉ tiêu)", "đã đạt", "đã đạt, vượt 1,2 điểm phần trăm".
 * Short of a target, the share of it reached, to one decimal (rounded down, so never "100%" short
 * of it), as officials report it; not in the one-line summaries (`withShare` false).
 */
export function gapText(percent: number, target: number, lang: Language, withShare = true): string {
  const w = wording(lang);
  const diff = roundPercent(percent - target);
  if (diff < 0) {
    const share = withShare && target > 0 ? Math.floor((percent / target) * 1000) / 10 : null;
    return w.short(formatPoints(diff, lang)) + (share === null ? '' : ` (${w.shareOfTarget(formatPercent(share, lang))})`);
  }
  return diff === 0 ? w.reached : w.above(formatPoints(diff, lang));
}

/** The gap to a comparable target, else that it is not compared. */
function against(t: Target, value: Measured, lang: Language, withShare = true): string {
  return comparable(t, value) ? gapText(value.percent, t.percent, lang, withShare) : wording(lang).notCompared;
}

/** A target's source in the reply language: its label (which names the date), else its document and date. */
export function targetSource(t: Target, lang: Language): string {
  if (t.label) return t.label[lang];
  return `${t.sourceDocument}${t.sourceDate ? `, ${formatDate(t.sourceDate, lang)}` : ''}`;
}

/** "16% (chỉ tiêu giao; <source>)"; `withBasis` names what the percent is a share of. */
export function targetText(t: Target, lang: Language, withBasis = false): string {
  return `${percentText(t, lang, withBasis)} (${wording(lang).targetKind[t.kind]}; ${targetSource(t, lang)})`;
}

/**
 * Target lines for a year. Beside a figure, a target on another basis names its basis; with `compare`,
 * each gets its gap when it is on the figure's basis, else it is said not to be compared.
 */
export function targetLines(list: readonly Target[], year: number, lang: Language, value: Measured | null, compare = true): string[] {
  if (list.length === 0) return [];
  const w = wording(lang);
  const one = (t: Target): string => {
    if (value === null) return targetText(t, lang);
    const text = targetText(t, lang, !comparable(t, value));
    return compare ? `${text} — ${against(t, value, lang)}` : text;
  };
  const [only] = list;
  if (list.length === 1 && only) return [`${w.targetOf(year)}: ${one(only)}`];
  return [`${w.targetOf(year)}:`, ...list.map((t) => `- ${one(t)}`)];
}

/**
 * The brief form for one-line summaries: "chỉ tiêu giao 2021: 9%, còn thiếu 0,97 điểm phần trăm"; with
 * `withSource`, the source too: "kế hoạch 2025 (<source>): 95%, …". A target on another basis names
 * its basis and is not compared.
 */
export function briefTarget(t: Target, lang: Language, value: Measured | null, withSource = false): string {
  const doc = withSource ? ` (${targetSource(t, lang)})` : '';
  const head = `${wording(lang).targetKind[t.kind]} ${t.year}${doc}`;
  if (value === null) return `${head}: ${percentText(t, lang, false)}`;
  return `${head}: ${percentText(t, lang, !comparable(t, value))}, ${against(t, value, lang, false)}`;
}
