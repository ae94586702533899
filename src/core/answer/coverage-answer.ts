/**
 * The coverage answer (DESIGN 2.5): value and counts, period or as-of date, targets and gaps, pace,
 * trend and source; for a dissolved unit, what it became and its successors' figures; for a new unit,
 * its predecessors' figures. Plain text with line breaks, short enough for a phone.
 */
import { INDICATORS, type IndicatorCode, type Language, type Report, type Target } from '../types.js';
import { indicatorName, indicatorShortName } from '../indicators/catalogue.js';
import { formatPercent } from '../format/numbers.js';
import { labelPeriod } from '../periods/label-period.js';
import { periodYear } from '../periods/period-code.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { figuresOf, previousFigure, selectFigure, type Figure } from './figures.js';
import { briefTarget, figureLabel, figureYear, targetsFor, targetYear } from './figure-text.js';
import { successorLines, type SuccessorData, type UnitData } from './lineage.js';
import { briefLine, detailedBlock, heading, knownTargetLines, type BlockContext } from './unit-block.js';
import { wording } from './wording.js';

/** Everything the coverage answer needs; all of it already fetched and described. */
export interface CoverageAnswerInput {
  readonly lang: Language;
  /** The unit as described to the user: "Thành phố Vinh, Tỉnh Nghệ An (trước 1/7/2025)". */
  readonly unitLabel: string;
  /** The indicator asked, or null for the default (BHXH, with the others briefly). */
  readonly indicator: IndicatorCode | null;
  readonly period: PeriodRequest;
  readonly reports: readonly Report[];
  readonly targets: readonly Target[];
  /** The question asked for targets: list the later target years too. */
  readonly wantsTarget?: boolean;
  /** For a dissolved unit: the units it went into; `date` is the reorganisation (default 1 July 2025). */
  readonly lineage?: { readonly successors: readonly SuccessorData[]; readonly date?: string };
  /** For a new unit: the old units of the same level it was formed from, when they have data. */
  readonly predecessorData?: readonly UnitData[];
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
}

/** The reorganisation of 2025 took effect on this day. */
const REORGANISATION = '2025-07-01';
/** Indicators summarised after the main one, in this order. */
const OTHERS: readonly IndicatorCode[] = INDICATORS;

/** Composes the coverage answer. */
export function composeCoverageAnswer(input: CoverageAnswerInput): string {
  const { lang } = input;
  const w = wording(lang);
  const ctx: BlockContext = { lang, targets: input.targets, today: input.today, wantsTarget: input.wantsTarget ?? false };
  const lines: string[] = [];
  const requested = input.indicator ?? 'bhxh';
  const hasLineage = (input.lineage?.successors.length ?? 0) > 0;
  const hasPredecessors = (input.predecessorData?.length ?? 0) > 0;

  let main = requested;
  let figures = figuresOf(input.reports, main);
  if (figures.length === 0 && input.indicator === null) {
    const other = OTHERS.find((code) => figuresOf(input.reports, code).length > 0);
    if (other) {
      lines.push(`${input.unitLabel}: ${w.noMainButOthers(indicatorName(requested, lang))}`);
      main = other;
      figures = figuresOf(input.reports, main);
    }
  }

  const selection = selectFigure(figures, input.period);
  const figure = selection.figure;
  if (figure) {
    lines.push(heading(main, input.unitLabel, lang));
    if (selection.substituted && input.period.kind === 'code') {
      lines.push(w.noFigureFor(indicatorName(main, lang), labelPeriod(input.period.code, lang)), w.latestInstead);
    }
    lines.push(...detailedBlock(main, figure, previousFigure(figures, figure), ctx));
    if (input.indicator === null) lines.push(...otherLines(main, figure, input, ctx));
  } else if (hasLineage) {
    lines.push(w.ownNone(input.unitLabel));
  } else {
    lines.push(...nothingYet(requested, input, ctx));
  }

  if (input.lineage && hasLineage) {
    lines.push(...successorLines(input.lineage.successors, requested, input.period, lang, input.lineage.date ?? REORGANISATION));
  }
  if (input.predecessorData && hasPredecessors) {
    lines.push(w.before2025, ...input.predecessorData.map((p) => predecessorLine(p, requested, input.period, ctx)));
  }
  if (!figure && !hasLineage && hasPredecessors) lines.push(w.submitHint);
  return lines.join('\n');
}

/** One line per other indicator that has a figure. */
function otherLines(main: IndicatorCode, mainFigure: Figure, input: CoverageAnswerInput, ctx: BlockContext): string[] {
  const skip = new Set<IndicatorCode>([main, ...(mainFigure.value.derivedFrom ?? [])]);
  const mainLabel = figureLabel(mainFigure, ctx.lang);
  const lines = OTHERS.filter((code) => !skip.has(code)).flatMap((code) => {
    const f = selectFigure(figuresOf(input.reports, code), input.period).figure;
    return f ? [briefLine(code, f, mainLabel, ctx)] : [];
  });
  return lines.length > 0 ? [wording(ctx.lang).others, ...lines] : [];
}

/** No figure at all: say so, and what is known (targets with sources), and who can send figures. */
function nothingYet(indicator: IndicatorCode, input: CoverageAnswerInput, ctx: BlockContext): string[] {
  const w = wording(ctx.lang);
  const name = indicatorName(indicator, ctx.lang);
  const first = input.period.kind === 'code'
    ? w.noFigureForUnit(name, input.unitLabel, labelPeriod(input.period.code, ctx.lang))
    : w.noFigure(name, input.unitLabel);
  const order = input.indicator === null ? [indicator, ...OTHERS.filter((c) => c !== indicator)] : [indicator];
  const year = input.period.kind === 'code' ? periodYear(input.period.code) : null;
  const targets = input.targets.length > 0 ? knownTargetLines(input.targets, order, year, ctx) : [];
  const hasPredecessors = (input.predecessorData?.length ?? 0) > 0;
  return [first, ...targets, ...(hasPredecessors ? [] : [w.submitHint])];
}

/** "- Tỉnh Gia Lai (trước 1/7/2025): 15% (Năm 2024; kế hoạch tỉnh 2025: 16,83%, …)". */
function predecessorLine(p: UnitData, indicator: IndicatorCode, request: PeriodRequest, ctx: BlockContext): string {
  const { lang } = ctx;
  const f = selectFigure(figuresOf(p.reports, indicator), request).figure;
  const parts: string[] = [];
  if (f) parts.push(figureLabel(f, lang));
  const ty = f ? targetYear(p.targets, indicator, figureYear(f)) : upcomingTargetYear(p.targets, indicator, Number(ctx.today.slice(0, 4)));
  const t = ty === null ? undefined : targetsFor(p.targets, indicator, ty)[0];
  if (t) parts.push(briefTarget(t, lang, f ? f.value.percent : null));
  const value = f ? formatPercent(f.value.percent, lang) : (lang === 'vi' ? 'chưa có số liệu' : 'no figure');
  const name = indicator === 'bhxh' ? '' : ` ${indicatorShortName(indicator, lang)}`;
  return `- ${p.label}${name}: ${value}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`;
}

/** The first target year from `year` on, else the latest one. */
function upcomingTargetYear(targets: readonly Target[], indicator: IndicatorCode, year: number): number | null {
  const years = targets.filter((t) => t.indicator === indicator).map((t) => t.year);
  if (years.length === 0) return null;
  return targetYear(targets, indicator, year) ?? Math.max(...years);
}
