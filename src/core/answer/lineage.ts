/**
 * What became of a dissolved unit: the units it went into, and their figures added up where their
 * counts allow (numerators and denominators summed over successors with counts for the same period).
 */

import { formatDayShort } from '../format/dates.js';
import { formatPercent } from '../format/numbers.js';
import { indicatorDef } from '../indicators/catalogue.js';
import { type IndicatorValue, roundPercent } from '../indicators/compute-indicator.js';
import { labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { comparePeriods } from '../periods/period-code.js';
import type { IndicatorCode, Language, Report, Target } from '../types.js';
import { figureLabel, valueText } from './figure-text.js';
import { type Figure, figuresOf } from './figures.js';
import { wording } from './wording.js';

/** A unit's label with its figures and targets. */
export interface UnitData {
  readonly label: string;
  readonly reports: readonly Report[];
  readonly targets: readonly Target[];
}

/** A successor of a dissolved unit: all of it or part of it went there. */
export interface SuccessorData extends UnitData {
  readonly part: 'full' | 'partial' | null;
}

/**
 * Names listed in a line before "and N more". Our choice: 16, so that a city's successors are named
 * whole (Thủ Đức became 12 wards, Hạ Long 13), as the lineage answer names them.
 */
const MAX_NAMES = 16;

/** Drops a suffix every label shares (", Tỉnh Nghệ An") so that a list of wards stays short. */
export function shortLabels(labels: readonly string[]): string[] {
  const suffixes = labels.map((l) => {
    const i = l.indexOf(', ');
    return i < 0 ? null : l.slice(i);
  });
  const first = suffixes[0];
  if (labels.length < 2 || !first || suffixes.some((s) => s !== first)) return [...labels];
  return labels.map((l) => l.slice(0, l.length - first.length));
}

function nameList(names: readonly string[], lang: Language): string {
  const shown = names.slice(0, MAX_NAMES);
  const more = names.length - shown.length;
  return shown.join(', ') + (more > 0 ? `, ${wording(lang).andMore(more)}` : '');
}

/** "Đã sắp xếp từ 1/7/2025 vào: Phường Thành Vinh, …": where a dissolved unit went, its successors' labels shortened. */
export function reorganisedLine(successors: readonly Pick<SuccessorData, 'label' | 'part'>[], lang: Language, date: string): string {
  const w = wording(lang);
  const names = shortLabels(successors.map((s) => s.label));
  const listed = successors.map((s, i) => `${names[i] ?? s.label}${s.part === 'partial' ? ` (${w.part})` : ''}`);
  return `${w.reorganised(formatDayShort(date, lang))} ${nameList(listed, lang)}.`;
}

/** Lines about the successors of a dissolved unit, for one indicator. */
export function successorLines(successors: readonly SuccessorData[], indicator: IndicatorCode, request: PeriodRequest, lang: Language, date: string): string[] {
  const w = wording(lang);
  const names = shortLabels(successors.map((s) => s.label));
  const lines = [reorganisedLine(successors, lang, date)];

  const figures = successors.map((s) => figuresOf(s.reports, indicator));
  const counted = figures.map((fs) => fs.filter((f) => f.value.fromCounts && f.report.period !== null));
  const period = request.kind === 'code' && counted.some((fs) => fs.some((f) => f.report.period === request.code)) ? request.code : latestPeriod(counted);

  const included: number[] = [];
  let numerator = 0;
  let denominator = 0;
  if (period !== null) {
    counted.forEach((fs, i) => {
      const f = fs.find((x) => x.report.period === period);
      if (f && f.value.numerator !== null && f.value.denominator !== null) {
        included.push(i);
        numerator += f.value.numerator;
        denominator += f.value.denominator;
      }
    });
  }
  if (period !== null && included.length > 0 && denominator > 0) {
    const total: IndicatorValue = {
      percent: roundPercent((numerator / denominator) * 100),
      numerator,
      denominator,
      fromCounts: true,
      denominatorNote: null,
      basis: indicatorDef(indicator).basis,
    };
    lines.push(`${w.successorsTotal(included.length, successors.length, labelPeriod(period, lang))} ${valueText(total, indicator, lang)}`);
  }
  const rateOnly = figures
    .map((fs, i) => ({ i, f: fs[fs.length - 1] }))
    .filter((x): x is { i: number; f: Figure } => x.f !== undefined && !included.includes(x.i));
  for (const { i, f } of rateOnly.slice(0, MAX_NAMES)) {
    const note = f.value.fromCounts ? '' : `, ${w.rateOnly}`;
    lines.push(`- ${names[i] ?? ''}: ${formatPercent(f.value.percent, lang)} (${figureLabel(f, lang)}${note})`);
  }
  const none = figures.flatMap((fs, i) => (fs.length === 0 ? [names[i] ?? ''] : []));
  if (none.length === successors.length) lines.push(w.noneOfSuccessors);
  else if (none.length > 0) lines.push(`${w.successorsNoData} ${nameList(none, lang)}.`);
  const partial = included.filter((i) => successors[i]?.part === 'partial').map((i) => names[i] ?? '');
  if (partial.length > 0) lines.push(w.partialNote(partial.join(', ')));
  return lines;
}

function latestPeriod(counted: readonly (readonly Figure[])[]): string | null {
  let best: string | null = null;
  for (const fs of counted) {
    for (const f of fs) {
      const p = f.report.period;
      if (p !== null && (best === null || comparePeriods(p, best) > 0)) best = p;
    }
  }
  return best;
}
