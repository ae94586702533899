/**
 * Coverage for the country. There is no national figure in the data, and the answer says so first;
 * then it answers from the provinces that have figures (or targets, for a target question) for the
 * indicator asked: how many of them, and each with its value, period and source.
 *
 * Percentages of different provinces are never added up. A total is given only from counts
 * (numerators and denominators) of at least two provinces of one structure, one period and one
 * basis (what the denominator counts), saying how many provinces it covers and that it is not a national figure. Old and
 * new provinces are never added together: the new ones are made of the old ones.
 */

import { periodText, sourceText, targetsFor, targetText, valueText } from '../answer/figure-text.js';
import { type Figure, figuresOf, selectFigure } from '../answer/figures.js';
import { uncapitalise } from '../answer/wording.js';
import { formatDayShort } from '../format/dates.js';
import { indicatorName, indicatorShortName } from '../indicators/catalogue.js';
import { type IndicatorValue, roundPercent } from '../indicators/compute-indicator.js';
import { inSentence, labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { periodYear } from '../periods/period-code.js';
import { INDICATORS, type IndicatorCode, type Language, type Report, type Structure, type Target } from '../types.js';
import { REORGANISATION_DAY } from './read-unit-count.js';

/** One province with what is held for it. */
export interface ProvinceData {
  /** The province as described to the user ("Tỉnh Bắc Kạn"). */
  readonly label: string;
  readonly structure: Structure;
  readonly reports: readonly Report[];
  readonly targets: readonly Target[];
}

/** Everything the national coverage answer needs, already fetched. */
export interface NationalCoverageInput {
  readonly lang: Language;
  /** The indicator asked, or null for the default (BHXH). */
  readonly indicator: IndicatorCode | null;
  readonly period: PeriodRequest;
  /** The question asked for targets. */
  readonly wantsTarget: boolean;
  /** Every province of both structures, with or without data: the counts "k/n" are over these. */
  readonly provinces: readonly ProvinceData[];
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
}

/** Provinces listed per structure before "and N more". */
const MAX_LISTED = 20;
const STRUCTURES: readonly Structure[] = ['pre2025', 'post2025'];

/** A province's figure picked for the answer. */
interface Row {
  readonly province: ProvinceData;
  readonly figure: Figure;
}

/** Composes the answer for the country. */
export function composeNationalCoverage(input: NationalCoverageInput): string {
  return (input.wantsTarget ? targetAnswer(input) : figureAnswer(input)).join('\n');
}

function figureAnswer(input: NationalCoverageInput): string[] {
  const { lang } = input;
  const main = input.indicator ?? 'bhxh';
  const name = indicatorName(main, lang);
  const lines = [
    lang === 'vi'
      ? `Chưa có số liệu ${name} của cả nước trong hệ thống; dưới đây là số liệu của từng tỉnh, thành phố có số liệu.`
      : `There is no nationwide ${name} figure in the system; below are the figures of the provinces that have one.`,
  ];

  let rows = pickRows(input, main, input.period);
  const label = input.period.kind === 'code' ? labelPeriod(input.period.code, lang) : null;
  if (rows.length === 0 && label !== null) {
    rows = pickRows(input, main, { kind: 'latest' });
    if (rows.length > 0) {
      lines.push(
        lang === 'vi'
          ? `Chưa tỉnh, thành phố nào có số liệu ${name} ${inSentence(label)}; số liệu gần nhất:`
          : `No province has a ${name} figure for ${label}; the latest figures:`,
      );
    }
  }
  if (rows.length === 0) {
    lines[0] =
      lang === 'vi'
        ? `Chưa có số liệu ${name} của cả nước, và chưa tỉnh, thành phố nào có số liệu này trong hệ thống.`
        : `There is no nationwide ${name} figure, and no province has one in the system yet.`;
    if (input.indicator === null) lines.push(...otherIndicators(input, main));
    return lines;
  }

  const shownLabel = rows.every((r) => input.period.kind === 'code' && r.figure.report.period === input.period.code) ? label : null;
  for (const structure of STRUCTURES) {
    const mine = rows.filter((r) => r.province.structure === structure);
    if (mine.length === 0) continue;
    const n = input.provinces.filter((p) => p.structure === structure).length;
    lines.push(groupHeader(lang, structure, mine.length, n, shownLabel, 'figures'));
    for (const row of mine.slice(0, MAX_LISTED)) lines.push(figureLine(row, main, lang));
    if (mine.length > MAX_LISTED) lines.push(moreLine(lang, mine.length - MAX_LISTED));
  }
  const total = countedTotal(rows, main, lang);
  if (total) lines.push(total);
  else if (rows.length > 1) {
    lines.push(
      lang === 'vi'
        ? 'Các tỷ lệ trên không cộng thành số liệu cả nước: mỗi tỉnh có kỳ, mẫu số và nguồn riêng.'
        : 'These rates are not added up into a national figure: each province has its own period, base and source.',
    );
  }
  return lines;
}

/** Each province's figure for the request: the period asked (no stand-in), or the latest. */
function pickRows(input: NationalCoverageInput, indicator: IndicatorCode, period: PeriodRequest): Row[] {
  return input.provinces.flatMap((province) => {
    const selection = selectFigure(figuresOf(province.reports, indicator), period);
    return selection.figure && !selection.substituted ? [{ province, figure: selection.figure }] : [];
  });
}

/** "- Tỉnh Bắc Kạn: 15,54% (31.455/202.418 lao động có việc làm) — 9 tháng 2021 (…); nguồn: …". */
function figureLine(row: Row, indicator: IndicatorCode, lang: Language): string {
  const { figure } = row;
  // Provinces side by side may count on different bases: each percent says what it is a share of.
  const value = valueText(figure.value, indicator, lang, figure.report, true);
  return `- ${row.province.label}: ${value} — ${periodText(figure, lang)}; ${uncapitalise(sourceText(figure.report, lang))}`;
}

/**
 * The sum of counts over provinces of one structure, one period and one denominator, when at least
 * two provinces have them: the largest such group, the most recent on a tie. Null otherwise.
 */
function countedTotal(rows: readonly Row[], indicator: IndicatorCode, lang: Language): string | null {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const { value, report } = row.figure;
    if (value.numerator === null || value.denominator === null || report.period === null) continue;
    const key = `${row.province.structure}|${report.period}|${value.basis ?? 'unknown'}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const best = [...groups.values()]
    .filter((g) => g.length >= 2)
    .sort((a, b) => b.length - a.length || ((b[0]?.figure.end ?? '') < (a[0]?.figure.end ?? '') ? -1 : 1))[0];
  const first = best?.[0];
  if (!best || !first) return null;
  let numerator = 0;
  let denominator = 0;
  for (const row of best) {
    numerator += row.figure.value.numerator ?? 0;
    denominator += row.figure.value.denominator ?? 0;
  }
  const total: IndicatorValue = {
    percent: roundPercent((numerator / denominator) * 100),
    numerator,
    denominator,
    fromCounts: true,
    denominatorNote: first.figure.value.denominatorNote,
    basis: first.figure.value.basis,
  };
  const label = labelPeriod(first.figure.report.period ?? '', lang);
  const value = valueText(total, indicator, lang);
  const k = best.length;
  return lang === 'vi'
    ? `Cộng số người của ${k} tỉnh có số liệu cùng kỳ ${inSentence(label)}, cùng mẫu số: ${value} — chỉ là tổng của ${k} tỉnh này, ` +
        'không phải số liệu cả nước.'
    : `Sum of the counts of the ${k} provinces with figures for ${label} on the same base: ${value} — a total of these ${k} provinces ` +
        'only, not a national figure.';
}

function targetAnswer(input: NationalCoverageInput): string[] {
  const { lang } = input;
  const main = input.indicator ?? 'bhxh';
  const name = indicatorName(main, lang);
  const year = input.period.kind === 'code' ? periodYear(input.period.code) : null;
  const lines = [
    lang === 'vi'
      ? `Chưa có chỉ tiêu ${name} của cả nước trong hệ thống; dưới đây là chỉ tiêu của từng tỉnh, thành phố có chỉ tiêu.`
      : `There is no nationwide ${name} target in the system; below are the targets of the provinces that have one.`,
  ];

  const thisYear = Number(input.today.slice(0, 4));
  let pick = (targets: readonly Target[]): Target[] => targetsOfYear(targets, main, year ?? nearestYear(targets, main, thisYear));
  if (year !== null && !input.provinces.some((p) => pick(p.targets).length > 0)) {
    pick = (targets) => targetsOfYear(targets, main, nearestYear(targets, main, year));
    if (input.provinces.some((p) => pick(p.targets).length > 0)) {
      lines.push(
        lang === 'vi'
          ? `Chưa tỉnh, thành phố nào có chỉ tiêu ${name} năm ${year}; chỉ tiêu của năm gần nhất:`
          : `No province has a ${name} target for ${year}; the targets of the nearest year:`,
      );
    }
  }
  const rows = input.provinces.map((province) => ({ province, targets: pick(province.targets) })).filter((r) => r.targets.length > 0);
  if (rows.length === 0) {
    lines[0] =
      lang === 'vi'
        ? `Chưa có chỉ tiêu ${name} của cả nước, và chưa tỉnh, thành phố nào có chỉ tiêu này trong hệ thống.`
        : `There is no nationwide ${name} target, and no province has one in the system yet.`;
    return lines;
  }
  const sameYear = rows.every((r) => r.targets.every((t) => t.year === year));
  for (const structure of STRUCTURES) {
    const mine = rows.filter((r) => r.province.structure === structure);
    if (mine.length === 0) continue;
    const n = input.provinces.filter((p) => p.structure === structure).length;
    lines.push(groupHeader(lang, structure, mine.length, n, sameYear && year !== null ? String(year) : null, 'targets'));
    for (const row of mine.slice(0, MAX_LISTED)) {
      const years = [...new Set(row.targets.map((t) => t.year))];
      const when = sameYear ? '' : ` ${years.join(', ')}`;
      lines.push(`- ${row.province.label}${when}: ${row.targets.map((t) => targetText(t, lang, true)).join('; ')}`);
    }
    if (mine.length > MAX_LISTED) lines.push(moreLine(lang, mine.length - MAX_LISTED));
  }
  return lines;
}

/** A province's targets of one indicator and year, the assigned one first; none without a year. */
function targetsOfYear(targets: readonly Target[], indicator: IndicatorCode, year: number | null): Target[] {
  return year === null ? [] : targetsFor(targets, indicator, year);
}

/** The first year from `from` that has a target, else the latest year before it; null when none. */
function nearestYear(targets: readonly Target[], indicator: IndicatorCode, from: number): number | null {
  const years = targets.filter((t) => t.indicator === indicator).map((t) => t.year);
  const later = years.filter((y) => y >= from);
  if (later.length > 0) return Math.min(...later);
  return years.length > 0 ? Math.max(...years) : null;
}

/** "3/63 tỉnh, thành phố cũ (trước 1/7/2025) có số liệu:", "3/63 former provinces (before 1 July 2025) have targets for 2025:". */
function groupHeader(lang: Language, structure: Structure, k: number, n: number, label: string | null, what: 'figures' | 'targets'): string {
  const day = formatDayShort(REORGANISATION_DAY, lang);
  if (lang === 'vi') {
    const group = structure === 'pre2025' ? `tỉnh, thành phố cũ (trước ${day})` : `tỉnh, thành phố hiện nay (từ ${day})`;
    const noun = what === 'figures' ? 'số liệu' : 'chỉ tiêu';
    const when = label === null ? '' : what === 'targets' ? ` năm ${label}` : ` ${inSentence(label)}`;
    return `${k}/${n} ${group} có ${noun}${when}:`;
  }
  const group = structure === 'pre2025' ? `former provinces (before ${day})` : `current provinces (since ${day})`;
  const verb = k === 1 ? 'has' : 'have';
  return `${k}/${n} ${group} ${verb} ${what}${label === null ? '' : ` for ${label}`}:`;
}

function moreLine(lang: Language, n: number): string {
  return lang === 'vi' ? `… và ${n} tỉnh, thành phố khác` : `… and ${n} more`;
}

/** With the default indicator and no BHXH figure anywhere: which indicators provinces do have. */
function otherIndicators(input: NationalCoverageInput, main: IndicatorCode): string[] {
  const held = INDICATORS.filter((code) => code !== main).flatMap((code) => {
    const k = input.provinces.filter((p) => figuresOf(p.reports, code).length > 0).length;
    return k > 0 ? [`${indicatorShortName(code, input.lang)} (${k})`] : [];
  });
  if (held.length === 0) return [];
  return [
    input.lang === 'vi'
      ? `Chỉ số có số liệu của các tỉnh (số tỉnh): ${held.join(', ')}.`
      : `Indicators that provinces have figures for (number of provinces): ${held.join(', ')}.`,
  ];
}
