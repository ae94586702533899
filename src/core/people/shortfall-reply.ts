/**
 * "Còn thiếu bao nhiêu người để đạt chỉ tiêu?": for each target of the year asked on the figure's
 * basis, target × denominator rounded up, less the participants, the arithmetic shown in one line.
 * A target on another basis (35% of the working-age labour force beside a count of employed workers)
 * gets no number, and neither does a figure of another year; a part-year figure is progress so far.
 */

import { comparable, figureLabel, figureYear, gapText, sourceText, targetsFor, targetText } from '../answer/figure-text.js';
import { type Figure, figuresOf, selectFigure } from '../answer/figures.js';
import type { UnitData } from '../answer/lineage.js';
import { formatCount, formatDecimal, formatPercent } from '../format/numbers.js';
import { indicatorName } from '../indicators/catalogue.js';
import { labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import type { IndicatorCode, Language, Target } from '../types.js';
import { type Block, figureLine, figureShare, type Missing, wholeYear, yearAsked } from './figure-lines.js';
import { peopleNeeded } from './shortfall.js';
import { peopleWording } from './wording.js';

/** What a shortfall or reached answer needs for one unit and one indicator. */
export interface TargetAsk {
  readonly lang: Language;
  readonly indicator: IndicatorCode;
  readonly period: PeriodRequest;
  /** A target level the question named, else null. */
  readonly namedPercent: number | null;
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
}

/** A level to measure against: a target held, or the level the question named (on the figure's basis). */
export interface Level {
  readonly percent: number;
  readonly target: Target | null;
}

/**
 * The levels to measure against for a year: the held targets of that year, or only those of the
 * level named when one matches it (of that year, else of another); a named level no target holds
 * comes first, beside the held ones.
 */
export function levelsFor(targets: readonly Target[], indicator: IndicatorCode, year: number, named: number | null): Level[] {
  const held = targetsFor(targets, indicator, year).map((t) => ({ percent: t.percent, target: t }));
  if (named === null) return held;
  const same = (t: { readonly percent: number }) => Math.abs(t.percent - named) < 0.005;
  const matching = held.filter(same);
  if (matching.length > 0) return matching;
  // The level named is the place's target of another year ("on track for its 95% target" asked of
  // 2023, the 95% being the 2025 goal): that target, named with its source.
  const otherYear = targets.filter((t) => t.indicator === indicator && same(t)).map((t) => ({ percent: t.percent, target: t }));
  return otherYear.length > 0 ? otherYear : [{ percent: named, target: null }, ...held];
}

/** How a level is named in a line: the target with its kind and source, or the level asked. */
export function levelText(level: Level, figure: Figure, indicator: IndicatorCode, lang: Language): string {
  if (level.target) return targetText(level.target, lang, !comparable(level.target, figure.value));
  return peopleWording(lang).namedLevel(formatPercent(level.percent, lang), figureShare(figure.value, indicator, lang));
}

/** Whether a level may be measured against the figure: a named level is taken on the figure's basis. */
export function measurable(level: Level, figure: Figure): boolean {
  return level.target === null || comparable(level.target, figure.value);
}

/** One unit's shortfall in people for the indicator. */
export function shortfallBlock(unit: UnitData, ask: TargetAsk): Block {
  const { lang, indicator } = ask;
  const w = peopleWording(lang);
  const name = indicatorName(indicator, lang);
  const who = w.participants(indicator) ?? name;
  const figures = figuresOf(unit.reports, indicator);
  const year = yearAsked(unit.targets, indicator, figures, ask.period, ask.today, ask.namedPercent);
  if (year === null) return { lines: [w.noFigureToCount(name, unit.label)], missing: 'figures' };
  const heading = `${w.shortHeading(who, year)} — ${unit.label}`;
  const levels = levelsFor(unit.targets, indicator, year, ask.namedPercent);
  if (levels.length === 0) return { lines: [heading, ...noTargetLines(unit.targets, indicator, year, lang)], missing: null };
  const figure = selectFigure(figures, { kind: 'code', code: String(year) }).figure;
  if (!figure) {
    return {
      lines: [
        heading,
        w.noFigureToCount(name, unit.label),
        ...levels.map((l) => `- ${l.target ? targetText(l.target, lang) : formatPercent(l.percent, lang)}`),
      ],
      missing: 'figures',
    };
  }
  const sameYear = figureYear(figure) === year;
  const lines = [heading];
  if (!sameYear) lines.push(w.noFigureFor(labelPeriod(String(year), lang)));
  lines.push(figureLine(figure, indicator, 'participants', lang));
  let missing: Missing | null = null;
  for (const level of levels) {
    const said = levelShortfall(level, figure, indicator, year, lang);
    if (said.missing) missing = said.missing;
    lines.push(`- ${levelText(level, figure, indicator, lang)}: ${said.text}`);
  }
  if (sameYear && !wholeYear(figure)) {
    lines.push(w.progressSoFar(figureLabel(figure, lang), year));
    const pace = monthlyPace(levels, figure, year, lang);
    if (pace) lines.push(pace);
  }
  lines.push(sourceText(figure.report, lang));
  return { lines, missing };
}

/**
 * A part-year figure short of the first level it can be counted against: the people still needed
 * spread over the months left in the year, rounded up ("mỗi tháng phải tăng bình quân bao nhiêu người").
 */
function monthlyPace(levels: readonly Level[], figure: Figure, year: number, lang: Language): string | null {
  const { numerator, denominator } = figure.value;
  const months = 12 - Number(figure.end.slice(5, 7));
  const level = levels.find((l) => measurable(l, figure));
  if (months < 1 || !level || numerator === null || denominator === null) return null;
  const { short } = peopleNeeded(level.percent, denominator, numerator);
  if (short <= 0) return null;
  return peopleWording(lang).monthlyPace(months, year, formatCount(Math.ceil(short / months), lang), formatCount(short, lang));
}

/** The shortfall against one level, or why there is none to give. */
function levelShortfall(level: Level, figure: Figure, indicator: IndicatorCode, year: number, lang: Language): { text: string; missing?: Missing } {
  const w = peopleWording(lang);
  const { value } = figure;
  if (!measurable(level, figure)) return { text: w.otherBasis(figureShare(value, indicator, lang)) };
  const fy = figureYear(figure);
  if (fy !== year) {
    const gap = fy < year ? `${gapText(value.percent, level.percent, lang, false)}; ` : '';
    return { text: `${gap}${w.otherPeriod(figureLabel(figure, lang))}`, ...(value.numerator === null ? { missing: 'counts' as const } : {}) };
  }
  if (value.numerator === null || value.denominator === null) {
    return { text: w.rateOnlyGap(gapText(value.percent, level.percent, lang)), missing: 'counts' };
  }
  const r = peopleNeeded(level.percent, value.denominator, value.numerator);
  const args = [
    formatPercent(level.percent, lang),
    formatCount(value.denominator, lang),
    formatDecimal(r.exact, lang, 2),
    formatCount(r.needed, lang),
    formatCount(value.numerator, lang),
  ] as const;
  return { text: r.short > 0 ? w.arithmetic(...args, formatCount(r.short, lang)) : w.arithmeticReached(...args, formatCount(-r.short, lang)) };
}

/** No target for the year: that, and the targets of the indicator's other years (none: no target at all). */
export function noTargetLines(targets: readonly Target[], indicator: IndicatorCode, year: number, lang: Language): string[] {
  const w = peopleWording(lang);
  const name = indicatorName(indicator, lang);
  const others = targets.filter((t) => t.indicator === indicator).sort((a, b) => a.year - b.year);
  if (others.length === 0) return [w.noTarget(name)];
  return [w.noTargetFor(name, year), w.otherYears, ...others.map((t) => `- ${t.year}: ${targetText(t, lang, true)}`)];
}
