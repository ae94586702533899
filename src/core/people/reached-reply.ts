/**
 * "Đã đạt chỉ tiêu chưa?": reached or not against each target of the year asked, with the figures, a
 * part-year or earlier figure named as such ("đến 9 tháng đầu năm 2021 chưa đạt …"), the people still
 * short where the counts allow, and "không cùng cơ sở tính" for a target on another basis. Plan
 * fulfilment held for the indicator (BHXH: also its compulsory and voluntary parts) follows, as what
 * it is, a count against its plan, reached at 100%.
 */

import { figureLabel, figureYear, gapText, periodText, sourceText, targetText, valueText } from '../answer/figure-text.js';
import { type Figure, figuresOf, selectFigure } from '../answer/figures.js';
import type { UnitData } from '../answer/lineage.js';
import { fulfilmentFigures } from '../answer/plan-fulfilment.js';
import { briefLine, heading } from '../answer/unit-block.js';
import { capitalise, uncapitalise, wording } from '../answer/wording.js';
import { formatCount, formatPercent, formatPoints } from '../format/numbers.js';
import { indicatorDef, indicatorName } from '../indicators/catalogue.js';
import { roundPercent } from '../indicators/compute-indicator.js';
import { labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { INDICATORS, type IndicatorCode, type Language } from '../types.js';
import { type Block, wholeYear, yearAsked } from './figure-lines.js';
import { peopleNeeded } from './shortfall.js';
import { type Level, levelsFor, levelText, measurable, noTargetLines, type TargetAsk } from './shortfall-reply.js';
import { peopleWording } from './wording.js';

/** One unit's verdict for the indicator; `others` adds one line per other indicator with a figure. */
export function reachedBlock(unit: UnitData, ask: TargetAsk, others = false): Block {
  const { lang, indicator } = ask;
  const w = peopleWording(lang);
  const name = indicatorName(indicator, lang);
  const figures = figuresOf(unit.reports, indicator);
  const year = yearAsked(unit.targets, indicator, figures, ask.period, ask.today, ask.namedPercent);
  const lines = [heading(indicator, unit.label, lang)];
  const plan = planVerdicts(unit, indicator, ask.period, lang, null);
  if (year === null) {
    // No figure and no target: plan fulfilment, when held, is still a verdict.
    return plan.length > 0
      ? { lines: [...lines, ...plan], missing: null }
      : { lines: [...lines, w.noFigureToJudge(name, unit.label, null)], missing: 'figures' };
  }
  const levels = levelsFor(unit.targets, indicator, year, ask.namedPercent);
  const figure = selectFigure(figures, { kind: 'code', code: String(year) }).figure;
  if (levels.length === 0) {
    const shown = figure ? [`${capitalise(periodText(figure, lang))}: ${valueText(figure.value, indicator, lang, figure.report)}`] : [];
    const last = [...nextTargetVerdict(unit, indicator, year, figure, lang), ...lastTargetVerdict(unit, indicator, year, figure, lang)];
    const none = last.length > 0 ? [w.noTargetFor(name, year)] : noTargetLines(unit.targets, indicator, year, lang);
    return { lines: [...lines, ...shown, ...none, ...last, ...plan], missing: null };
  }
  if (!figure || figureYear(figure) > year) {
    const held = levels.flatMap((l) => (l.target ? [`- ${targetText(l.target, lang)}`] : []));
    return { lines: [...lines, w.noFigureToJudge(name, unit.label, year), ...held, ...plan], missing: 'figures' };
  }
  const apart = levels.some((l) => !measurable(l, figure));
  if (figureYear(figure) < year) lines.push(w.noFigureFor(labelPeriod(String(year), lang)));
  lines.push(`${capitalise(periodText(figure, lang))}: ${valueText(figure.value, indicator, lang, figure.report, apart)}`);
  for (const level of levels) lines.push(`- ${levelText(level, figure, indicator, lang)}: ${verdict(level, figure, year, lang)}`);
  lines.push(sourceText(figure.report, lang), ...planVerdicts(unit, indicator, ask.period, lang, figure));
  if (others) lines.push(...otherLines(unit, ask, indicator, figure));
  return { lines, missing: null };
}

/**
 * No target for the year asked ("năm nay đã đạt chưa" in 2026): the verdict against the last earlier
 * target year, when the figure is of that year or before ("Theo chỉ tiêu năm 2025: … chưa đạt").
 */
/**
 * A figure of a year with no target, judged against the next year's ("bhyt HP tính tới T11/2023 đã chạm
 * mục tiêu chưa": the 2025 goal), as a question with no period is; the earlier target after it.
 */
function nextTargetVerdict(unit: UnitData, indicator: IndicatorCode, year: number, figure: Figure | null, lang: Language): string[] {
  const later = unit.targets.filter((t) => t.indicator === indicator && t.year > year).map((t) => t.year);
  if (!figure || later.length === 0 || figureYear(figure) !== year) return [];
  const next = Math.min(...later);
  return verdictsOfYear(unit, indicator, next, figure, lang, peopleWording(lang).againstNextTarget(next));
}

function lastTargetVerdict(unit: UnitData, indicator: IndicatorCode, year: number, figure: Figure | null, lang: Language): string[] {
  const earlier = unit.targets.filter((t) => t.indicator === indicator && t.year < year).map((t) => t.year);
  if (!figure || earlier.length === 0) return [];
  const last = Math.max(...earlier);
  if (figureYear(figure) > last) return [];
  return verdictsOfYear(unit, indicator, last, figure, lang, peopleWording(lang).againstLastTarget(last));
}

/** Under `heading`, the figure against each target of another year than the one asked. */
function verdictsOfYear(unit: UnitData, indicator: IndicatorCode, year: number, figure: Figure, lang: Language, heading: string): string[] {
  const levels = levelsFor(unit.targets, indicator, year, null);
  return [heading, ...levels.map((level) => `- ${levelText(level, figure, indicator, lang)}: ${verdict(level, figure, year, lang)}`)];
}

/** Reached or not, with the gap in points and, for the target's own year with counts, in people. */
function verdict(level: Level, figure: Figure, year: number, lang: Language): string {
  const w = peopleWording(lang);
  if (!measurable(level, figure)) return w.notComparable;
  const { value } = figure;
  const label = figureLabel(figure, lang);
  const full = wholeYear(figure) && figureYear(figure) === year;
  const diff = roundPercent(value.percent - level.percent);
  if (diff >= 0) {
    const reached = full ? w.reachedFull : w.reachedAsOf(label);
    return diff > 0 ? `${reached}, ${w.aboveBy(formatPoints(diff, lang))}` : reached;
  }
  const said = `${full ? w.notReached : w.notReachedAsOf(label)}, ${gapText(value.percent, level.percent, lang)}`;
  if (figureYear(figure) !== year || value.numerator === null || value.denominator === null) return said;
  const r = peopleNeeded(level.percent, value.denominator, value.numerator);
  return r.short > 0 ? `${said}, ${w.inPeople(formatCount(r.short, lang))}` : said;
}

/** One line per other indicator with a figure for the year, measured against its own target. */
function otherLines(unit: UnitData, ask: TargetAsk, main: IndicatorCode, mainFigure: Figure): string[] {
  const ctx = { lang: ask.lang, targets: unit.targets, today: ask.today, wantsTarget: false };
  const skip = new Set<IndicatorCode>([main, ...(mainFigure.value.derivedFrom ?? [])]);
  const lines = INDICATORS.filter((code) => !skip.has(code)).flatMap((code) => {
    const f = selectFigure(figuresOf(unit.reports, code), ask.period).figure;
    return f ? [briefLine(code, f, mainFigure, ctx)] : [];
  });
  return lines.length > 0 ? [wording(ask.lang).others, ...lines] : [];
}

/**
 * The plan fulfilment held for the indicator, for the period asked (else the latest), each reached or
 * not at 100% of its plan, with its source unless it is the figure's own report.
 */
function planVerdicts(unit: UnitData, indicator: IndicatorCode, period: PeriodRequest, lang: Language, shown: Figure | null): string[] {
  const codes: readonly IndicatorCode[] = indicator === 'bhxh' ? ['bhxh', 'bhxh_bb', 'bhxh_tn'] : [indicator];
  return codes.flatMap((code) => {
    const f = selectFigure(fulfilmentFigures(unit.reports, code), period).figure;
    if (!f) return [];
    const def = indicatorDef(code);
    const said = peopleWording(lang).planVerdict(
      lang === 'vi' ? def.planCountVi : def.planCountEn,
      formatPercent(f.value.percent, lang),
      figureLabel(f, lang),
      f.value.percent >= 100,
      wholeYear(f),
    );
    return [f.report === shown?.report ? `${said}.` : `${said} (${uncapitalise(sourceText(f.report, lang))}).`];
  });
}
