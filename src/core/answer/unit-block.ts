/** The detailed block for one indicator of one unit, and the one-line summaries of the others. */

import { indicatorName, indicatorShortName } from '../indicators/catalogue.js';
import type { IndicatorCode, Language, Target } from '../types.js';
import {
  briefTarget,
  comparable,
  figureLabel,
  figureYear,
  type Measured,
  percentText,
  periodText,
  sourceDocument,
  sourceText,
  targetLines,
  targetsFor,
  targetText,
  targetYear,
  valueText,
} from './figure-text.js';
import type { Figure } from './figures.js';
import { paceLine, trendLine } from './pace-text.js';
import { capitalise, uncapitalise, wording } from './wording.js';

/** What a block needs to know. */
export interface BlockContext {
  readonly lang: Language;
  readonly targets: readonly Target[];
  readonly today: string;
  /** List every later target year too (the question asked for targets). */
  readonly wantsTarget: boolean;
}

/**
 * Value, period, targets and gaps, pace, trend and source of one figure. Gaps and the pace are only
 * against targets on the figure's basis; beside a target on another basis both name their basis.
 */
export function detailedBlock(indicator: IndicatorCode, figure: Figure, previous: Figure | null, ctx: BlockContext): string[] {
  const { lang } = ctx;
  const year = targetYear(ctx.targets, indicator, figureYear(figure));
  const list = year === null ? [] : targetsFor(ctx.targets, indicator, year);
  const apart = list.some((t) => !comparable(t, figure.value));
  const lines = [`${capitalise(periodText(figure, lang))}: ${valueText(figure.value, indicator, lang, figure.report, apart)}`];
  if (year !== null) {
    lines.push(...targetLines(list, year, lang, figure.value));
    const primary = list.find((t) => comparable(t, figure.value));
    const pace = primary ? paceLine(figure, primary, previous, lang, ctx.today) : null;
    if (pace) lines.push(pace);
    if (ctx.wantsTarget) lines.push(...laterTargets(indicator, year, ctx, figure.value));
  }
  if (previous) lines.push(trendLine(figure, previous, lang));
  lines.push(sourceText(figure.report, lang));
  return lines;
}

/** The targets of later years, without gaps; beside a figure, each on another basis names its basis. */
function laterTargets(indicator: IndicatorCode, after: number, ctx: BlockContext, beside: Measured | null = null): string[] {
  const years = [...new Set(ctx.targets.filter((t) => t.indicator === indicator && t.year > after).map((t) => t.year))].sort();
  return years.flatMap((y) => targetLines(targetsFor(ctx.targets, indicator, y), y, ctx.lang, beside, false));
}

/**
 * "- BHTN: 8,03% (chỉ tiêu giao 2021: 9%, còn thiếu 0,97 điểm phần trăm)". The period is named when it differs from
 * the main figure's, the target's document when it differs from the figure's, and the figure's source
 * when it comes from another report than the main figure: every number keeps its source.
 */
export function briefLine(indicator: IndicatorCode, figure: Figure, main: Figure | null, ctx: BlockContext): string {
  const { lang } = ctx;
  const parts: string[] = [];
  const label = figureLabel(figure, lang);
  if (!main || label !== figureLabel(main, lang)) parts.push(label);
  const year = targetYear(ctx.targets, indicator, figureYear(figure));
  const list = year === null ? [] : targetsFor(ctx.targets, indicator, year);
  const primary = list.find((t) => comparable(t, figure.value)) ?? list[0];
  if (primary) parts.push(briefTarget(primary, lang, figure.value, !sameDocument(primary, figure)));
  if (!main || figure.report !== main.report) parts.push(uncapitalise(sourceText(figure.report, lang)));
  const tail = parts.length > 0 ? ` (${parts.join('; ')})` : '';
  const apart = primary !== undefined && !comparable(primary, figure.value);
  return `- ${indicatorShortName(indicator, lang)}: ${percentText(figure.value, lang, apart)}${tail}`;
}

/** Whether a target comes from the figure's own document (or is quoted in it). */
function sameDocument(t: Target, figure: Figure): boolean {
  const doc = sourceDocument(figure.report);
  return doc !== null && t.sourceDocument.includes(doc);
}

/**
 * Known targets when there is no figure, each with its kind and source: main indicator first, upcoming
 * years first, at most `max` lines, under `header` (default "Chỉ tiêu đã biết:").
 */
export function knownTargetLines(
  targets: readonly Target[],
  order: readonly IndicatorCode[],
  yearWanted: number | null,
  ctx: BlockContext,
  max = 6,
  header?: string,
): string[] {
  const w = wording(ctx.lang);
  const thisYear = Number(ctx.today.slice(0, 4));
  let pool = targets.filter((t) => order.includes(t.indicator));
  if (yearWanted !== null && pool.some((t) => t.year === yearWanted)) pool = pool.filter((t) => t.year === yearWanted);
  if (pool.length === 0) return [w.noTargets];
  const rank = (t: Target): number => (t.year >= thisYear ? 0 : 1);
  const sorted = [...pool].sort(
    (a, b) =>
      order.indexOf(a.indicator) - order.indexOf(b.indicator) ||
      rank(a) - rank(b) ||
      (rank(a) === 0 ? a.year - b.year : b.year - a.year) ||
      (a.kind === b.kind ? 0 : a.kind === 'assigned' ? -1 : 1),
  );
  const shown = sorted.slice(0, max).map((t) => `- ${indicatorShortName(t.indicator, ctx.lang)} ${t.year}: ${targetText(t, ctx.lang)}`);
  const more = sorted.length - shown.length;
  return [header ?? w.knownTargets, ...shown, ...(more > 0 ? [w.moreTargets(more)] : [])];
}

/**
 * The targets of one indicator when there is no figure to compare: the year asked (or the first year
 * from it, else from this year, that has a target, else the latest), with every later year too when
 * the question asked for targets; targets asked with no year: every year's. Empty when the indicator
 * has no target.
 */
export function targetOnlyLines(indicator: IndicatorCode, yearWanted: number | null, ctx: BlockContext): string[] {
  const years = ctx.targets.filter((t) => t.indicator === indicator).map((t) => t.year);
  if (years.length === 0) return [];
  // Targets asked with no year and no figure to set beside them: every year's, the earliest first.
  const year =
    yearWanted === null && ctx.wantsTarget
      ? Math.min(...years)
      : (targetYear(ctx.targets, indicator, yearWanted ?? Number(ctx.today.slice(0, 4))) ?? Math.max(...years));
  const lines = targetLines(targetsFor(ctx.targets, indicator, year), year, ctx.lang, null);
  return ctx.wantsTarget ? [...lines, ...laterTargets(indicator, year, ctx)] : lines;
}

/** The heading: "Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn". */
export function heading(indicator: IndicatorCode, unitLabel: string, lang: Language): string {
  return `${capitalise(indicatorName(indicator, lang))} — ${unitLabel}`;
}
