/**
 * Which figures, or which year's targets, places are compared on: the period asked when every place
 * has it; else the nearest period (year) they all have; else each one's own (the period asked when
 * it has it, else its latest), and the answer says which of these it did.
 */

import { type Figure, figuresOf, selectFigure } from '../answer/figures.js';
import { sameBasis } from '../indicators/basis.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { comparePeriods, periodEnd } from '../periods/period-code.js';
import type { IndicatorCode, Report, Target } from '../types.js';

/** How the figures (or years) were chosen. */
export type PickedHow =
  /** The period asked, or each one's latest, which is the same period for all. */
  | { readonly kind: 'as-asked' }
  /** The nearest period all have, instead of the one asked or of someone's more recent figure. */
  | { readonly kind: 'common'; readonly asked: PeriodRequest }
  /** No period in common: each its own. */
  | { readonly kind: 'each-own'; readonly asked: PeriodRequest };

/** The figure chosen for each place (null: it has none), and how. */
export interface FigurePicks {
  readonly picks: readonly (Figure | null)[];
  readonly how: PickedHow;
}

/** Chooses each place's figure of `indicator` for the request (see above). */
export function pickFigures(reportsOf: readonly (readonly Report[])[], indicator: IndicatorCode, request: PeriodRequest): FigurePicks {
  const figs = reportsOf.map((reports) => figuresOf(reports, indicator));
  if (request.kind === 'code') {
    const asked = figs.map((f) => selectFigure(f, request));
    if (asked.every((s) => s.figure !== null && !s.substituted)) return { picks: asked.map((s) => s.figure), how: { kind: 'as-asked' } };
  }
  const latest = figs.map((f) => f[f.length - 1] ?? null);
  const common = commonPeriods(figs);
  if (common.length > 0) {
    const code = request.kind === 'code' ? nearestPeriod(common, request.code) : (common[common.length - 1] as string);
    const picks = figs.map((f) => f.filter((x) => x.report.period === code).pop() ?? null);
    const same = picks.every((p, i) => p === latest[i]);
    return { picks, how: request.kind === 'latest' && same ? { kind: 'as-asked' } : { kind: 'common', asked: request } };
  }
  const picks = figs.map((f) => (request.kind === 'code' ? selectFigure(f, request).figure : (f[f.length - 1] ?? null)));
  const periods = new Set(picks.filter((p): p is Figure => p !== null).map((p) => p.report.period ?? p.end));
  // One place alone, or all on one period after all: nothing to say about the choice.
  return { picks, how: periods.size <= 1 && request.kind === 'latest' ? { kind: 'as-asked' } : { kind: 'each-own', asked: request } };
}

/** Period codes every list has, oldest first; none when a list is empty. */
function commonPeriods(figs: readonly Figure[][]): string[] {
  if (figs.length < 2 || figs.some((f) => f.length === 0)) return [];
  const [first, ...rest] = figs.map((f) => new Set(f.map((x) => x.report.period).filter((p): p is string => p !== null)));
  return [...(first ?? [])].filter((code) => rest.every((s) => s.has(code))).sort(comparePeriods);
}

/** The code whose last day is nearest the asked one's; the later on a tie. */
function nearestPeriod(codes: readonly string[], asked: string): string {
  const day = (code: string) => Date.parse(periodEnd(code) ?? '1970-01-01');
  const target = day(asked);
  return [...codes].sort((a, b) => Math.abs(day(a) - target) - Math.abs(day(b) - target) || day(b) - day(a))[0] as string;
}

/** The target year chosen for each place (null: it has no target of the indicator), and how. */
export interface YearPicks {
  readonly years: readonly (number | null)[];
  readonly how: PickedHow;
}

/**
 * Chooses the target year of each place: the year asked when all have it, else the nearest year all
 * have (from this year on when none was asked), else each one's nearest.
 */
export function pickTargetYears(targetsOf: readonly (readonly Target[])[], indicator: IndicatorCode, year: number | null, thisYear: number): YearPicks {
  const yearsOf = targetsOf.map((targets) => [...new Set(targets.filter((t) => t.indicator === indicator).map((t) => t.year))].sort());
  const asked: PeriodRequest = year === null ? { kind: 'latest' } : { kind: 'code', code: String(year) };
  if (year !== null && yearsOf.every((ys) => ys.includes(year))) return { years: yearsOf.map(() => year), how: { kind: 'as-asked' } };
  const common = yearsOf.length >= 2 && yearsOf.every((ys) => ys.length > 0) ? (yearsOf[0] ?? []).filter((y) => yearsOf.every((ys) => ys.includes(y))) : [];
  if (common.length > 0) {
    const chosen = nearestYear(common, year ?? thisYear, year === null) as number;
    const each = yearsOf.map((ys) => nearestYear(ys, year ?? thisYear, year === null));
    const same = year === null && each.every((y) => y === chosen);
    return { years: yearsOf.map(() => chosen), how: same ? { kind: 'as-asked' } : { kind: 'common', asked } };
  }
  const years = yearsOf.map((ys) => nearestYear(ys, year ?? thisYear, year === null));
  const distinct = new Set(years.filter((y) => y !== null));
  return { years, how: distinct.size <= 1 && year === null ? { kind: 'as-asked' } : { kind: 'each-own', asked } };
}

/**
 * The year of `years` nearest `from`: with `forward` (no year asked) the first from `from` on, else
 * the latest before it; otherwise the closest, the later on a tie. Null when there is none.
 */
export function nearestYear(years: readonly number[], from: number, forward: boolean): number | null {
  if (years.length === 0) return null;
  if (forward) {
    const later = years.filter((y) => y >= from);
    return later.length > 0 ? Math.min(...later) : Math.max(...years);
  }
  return [...years].sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || b - a)[0] ?? null;
}

/**
 * One target of each list to compare them by: on a basis every list has a target on (the assigned
 * target's first, then in the lists' order), of one kind where possible (a plan with a plan); else
 * the first of each (assigned first), which the verdict then says are not comparable.
 */
export function comparableTargets(lists: readonly (readonly Target[])[]): Target[] {
  const firsts = lists.map((l) => l[0]).filter((t): t is Target => t !== undefined);
  if (firsts.length !== lists.length) return firsts;
  for (const t of lists.flat()) {
    const onBasis = lists.map((l) => l.filter((x) => sameBasis(x.basis, t.basis)));
    if (onBasis.some((l) => l.length === 0)) continue;
    return onBasis.map((l) => l.find((x) => x.kind === t.kind) ?? (l[0] as Target));
  }
  return firsts;
}
