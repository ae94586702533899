/**
 * The coverage answer (DESIGN 2.5): value and counts, period or as-of date, targets and gaps, pace,
 * trend and source; for a dissolved unit, what it became and its successors' figures; for a new unit,
 * its predecessors' figures. Plain text with line breaks, short enough for a phone.
 */

import { figureYear, targetsFor, targetYear } from '../answer/figure-text.js';
import { type Figure, figuresOf, previousFigure, selectFigure } from '../answer/figures.js';
import { type SuccessorData, successorLines, type UnitData } from '../answer/lineage.js';
import { fulfilmentLines } from '../answer/plan-fulfilment.js';
import { type BlockContext, briefLine, detailedBlock, heading, knownTargetLines, targetOnlyLines } from '../answer/unit-block.js';
import { wording } from '../answer/wording.js';
import { formatDayShort } from '../format/dates.js';
import { formatPointsChange } from '../format/numbers.js';
import { indicatorName, indicatorShortName } from '../indicators/catalogue.js';
import { labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { periodYear } from '../periods/period-code.js';
import type { Ask } from '../query/question-asks.js';
import { INDICATORS, type IndicatorCode, type Language, type Report, type Target, type UnitLevel } from '../types.js';
import { REORGANISATION_DAY } from '../units/reorganisation.js';
import { type ChildrenSum, childrenSumLine } from './children-sum.js';

/** Everything the coverage answer needs; all of it already fetched and described. */
export interface CoverageAnswerInput {
  readonly lang: Language;
  /**
   * The unit as described to the user: "Thành phố Vinh, Tỉnh Nghệ An (trước 1/7/2025)". A new unit's
   * label carries no date; the answer adds "(từ 1/7/2025)" where it matters.
   */
  readonly unitLabel: string;
  /** The unit's level, to name its predecessors ("tỉnh, thành phố cũ"); "đơn vị cũ" when absent. */
  readonly level?: UnitLevel;
  /** The indicator asked, or null for the default (BHXH, with the others briefly). */
  readonly indicator: IndicatorCode | null;
  readonly period: PeriodRequest;
  readonly reports: readonly Report[];
  readonly targets: readonly Target[];
  /** The question asked for targets: lead with them when there is no figure, and list later years too. */
  readonly wantsTarget?: boolean;
  /** For a dissolved unit: the units it went into; `date` is the reorganisation (default 1 July 2025). */
  readonly lineage?: { readonly successors: readonly SuccessorData[]; readonly date?: string };
  /**
   * For a new unit: the old units of the same level it was formed from, when they have data. Each is
   * shown with the same detail as the unit itself; `date` is the reorganisation (default 1 July 2025).
   */
  readonly predecessorData?: readonly UnitData[];
  /** For a new unit: the labels of the old units of the same level it was formed from that hold nothing. */
  readonly predecessorsWithout?: readonly string[];
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
  /**
   * Further indicators asked in the same question ("BHXH bắt buộc và tự nguyện", "BHTN 2030 và mức
   * độ hài lòng 2025"), each with its own period, answered after the first in the same way.
   */
  readonly more?: readonly Ask[];
  /** Indicators asked beyond those answered: named at the end, to be asked on their own. */
  readonly leftOut?: readonly IndicatorCode[];
  /**
   * A line for whoever may send the missing figures (a focal point of the unit, with the period
   * open now), shown when the unit has no figure; absent for everyone else.
   */
  readonly submitHint?: string;
  /**
   * For a unit with no figure of its own for the indicator asked: its children's counts summed for
   * one period (children-sum.ts), shown after what the unit itself holds.
   */
  readonly childrenSum?: ChildrenSum;
}

export type { Ask } from '../query/question-asks.js';

/** Indicators summarised after the main one, in this order. */
const OTHERS: readonly IndicatorCode[] = INDICATORS;

/** One unit's part of the answer, and whether it had a figure to show. */
interface Section {
  readonly lines: readonly string[];
  readonly hasFigure: boolean;
}

/** Composes the coverage answer. */
export function composeCoverageAnswer(input: CoverageAnswerInput): string {
  const { lang } = input;
  const w = wording(lang);
  const predecessors = input.predecessorData ?? [];
  const successors = input.lineage?.successors ?? [];
  const asks = [input, ...(input.more ?? []).map((ask) => ({ ...input, ...ask }))];
  const ownData: UnitData = { label: input.unitLabel, reports: input.reports, targets: input.targets };
  const own = unitSections(ownData, asks);
  const hasFigure = own.some((s) => s.hasFigure);
  const lines: string[] = [];

  // Targets held are always shown, figures or not; "nothing of its own" only when there is nothing.
  if (hasFigure || input.targets.length > 0) {
    lines.push(...own.flatMap((s) => s.lines), ...differenceLines(ownData, asks));
  } else if (successors.length > 0) {
    lines.push(w.ownNone(input.unitLabel));
  } else if (predecessors.length > 0) {
    lines.push(w.newUnitNone(input.unitLabel, formatDayShort(REORGANISATION_DAY, lang), input.level ?? null));
  } else {
    lines.push(...own.flatMap((s) => s.lines));
  }

  if (input.childrenSum) lines.push(childrenSumLine(input.childrenSum, lang));
  if (input.lineage && successors.length > 0) {
    lines.push(...successorLines(successors, input.indicator ?? 'bhxh', input.period, lang, input.lineage.date ?? REORGANISATION_DAY));
  }
  if (predecessors.length > 0) {
    if (hasFigure) lines.push(w.before2025);
    else if (input.targets.length > 0) lines.push(w.formedFrom(input.level ?? null));
    for (const p of predecessors) {
      lines.push(...unitSections(p, asks).flatMap((s) => s.lines));
      lines.push(...differenceLines(p, asks));
    }
    if (input.predecessorsWithout?.length) lines.push(w.predecessorsNone(input.predecessorsWithout.join('; ')));
  }
  if (!hasFigure && successors.length === 0 && input.submitHint) lines.push(input.submitHint);
  if (input.leftOut?.length) lines.push(w.leftOut(asks.length, input.leftOut.map((code) => indicatorShortName(code, lang)).join(', ')));
  return lines.join('\n');
}

/**
 * Two indicators asked of one unit ("BHXH bắt buộc cao hơn tự nguyện bao nhiêu"): the difference of
 * their figures when both are of the same period and on the same basis; nothing otherwise (the blocks
 * above show each with its basis).
 */
function differenceLines(unit: UnitData, asks: readonly CoverageAnswerInput[]): string[] {
  const [a, b] = asks;
  if (asks.length !== 2 || !a?.indicator || !b?.indicator || a.indicator === b.indicator) return [];
  const { lang } = a;
  const [first, second] = [indicatorShortName(a.indicator, lang), indicatorShortName(b.indicator, lang)];
  const line = (pa: number, pb: number, label: string) => wording(lang).difference(first, second, formatPointsChange(pa - pb, lang), label);
  const fa = selectFigure(figuresOf(unit.reports, a.indicator), a.period).figure;
  const fb = selectFigure(figuresOf(unit.reports, b.indicator), b.period).figure;
  if (fa && fb && fa.report.period === fb.report.period && fa.value.basis !== null && fa.value.basis === fb.value.basis) {
    return [line(fa.value.percent, fb.value.percent, labelPeriod(fa.report.period ?? '', lang))];
  }
  // No figures of one period: the targets of the one year asked, when on the same basis
  // ("chỉ tiêu BHXH 2025 cao hơn chỉ tiêu BHTN 2025 bao nhiêu").
  const year = a.period.kind === 'code' && b.period.kind === 'code' && a.period.code === b.period.code ? periodYear(a.period.code) : null;
  if (year === null || fa || fb) return [];
  const [ta] = targetsFor(unit.targets, a.indicator, year);
  const [tb] = targetsFor(unit.targets, b.indicator, year);
  if (!ta || !tb || ta.basis === null || ta.basis !== tb.basis) return [];
  return [line(ta.percent, tb.percent, wording(lang).targetsOfYear(year))];
}

/**
 * One unit's block: heading, value with counts, period and as-of date, targets with their kind, source
 * and gap, pace, trend and source, then the other indicators briefly when the default was asked; with
 * no figure, what is known (targets first when the question asked for them).
 */
/**
 * One section per ask, in order. A further period asked with no figure of its own, whose latest
 * figure an earlier section already showed ("BHTN Bắc Kạn năm 2021 → 2025 → 2030"), says so in a line
 * with that year's targets instead of showing the same figure again.
 */
function unitSections(unit: UnitData, asks: readonly CoverageAnswerInput[]): Section[] {
  const shown = new Set<Report>();
  return asks.map((ask) => unitSection(unit, ask, shown));
}

function unitSection(unit: UnitData, input: CoverageAnswerInput, shown: Set<Report>): Section {
  const { lang } = input;
  const w = wording(lang);
  const ctx: BlockContext = { lang, targets: unit.targets, today: input.today, wantsTarget: input.wantsTarget ?? false };
  const lines: string[] = [];
  const requested = input.indicator ?? 'bhxh';

  let main = requested;
  let figures = figuresOf(unit.reports, main);
  if (figures.length === 0 && input.indicator === null) {
    const other = OTHERS.find((code) => figuresOf(unit.reports, code).length > 0);
    if (other) {
      lines.push(`${unit.label}: ${w.noMainButOthers(indicatorName(requested, lang))}`);
      main = other;
      figures = figuresOf(unit.reports, main);
    }
  }

  const selection = selectFigure(figures, input.period);
  const figure = selection.figure;
  if (!figure) return { lines: [...noFigureLines(requested, unit, input, ctx), ...fulfilmentLines(unit.reports, input, null)], hasFigure: false };
  const askedYear = selection.substituted && input.period.kind === 'code' ? periodYear(input.period.code) : null;
  const askedTargets = askedYear !== null && unit.targets.some((t) => t.indicator === main && t.year === askedYear);
  if (selection.substituted && askedYear !== null && shown.has(figure.report)) {
    const label = labelPeriod(String(askedYear), lang);
    return {
      lines: askedTargets ? targetOnlyLines(main, askedYear, { ...ctx, wantsTarget: false }) : [w.noTargetFor(indicatorName(main, lang), label)],
      hasFigure: true,
    };
  }
  lines.push(heading(main, unit.label, lang));
  // The year asked has no figure but has targets ("BHTN Bắc Kạn 2030"): its targets are listed too.
  // Asked for as targets ("mục tiêu BHTN Bắc Kạn 2030"), they come first, unless the latest figure's
  // block shows that year's targets anyway (with their gaps); then the latest figure.
  const targetsAsked = askedTargets && ctx.wantsTarget;
  if (selection.substituted && input.period.kind === 'code') {
    const label = labelPeriod(input.period.code, lang);
    if (!askedTargets && ctx.wantsTarget) lines.push(w.noTargetFor(indicatorName(main, lang), label));
    else if (!targetsAsked) lines.push(w.noFigureFor(indicatorName(main, lang), label));
    else if (targetYear(unit.targets, main, figureYear(figure)) === askedYear) lines.push(noActual(label, askedYear, ctx));
    else lines.push(...targetOnlyLines(main, askedYear, { ...ctx, wantsTarget: false }), noActual(label, askedYear, ctx));
    lines.push(w.latestInstead);
  }
  shown.add(figure.report);
  const blockCtx = targetsAsked ? { ...ctx, wantsTarget: false } : askedTargets ? { ...ctx, wantsTarget: true } : ctx;
  lines.push(...detailedBlock(main, figure, previousFigure(figures, figure), blockCtx));
  if (input.indicator === null) lines.push(...otherLines(main, figure, unit, input.period, ctx), ...otherTargetLines(main, unit, input, ctx));
  lines.push(...fulfilmentLines(unit.reports, input, figure.report));
  return { lines, hasFigure: true };
}

/** That the period asked has no actual figure, or, for a year still to come, that it is ahead. */
function noActual(label: string | null, year: number | null, ctx: BlockContext): string {
  const w = wording(ctx.lang);
  return label !== null && year !== null && year > Number(ctx.today.slice(0, 4)) ? w.stillAhead(label) : w.noActual(label);
}

/** Targets asked of a year with no indicator named ("Hải Phòng có những chỉ tiêu gì cho năm 2025"): the other indicators' of that year. */
function otherTargetLines(main: IndicatorCode, unit: UnitData, input: CoverageAnswerInput, ctx: BlockContext): string[] {
  if (!ctx.wantsTarget || input.period.kind !== 'code') return [];
  const year = periodYear(input.period.code);
  const rest = unit.targets.filter((t) => t.indicator !== main && t.year === year);
  return year !== null && rest.length > 0 ? knownTargetLines(rest, OTHERS, year, ctx, 6, wording(ctx.lang).otherTargetsOf(year)) : [];
}

/** One line per other indicator that has a figure. */
function otherLines(main: IndicatorCode, mainFigure: Figure, unit: UnitData, period: PeriodRequest, ctx: BlockContext): string[] {
  const skip = new Set<IndicatorCode>([main, ...(mainFigure.value.derivedFrom ?? [])]);
  const lines = OTHERS.filter((code) => !skip.has(code)).flatMap((code) => {
    const f = selectFigure(figuresOf(unit.reports, code), period).figure;
    return f ? [briefLine(code, f, mainFigure, ctx)] : [];
  });
  return lines.length > 0 ? [wording(ctx.lang).others, ...lines] : [];
}

/**
 * No figure: when the question asked for targets and there are some, the targets with their sources
 * first, then that there is no actual figure; otherwise that there is no figure, then the known targets.
 */
function noFigureLines(indicator: IndicatorCode, unit: UnitData, input: CoverageAnswerInput, ctx: BlockContext): string[] {
  const w = wording(ctx.lang);
  const name = indicatorName(indicator, ctx.lang);
  const periodLabel = input.period.kind === 'code' ? labelPeriod(input.period.code, ctx.lang) : null;
  const year = input.period.kind === 'code' ? periodYear(input.period.code) : null;
  const order = input.indicator === null ? [indicator, ...OTHERS.filter((c) => c !== indicator)] : [indicator];
  if (ctx.wantsTarget && unit.targets.some((t) => order.includes(t.indicator))) {
    // A year asked that has no target of its own is said before the targets of other years are shown.
    const none = periodLabel !== null && !unit.targets.some((t) => order.includes(t.indicator) && t.year === year) ? [w.noTargetFor(name, periodLabel)] : [];
    const targets =
      input.indicator === null
        ? [...none, ...knownTargetLines(unit.targets, order, year, ctx, 6, w.knownTargetsOf(unit.label))]
        : [heading(indicator, unit.label, ctx.lang), ...none, ...targetOnlyLines(indicator, year, ctx)];
    return [...targets, noActual(periodLabel, year, ctx)];
  }
  const first =
    periodLabel === null
      ? w.noFigure(name, unit.label)
      : ctx.wantsTarget
        ? w.noTargetFor(name, periodLabel, unit.label)
        : w.noFigureForUnit(name, unit.label, periodLabel);
  return [first, ...(unit.targets.length > 0 ? knownTargetLines(unit.targets, order, year, ctx) : [])];
}
