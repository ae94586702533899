/** Where a figure is heading: the change since the previous figure, and whether it reaches a target. */

import { formatPercent, formatPoints, formatPointsChange } from '../format/numbers.js';
import { roundPercent } from '../indicators/compute-indicator.js';
import { periodParts } from '../periods/period-code.js';
import type { Language, Target } from '../types.js';
import { figureLabel, figureYear } from './figure-text.js';
import type { Figure } from './figures.js';
import { wording } from './wording.js';

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** "So với 9 tháng 2020 (14,1%): +1,44 điểm phần trăm". */
export function trendLine(current: Figure, previous: Figure, lang: Language): string {
  const change = formatPointsChange(current.value.percent - previous.value.percent, lang);
  return wording(lang).trend(figureLabel(previous, lang), formatPercent(previous.value.percent, lang), change);
}

/**
 * Whether the figure reaches the target, said honestly: for the figure's own year, reached or not
 * (a part-year figure is measured against the year's target); for a later target year, a straight-line
 * projection from the previous figure when there is one. The caller passes a target on the figure's
 * basis only: a share of employed workers says nothing about a target for the labour force.
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
