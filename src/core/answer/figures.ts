/** Picking figures out of a unit's reports: latest, for a period, the previous one for a trend. */

import { isLevel } from '../indicators/catalogue.js';
import { computeIndicator, type IndicatorValue } from '../indicators/compute-indicator.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { periodEnd, periodStart, previousComparable } from '../periods/period-code.js';
import type { IndicatorCode, Report } from '../types.js';

/** One indicator's value in one report, with the date it stands for. */
export interface Figure {
  readonly report: Report;
  readonly value: IndicatorValue;
  /** The last day the figure covers (the period's end, else the as-of date). */
  readonly end: string;
  /** A level on `end` (people covered, a rate of them), not a measure over its period (catalogue.ts isLevel). */
  readonly level: boolean;
}

/** The day a report's figures stand for; null when it has neither a period nor an as-of date. */
export function reportEnd(report: Report): string | null {
  return report.asOf ?? (report.period ? periodEnd(report.period) : null);
}

function newer(a: Report, b: Report): boolean {
  return a.version !== b.version ? a.version > b.version : a.createdAt > b.createdAt;
}

/** Every figure of an indicator, oldest first; one per period (the newest version wins). */
export function figuresOf(reports: readonly Report[], indicator: IndicatorCode): Figure[] {
  const byKey = new Map<string, Figure>();
  const level = isLevel(indicator);
  for (const report of reports) {
    const end = reportEnd(report);
    const value = end ? computeIndicator(report, indicator) : null;
    if (!end || !value) continue;
    const key = report.period ?? `@${end}`;
    const seen = byKey.get(key);
    if (!seen || newer(report, seen.report)) byKey.set(key, { report, value, end, level });
  }
  return [...byKey.values()].sort((a, b) => compareFigures(a, b));
}

function compareFigures(a: Figure, b: Figure): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  // Same end: the longer period (earlier start) first, so the last one is the most specific.
  const sa = a.report.period ? (periodStart(a.report.period) ?? '') : a.end;
  const sb = b.report.period ? (periodStart(b.report.period) ?? '') : b.end;
  return sa === sb ? 0 : sa < sb ? -1 : 1;
}

/** The figure a request asks for, and whether the requested period itself had none. */
export interface Selection {
  readonly figure: Figure | null;
  /** True when a specific period was asked and the figure shown is another one (the latest). */
  readonly substituted: boolean;
}

/** The latest figure, or the one of the period asked; falls back to the latest when that period has none. */
export function selectFigure(figures: readonly Figure[], request: PeriodRequest): Selection {
  const latest = figures[figures.length - 1] ?? null;
  if (request.kind === 'latest') return { figure: latest, substituted: false };
  const exact = figures.filter((f) => f.report.period === request.code);
  const pick = exact[exact.length - 1];
  if (pick) return { figure: pick, substituted: false };
  const start = periodStart(request.code);
  const end = periodEnd(request.code);
  // A figure for part of the period asked (nine months of the year asked, a month of the quarter)
  // is that period's figure so far, not a substitute from another period; so is a level whose day
  // falls in it (nine months to 30 Sep, for September or the third quarter).
  const within = figures.filter((f) => {
    if (start === null || end === null || f.end < start || f.end > end) return false;
    const from = f.report.period ? periodStart(f.report.period) : null;
    return from === null || from >= start || f.level;
  });
  const asOf = within[within.length - 1];
  if (asOf) return { figure: asOf, substituted: false };
  return { figure: latest, substituted: latest !== null };
}

/** The figure a trend compares with: the comparable previous period when present, else the one before. */
export function previousFigure(figures: readonly Figure[], current: Figure): Figure | null {
  const comparable = current.report.period ? previousComparable(current.report.period) : null;
  if (comparable) {
    const match = figures.filter((f) => f.report.period === comparable);
    const last = match[match.length - 1];
    if (last) return last;
  }
  const earlier = figures.filter((f) => f.end < current.end);
  return earlier[earlier.length - 1] ?? null;
}
