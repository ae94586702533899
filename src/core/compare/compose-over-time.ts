/**
 * One place compared with itself over time: "tỷ lệ BHXH Bắc Kạn 9 tháng 2021 so với cùng kỳ năm
 * trước", "so với năm 2021", "compared with last year", "so sánh chỉ tiêu 2025 và 2030". Both
 * figures (or both years' targets) with their periods and sources, then the change in percentage
 * points from the earlier to the later where both are shares of the same thing; a period the bot
 * does not hold is named, with the periods it does hold and how to add the missing one.
 */

import { figureLabel, periodText, sourceText, targetsFor, targetText, valueText } from '../answer/figure-text.js';
import { type Figure, figuresOf, previousFigure, selectFigure } from '../answer/figures.js';
import { capitalise, uncapitalise } from '../answer/wording.js';
import { formatDecimal, formatPercent, formatPoints } from '../format/numbers.js';
import { sameBasis } from '../indicators/basis.js';
import { indicatorName } from '../indicators/catalogue.js';
import { roundPercent } from '../indicators/compute-indicator.js';
import { inSentence, labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { periodCode, periodParts, periodYear } from '../periods/period-code.js';
import type { IndicatorCode, Language, Target } from '../types.js';
import { type PlaceData, shownThroughLines } from './compose-comparison.js';
import { comparableTargets, nearestYear } from './pick.js';
import type { Against } from './read-comparison.js';
import { addDataHint } from './texts.js';
import { basisPhrase } from './verdict.js';

/** Everything a comparison over time needs, already fetched. */
export interface OverTimeInput {
  readonly lang: Language;
  readonly indicator: IndicatorCode | null;
  readonly wantsTarget: boolean;
  readonly place: PlaceData;
  /** The period compared: the one asked, or the latest. */
  readonly period: PeriodRequest;
  /** What it is compared with. */
  readonly against: Against;
  /** Further years asked, for targets ("so sánh chỉ tiêu 2021, 2025 và 2030"): each shown, in order. */
  readonly alsoYears?: readonly number[];
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
}

/** A value at one time, as the verdict needs it. */
interface Point {
  readonly percent: number;
  readonly basis: Figure['value']['basis'];
  readonly label: string;
  /** Sorts the points in time. */
  readonly at: string;
}

/** Composes the comparison over time. */
export function composeOverTime(input: OverTimeInput): string {
  const lines = input.wantsTarget ? targetsOverTime(input) : figuresOverTime(input);
  if (input.place.shownFor) lines.push(...shownThroughLines([input.place], input.lang, input.wantsTarget));
  return lines.join('\n');
}

function figuresOverTime(input: OverTimeInput): string[] {
  const { lang, place } = input;
  const main = input.indicator ?? 'bhxh';
  const name = indicatorName(main, lang);
  const figures = figuresOf(place.reports, main);
  const lines = [lang === 'vi' ? `${capitalise(name)} — ${place.label}, so sánh theo thời gian:` : `${capitalise(name)} — ${place.label}, over time:`];
  const selection = selectFigure(figures, input.period);
  const first = selection.substituted ? null : selection.figure;
  const held = figures.map((f) => figureLabel(f, lang));
  if (!first) {
    const when = input.period.kind === 'code' ? ` ${inSentence(labelPeriod(input.period.code, lang))}` : '';
    lines.push(lang === 'vi' ? `Chưa có số liệu${when}.` : `No figure${when ? ` for${when}` : ''} yet.`);
    lines.push(heldLine(lang, held), addDataHint(lang, [place.name], false));
    return lines;
  }
  const { figure: other, label: otherLabel } = againstFigure(figures, first, input.against, lang);
  const line = (f: Figure) => `- ${periodText(f, lang)}: ${valueText(f.value, main, lang, f.report, true)}; ${uncapitalise(sourceText(f.report, lang))}`;
  const [earlier, later] = other && other.end > first.end ? [first, other] : [other, first];
  for (const f of [earlier, later]) if (f) lines.push(line(f));
  if (!other) {
    lines.push(lang === 'vi' ? `- ${otherLabel ?? 'Kỳ trước'}: chưa có số liệu.` : `- ${otherLabel ?? 'Previous period'}: no figure yet.`);
    const missing = otherLabel ? sentenceCase(otherLabel, lang) : lang === 'vi' ? 'kỳ trước' : 'the previous period';
    lines.push(heldLine(lang, held), addDataHint(lang, [place.name], false, missing));
    return lines;
  }
  const point = (f: Figure): Point => ({ percent: f.value.percent, basis: f.value.basis, label: figureLabel(f, lang), at: f.end });
  lines.push(changeLine(point(other), point(first), lang));
  return lines;
}

/** The figure `first` is compared with, or null with the label of the period that has none. */
function againstFigure(figures: readonly Figure[], first: Figure, against: Against, lang: Language): { figure: Figure | null; label: string | null } {
  if (against.kind === 'previous') return { figure: previousFigure(figures, first), label: null };
  const code = against.kind === 'period' ? against.period.code : sameTimeYearBefore(first);
  if (code === null) return { figure: previousFigure(figures, first), label: null };
  const selection = selectFigure(figures, { kind: 'code', code });
  const figure = selection.substituted || selection.figure === first ? null : selection.figure;
  return { figure, label: capitalise(labelPeriod(code, lang)) };
}

/** The same period a year earlier ("9 tháng 2021" → "9 tháng 2020"); null for a figure without a period. */
function sameTimeYearBefore(figure: Figure): string | null {
  const parts = figure.report.period ? periodParts(figure.report.period) : null;
  return parts ? periodCode({ ...parts, year: parts.year - 1 }) : null;
}

function targetsOverTime(input: OverTimeInput): string[] {
  const { lang, place } = input;
  const main = input.indicator ?? 'bhxh';
  const name = indicatorName(main, lang);
  const years = [...new Set(place.targets.filter((t) => t.indicator === main).map((t) => t.year))].sort();
  const asked = input.period.kind === 'code' ? periodYear(input.period.code) : null;
  const first = asked !== null ? (years.includes(asked) ? asked : null) : nearestYear(years, Number(input.today.slice(0, 4)), true);
  const second =
    first === null
      ? null
      : input.against.kind === 'period'
        ? periodYear(input.against.period.code)
        : Math.max(...years.filter((y) => y < first), Number.NEGATIVE_INFINITY);
  const lines = [lang === 'vi' ? `Chỉ tiêu ${name} — ${place.label}, so sánh theo năm:` : `${capitalise(name)} targets — ${place.label}, by year:`];
  const yearsHeld = lang === 'vi' ? `Năm có chỉ tiêu: ${years.join(', ') || 'chưa có'}.` : `Years with targets: ${years.join(', ') || 'none'}.`;
  if (first === null || second === null || !Number.isFinite(second)) {
    const missing = first === null ? asked : second !== null && Number.isFinite(second) ? second : null;
    lines.push(
      lang === 'vi'
        ? `Chưa có chỉ tiêu${missing !== null ? ` năm ${missing}` : ' của năm khác'} để so sánh.`
        : `No target${missing !== null ? ` for ${missing}` : ' of another year'} to compare with.`,
    );
    lines.push(yearsHeld, addDataHint(lang, [place.name], true));
    return lines;
  }
  const lists = [...new Set([second, first, ...(input.alsoYears ?? [])])]
    .sort((a, b) => a - b)
    .map((year) => ({ year, list: targetsFor(place.targets, main, year) }));
  for (const { year, list } of lists) {
    lines.push(
      list.length === 0
        ? lang === 'vi'
          ? `- ${year}: chưa có chỉ tiêu.`
          : `- ${year}: no target.`
        : `- ${year}: ${list.map((t) => targetText(t, lang, true)).join('; ')}`,
    );
  }
  const point = (t: Target, year: number): Point => ({ percent: t.percent, basis: t.basis, label: String(year), at: String(year) });
  lists.slice(1).forEach((late, i) => {
    const early = lists[i];
    const [x, y] = early ? comparableTargets([early.list, late.list]) : [];
    if (x && y && early) lines.push(changeLine(point(x, early.year), point(y, late.year), lang));
  });
  if (lists.some((l) => l.list.length === 0)) lines.push(yearsHeld, addDataHint(lang, [place.name], true));
  return lines;
}

/** "Tăng 1,2 điểm phần trăm từ 9 tháng 2020 (14,3%) đến 9 tháng 2021 (15,5%)", or why no change is computed. */
function changeLine(x: Point, y: Point, lang: Language): string {
  const [from, to] = x.at <= y.at ? [x, y] : [y, x];
  if (!sameBasis(from.basis, to.basis)) {
    return lang === 'vi'
      ? `Không cùng cơ sở tính (${inSentence(from.label)}: ${basisPhrase(from.basis, lang)}; ${inSentence(to.label)}: ${basisPhrase(to.basis, lang)}); không tính mức thay đổi.`
      : `Not on the same basis (${from.label}: ${basisPhrase(from.basis, lang)}; ${to.label}: ${basisPhrase(to.basis, lang)}); no change is computed.`;
  }
  const diff = roundPercent(to.percent - from.percent);
  const [a, b] = [formatPercent(from.percent, lang), formatPercent(to.percent, lang)];
  const span = lang === 'vi' ? `từ ${inSentence(from.label)} (${a}) đến ${inSentence(to.label)} (${b})` : `from ${from.label} (${a}) to ${to.label} (${b})`;
  if (diff === 0) return lang === 'vi' ? `Không đổi ${span}.` : `Unchanged ${span}.`;
  const verb = lang === 'vi' ? (diff > 0 ? 'Tăng' : 'Giảm') : diff > 0 ? 'Up' : 'Down';
  return `${verb} ${formatPoints(diff, lang)} ${span}${timesText(from.percent, to.percent, lang)}.`;
}

/**
 * ", gấp 5 lần" / ", 5 times as high" when the later value is at least twice the earlier one (our
 * choice: a smaller rise reads better in points alone, "gấp 1,08 lần" says nothing more).
 */
function timesText(from: number, to: number, lang: Language): string {
  if (from <= 0 || to / from < 2) return '';
  const times = formatDecimal(Math.round((to / from) * 10) / 10, lang);
  return lang === 'vi' ? `, gấp ${times} lần` : `, ${times} times as high`;
}

function heldLine(lang: Language, held: readonly string[]): string {
  return lang === 'vi'
    ? `Kỳ có số liệu: ${held.length > 0 ? held.map(inSentence).join(', ') : 'chưa có'}.`
    : `Periods held: ${held.length > 0 ? held.join(', ') : 'none'}.`;
}

/** A period's label inside a sentence: "9 tháng đầu năm 2020", "năm 2020", "first nine months of 2020", "November 2023". */
function sentenceCase(label: string, lang: Language): string {
  return lang === 'vi' ? inSentence(label) : label.replace(/^(?:First|Second|Third|Fourth|Quarter|Year|Half|The)\b/u, (word) => word.toLowerCase());
}
