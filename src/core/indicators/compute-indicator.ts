/**
 * Indicator arithmetic. Rates are computed from counts whenever the counts exist (DESIGN 2.2); a
 * published rate is used only when they do not.
 */
import type { Basis, Counts, IndicatorCode, Report } from '../types.js';
import { indicatorDef } from './catalogue.js';

/** A rate ready to show, and how it was obtained. */
export interface IndicatorValue {
  /** Percent rounded to two decimals (15.54 for 15,54 %). */
  readonly percent: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** True when computed from the report's counts. */
  readonly fromCounts: boolean;
  /** What the denominator is, when the source says ("employed workers (lao động có việc làm)"). */
  readonly denominatorNote: string | null;
  /** What the percent is a share of: the catalogue's basis when computed from counts; null when unknown. */
  readonly basis: Basis | null;
  /**
   * Set when the rate is the sum of published component rates with no counts (BHXH = compulsory +
   * voluntary, both shares of the same labour force).
   */
  readonly derivedFrom?: readonly IndicatorCode[];
}

/** Rounds a percent to two decimals. */
export function roundPercent(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Numerator and denominator for an indicator from counts; null unless every needed count is known. */
export function countsFor(counts: Counts, indicator: IndicatorCode): { numerator: number; denominator: number } | null {
  const def = indicatorDef(indicator);
  if (def.denominator === null || def.numerator.length === 0) return null;
  const denominator = counts[def.denominator];
  if (denominator === undefined || !(denominator > 0)) return null;
  let numerator = 0;
  for (const key of def.numerator) {
    const n = counts[key];
    if (n === undefined) return null;
    numerator += n;
  }
  return { numerator, denominator };
}

/** The value of an indicator from counts alone; null when a needed count is missing. */
export function computeFromCounts(counts: Counts, indicator: IndicatorCode, denominatorNote: string | null = null): IndicatorValue | null {
  const c = countsFor(counts, indicator);
  if (!c) return null;
  return {
    percent: roundPercent((c.numerator / c.denominator) * 100),
    ...c,
    fromCounts: true,
    denominatorNote,
    basis: indicatorDef(indicator).basis,
  };
}

/**
 * The value of one indicator in one report: from the report's counts when they exist, else from a
 * published rate's numerator and denominator when both exist (31455/202418 → 15.54), else the
 * published percent as stored; for BHXH with neither, the sum of published compulsory and voluntary
 * rates of the same report. Null when the report says nothing about the indicator.
 */
export function computeIndicator(report: Report, indicator: IndicatorCode): IndicatorValue | null {
  const rate = report.rates.find((r) => r.indicator === indicator);
  const note = rate?.denominatorNote ?? null;
  const fromCounts = computeFromCounts(report.counts, indicator, note);
  if (fromCounts) return fromCounts;
  if (rate) {
    if (rate.numerator !== null && rate.denominator !== null && rate.denominator > 0) {
      return {
        percent: roundPercent((rate.numerator / rate.denominator) * 100),
        numerator: rate.numerator,
        denominator: rate.denominator,
        fromCounts: false,
        denominatorNote: note,
        basis: rate.basis,
      };
    }
    return {
      percent: roundPercent(rate.percent),
      numerator: null,
      denominator: null,
      fromCounts: false,
      denominatorNote: note,
      basis: rate.basis,
    };
  }
  if (indicator === 'bhxh') return sumOfComponents(report);
  return null;
}

function sumOfComponents(report: Report): IndicatorValue | null {
  const bb = computeIndicator(report, 'bhxh_bb');
  const tn = computeIndicator(report, 'bhxh_tn');
  if (!bb || !tn || bb.denominatorNote !== tn.denominatorNote || bb.basis !== tn.basis) return null;
  return {
    percent: roundPercent(bb.percent + tn.percent),
    numerator: null,
    denominator: null,
    fromCounts: false,
    denominatorNote: bb.denominatorNote,
    basis: bb.basis,
    derivedFrom: ['bhxh_bb', 'bhxh_tn'],
  };
}
