/** Sentences about one figure: its value and counts, period, source, targets and gaps, trend and pace. */
import type { IndicatorCode, Language, Report, Target } from '../types.js';
import { computeIndicator, roundPercent, type IndicatorValue } from '../indicators/compute-indicator.js';
import { indicatorDef } from '../indicators/catalogue.js';
import { formatCount, formatPercent, formatPoints, formatPointsChange } from '../format/numbers.js';
import { formatDate } from '../format/dates.js';
import { labelPeriod } from '../periods/label-period.js';
import { periodParts, periodYear } from '../periods/period-code.js';
import type { Figure } from './figures.js';
import { wording } from './wording.js';

/** What the denominator counts, in the reply language ("lao động có việc làm" / "employed workers"). */
export function denominatorNoun(value: IndicatorValue, indicator: IndicatorCode, lang: Language): string {
  const note = value.denominatorNote?.trim() ?? '';
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(note);
  if (paren?.[1] && paren[2]) return lang === 'vi' ? paren[2] : paren[1];
  const def = indicatorDef(indicator);
  return (lang === 'vi' ? def.denominatorVi : def.denominatorEn) ?? note;
}

/** "15,54% (31.455/202.418 lao động có việc làm)", "48,52% (bắt buộc 46% + tự nguyện 2,52%)", "46%". */
export function valueText(value: IndicatorValue, indicator: IndicatorCode, lang: Language, report?: Report): string {
  const pct = formatPercent(value.percent, lang);
  if (value.numerator !== null && value.denominator !== null) {
    const noun = denominatorNoun(value, indicator, lang);
    return `${pct} (${formatCount(value.numerator, lang)}/${formatCount(value.denominator, lang)}${noun ? ` ${noun}` : ''})`;
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

/** "9 tháng 2021 (số liệu đến 30/09/2021)". */
export function periodText(figure: Figure, lang: Language): string {
  const { report } = figure;
  if (report.period && report.asOf) return `${labelPeriod(report.period, lang)} (${wording(lang).asOf(formatDate(report.asOf, lang))})`;
  return figureLabel(figure, lang);
}

/** The document a report came from, or null for a submission. */
export function sourceDocument(report: Report): string | null {
  return report.source.kind === 'submission' ? null : report.source.document ?? report.source.note;
}

/** Where a report came from: a document and its date, or who submitted it, when and by which channel. */
export function sourceText(report: Report, lang: Language): string {
  const w = wording(lang);
  const s = report.source;
  if (s.kind === 'submission') {
    return w.sourceSubmitted(s.submittedBy, s.channel ? w.channel(s.channel) : null, formatDate(report.createdAt, lang));
  }
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
    .sort((a, b) => (a.kind === b.kind ? a.id - b.id : a.kind === 'assigned' ? -1 : 1));
}

/** The target year to compare a figure with: its own year, else the next year that has a target. */
export function targetYear(targets: readonly Target[], indicator: IndicatorCode, year: number): number | null {
  const years = targets.filter((t) => t.indicator === indicator && t.year >= year).map((t) => t.year);
  return years.length > 0 ? Math.min(...years) : null;
}

/** "còn thiếu 0,46 điểm %", "đã đạt", "đã đạt, vượt 1,2 điểm %". */
export function gapText(percent: number, target: number, lang: Language): string {
  const w = wording(lang);
  const diff = roundPercent(percent - target);
  if (diff < 0) return w.short(formatPoints(diff, lang));
  return diff === 0 ? w.reached : w.above(formatPoints(diff, lang));
}

/** "16% (chỉ tiêu giao; <document>, 22/11/2021)". */
export function targetText(t: Target, lang: Language): string {
  const w = wording(lang);
  const kind = t.kind === 'plan' ? w.plan : w.assigned;
  const date = t.sourceDate ? `, ${formatDate(t.sourceDate, lang)}` : '';
  return `${formatPercent(t.percent, lang)} (${kind}; ${t.sourceDocument}${date})`;
}

/** Target lines for a year, with the gap of `percent` against each when a figure is given. */
export function targetLines(list: readonly Target[], year: number, lang: Language, percent: number | null): string[] {
  if (list.length === 0) return [];
  const w = wording(lang);
  const one = (t: Target): string => `${targetText(t, lang)}${percent === null ? '' : ` — ${gapText(percent, t.percent, lang)}`}`;
  const [only] = list;
  if (list.length === 1 && only) return [`${w.targetOf(year)}: ${one(only)}`];
  return [`${w.targetOf(year)}:`, ...list.map((t) => `- ${one(t)}`)];
}

/**
 * The brief form for one-line summaries: "chỉ tiêu giao 2021: 9%, còn thiếu 0,97 điểm %"; with
 * `withSource`, the document too: "kế hoạch tỉnh 2025 (156/KH-UBND): 95%, …".
 */
export function briefTarget(t: Target, lang: Language, percent: number | null, withSource = false): string {
  const w = wording(lang);
  const kind = t.kind === 'plan' ? w.plan : w.assigned;
  const doc = withSource ? ` (${t.sourceDocument})` : '';
  return `${kind} ${t.year}${doc}: ${formatPercent(t.percent, lang)}${percent === null ? '' : `, ${gapText(percent, t.percent, lang)}`}`;
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** "So với 9 tháng 2020 (14,1%): +1,44 điểm %". */
export function trendLine(current: Figure, previous: Figure, lang: Language): string {
  const change = formatPointsChange(current.value.percent - previous.value.percent, lang);
  return wording(lang).trend(figureLabel(previous, lang), formatPercent(previous.value.percent, lang), change);
}

/**
 * Whether the figure reaches the target, said honestly: for the figure's own year, reached or not
 * (a part-year figure is measured against the year's target); for a later target year, a straight-line
 * projection from the previous figure when there is one.
 */
export function paceLine(current: Figure, target: Target, previous: Figure | null, lang: Language, today: string): string | null {
  const w = wording(lang);
  const year = figureYear(current);
  const v = current.value.percent;
  const label = figureLabel(current, lang);
  if (target.year === year) {
    const fullYear = periodParts(current.report.period ?? '')?.kind === 'year';
    if (fullYear) return v >= target.percent ? w.resultReached(year) : w.resultBelow(year, formatPoints(v - target.percent, lang));
    if (v >= target.percent) return w.paceReached(label, year);
    const monthsLeft = today > `${year}-12-31` ? 0 : Math.max(0, 11 - (monthIndex(current.end) % 12));
    return w.paceBelow(label, year, formatPoints(v - target.percent, lang), monthsLeft);
  }
  if (target.year < year) return null;
  if (v >= target.percent) return w.paceReached(label, target.year);
  if (!previous) return null;
  const months = monthIndex(current.end) - monthIndex(previous.end);
  if (months < 1) return null;
  const slope = (v - previous.value.percent) / months;
  const left = monthIndex(`${target.year}-12-31`) - monthIndex(current.end);
  const projected = Math.min(100, Math.max(0, v + slope * left));
  return w.projection(target.year, projected >= target.percent, formatPercent(roundPercent(projected), lang));
}
