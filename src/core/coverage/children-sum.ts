/**
 * Figures of children summed up to a parent that has none of its own (DESIGN 2.5): the numerators
 * and the denominators of the children that reported both counts for one period, never their
 * percentages. The counts are those a report carries by key (ld, bb, tn …, as submissions send them),
 * so the denominator is the same for every child (the labour force for BHXH, the population for
 * BHYT). The sum says how many of the children it covers: "2/6 phường có số liệu 6 tháng đầu năm 2026".
 */

import { valueText } from '../answer/figure-text.js';
import { levelNoun, nounFor, typeNoun, type UnitNoun } from '../answer/unit-nouns.js';
import { indicatorDef } from '../indicators/catalogue.js';
import { countsFor, type IndicatorValue, roundPercent } from '../indicators/compute-indicator.js';
import { inSentence, labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { comparePeriods, periodEnd } from '../periods/period-code.js';
import type { IndicatorCode, Language, PeriodCode, Report, UnitLevel } from '../types.js';

/** One child of the parent: its type and its reports. */
export interface ChildReports {
  readonly level: UnitLevel;
  readonly typeCode: string;
  /** The Vietnamese type label ("Phường"), for a type the nouns do not know. */
  readonly type: string;
  readonly reports: readonly Report[];
}

/** The children's counts summed for one period. */
export interface ChildrenSum {
  readonly indicator: IndicatorCode;
  readonly period: PeriodCode;
  /** Children whose counts are in the sum. */
  readonly reported: number;
  /** All the children. */
  readonly children: number;
  /** What the children are called ("phường", or "đơn vị hành chính cấp xã" for a mix of types). */
  readonly noun: UnitNoun;
  readonly value: IndicatorValue;
}

/**
 * Sums the children's counts of `indicator` for the period asked when some child has counts for it,
 * else for the most recent period children reported with counts (most children on a tie of dates).
 * Null when no child has both counts for any period.
 */
export function sumChildren(children: readonly ChildReports[], indicator: IndicatorCode, request: PeriodRequest): ChildrenSum | null {
  const counted = children.map((child) => countsByPeriod(child.reports, indicator));
  const tally = new Map<PeriodCode, number>();
  for (const periods of counted) for (const period of periods.keys()) tally.set(period, (tally.get(period) ?? 0) + 1);
  const period = request.kind === 'code' && tally.has(request.code) ? request.code : mostRecent(tally);
  if (period === null) return null;

  let numerator = 0;
  let denominator = 0;
  let reported = 0;
  for (const periods of counted) {
    const c = periods.get(period);
    if (!c) continue;
    numerator += c.numerator;
    denominator += c.denominator;
    reported++;
  }
  if (reported === 0 || denominator <= 0) return null;
  const def = indicatorDef(indicator);
  return {
    indicator,
    period,
    reported,
    children: children.length,
    noun: nounOf(children),
    value: {
      percent: roundPercent((numerator / denominator) * 100),
      numerator,
      denominator,
      fromCounts: true,
      denominatorNote: null,
      basis: def.basis,
    },
  };
}

/** "Tổng hợp từ 2/6 phường có số liệu 6 tháng đầu năm 2026: 35,26% (1.234/3.500 …)". */
export function childrenSumLine(sum: ChildrenSum, lang: Language): string {
  const label = labelPeriod(sum.period, lang);
  const share = `${sum.reported}/${sum.children}`;
  const value = valueText(sum.value, sum.indicator, lang);
  return lang === 'vi'
    ? `Tổng hợp từ ${share} ${nounFor(sum.noun, sum.children, lang)} có số liệu ${inSentence(label)}: ${value}`
    : `Sum of the ${share} ${nounFor(sum.noun, sum.children, lang)} with figures for ${label}: ${value}`;
}

/** Each period's counts of one child, from the newest version of that period's report. */
function countsByPeriod(reports: readonly Report[], indicator: IndicatorCode): Map<PeriodCode, { numerator: number; denominator: number }> {
  const newest = new Map<PeriodCode, Report>();
  for (const report of reports) {
    if (report.period === null || countsFor(report.counts, indicator) === null) continue;
    const seen = newest.get(report.period);
    if (!seen || report.version > seen.version || (report.version === seen.version && report.createdAt > seen.createdAt)) {
      newest.set(report.period, report);
    }
  }
  const out = new Map<PeriodCode, { numerator: number; denominator: number }>();
  for (const [period, report] of newest) {
    const c = countsFor(report.counts, indicator);
    if (c) out.set(period, c);
  }
  return out;
}

/** The period that ends last; on the same last day, the one more children reported, then the longer one. */
function mostRecent(tally: ReadonlyMap<PeriodCode, number>): PeriodCode | null {
  let best: PeriodCode | null = null;
  for (const [period, n] of tally) {
    if (best === null) {
      best = period;
      continue;
    }
    const end = periodEnd(period) ?? '';
    const bestEnd = periodEnd(best) ?? '';
    if (end !== bestEnd) {
      if (end > bestEnd) best = period;
    } else if (n !== (tally.get(best) ?? 0)) {
      if (n > (tally.get(best) ?? 0)) best = period;
    } else if (comparePeriods(period, best) < 0) {
      best = period;
    }
  }
  return best;
}

/** One type for all the children ("phường"), else their level ("đơn vị hành chính cấp xã"). */
function nounOf(children: readonly ChildReports[]): UnitNoun {
  const [first] = children;
  if (!first) return levelNoun('commune');
  const oneType = children.every((c) => c.typeCode === first.typeCode);
  return oneType ? typeNoun(first.typeCode, first.type) : levelNoun(first.level);
}
