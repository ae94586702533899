/**
 * Pieces every people answer is built from: a figure said people first ("31.455 người tham gia BHXH /
 * 202.418 lao động có việc làm (15,54%)"), what it is a share of, the target year a question is about,
 * and the message a focal point would send to add the counts.
 */

import { denominatorNoun, figureYear, periodText, targetYear, valueText } from '../answer/figure-text.js';
import { type Figure, figuresOf } from '../answer/figures.js';
import { capitalise } from '../answer/wording.js';
import { formatCount, formatPercent } from '../format/numbers.js';
import { shareOf } from '../indicators/basis.js';
import { indicatorDef } from '../indicators/catalogue.js';
import type { IndicatorValue } from '../indicators/compute-indicator.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { periodParts, periodYear } from '../periods/period-code.js';
import type { IndicatorCode, Language, Report, Target } from '../types.js';
import { INDICATORS } from '../types.js';
import type { PeopleSubject } from './read-question.js';
import { peopleWording } from './wording.js';

/** What an answer lacked, for the line that says how to add it. */
export type Missing = 'counts' | 'figures' | 'fulfilment';

/** One unit's part of a people answer. */
export interface Block {
  readonly lines: readonly string[];
  readonly missing: Missing | null;
}

/**
 * The figure's counts, people first ("31.455 người tham gia BHXH / 202.418 lao động có việc làm
 * (bắt buộc …, tự nguyện …; 15,54%)"), or the denominator first when the question is about the workers
 * or the population; null when the figure has no counts.
 */
export function countsText(figure: Figure, indicator: IndicatorCode, subject: PeopleSubject, lang: Language): string | null {
  const { value, report } = figure;
  const who = peopleWording(lang).participants(indicator);
  if (value.numerator === null || value.denominator === null || who === null) return null;
  const w = peopleWording(lang);
  const n = formatCount(value.numerator, lang);
  const d = formatCount(value.denominator, lang);
  const noun = denominatorNoun(value, indicator, lang);
  const uncovered = subject === 'uncovered' ? w.uncovered(indicator) : null;
  if (uncovered) {
    const left = value.denominator - value.numerator;
    const share = formatPercent((100 * left) / value.denominator, lang);
    return w.uncoveredCounts(uncovered, formatCount(left, lang), n, d, noun, formatPercent(value.percent, lang), share);
  }
  const main = subject === 'participants' ? w.counts(who, n, d, noun) : w.countsOfWhom(who, n, d, noun);
  const { bb, tn } = report.counts;
  const parts =
    indicator === 'bhxh' && value.fromCounts && bb !== undefined && tn !== undefined ? `${w.parts(formatCount(bb, lang), formatCount(tn, lang))}; ` : '';
  return `${main} (${parts}${formatPercent(value.percent, lang)})`;
}

/** "9 tháng đầu năm 2021 (số liệu đến 30/09/2021): <counts>", or the rate alone said to be only a rate. */
export function figureLine(figure: Figure, indicator: IndicatorCode, subject: PeopleSubject, lang: Language): string {
  const counts = countsText(figure, indicator, subject, lang);
  const said = counts ?? peopleWording(lang).rateOnly(valueText(figure.value, indicator, lang, figure.report, true));
  return `${capitalise(periodText(figure, lang))}: ${said}`;
}

/** What a figure is a share of, in words ("số lao động có việc làm" / "of employed workers"). */
export function figureShare(value: IndicatorValue, indicator: IndicatorCode, lang: Language): string {
  const share = shareOf(value.basis, lang);
  if (share) return share;
  const noun = denominatorNoun(value, indicator, lang);
  return lang === 'vi' ? noun : `of ${noun}`;
}

/** Whether the figure covers the whole year (not nine months, a quarter, a month or a day). */
export function wholeYear(figure: Figure): boolean {
  return periodParts(figure.report.period ?? '')?.kind === 'year';
}

/**
 * The year of the target a question is about: the year asked; else the figure's own year or the next
 * one with a target; else, with no figure, the first year from this one with a target, else the last.
 */
export function yearAsked(
  targets: readonly Target[],
  indicator: IndicatorCode,
  figures: readonly Figure[],
  period: PeriodRequest,
  today: string,
  named: number | null = null,
): number | null {
  if (period.kind === 'code') return periodYear(period.code);
  const latest = figures[figures.length - 1];
  // "còn thiếu bao nhiêu người để đạt 1%": the year of the target of that level, the first from the
  // latest figure's year (or this year) on, else the last.
  const namedYears = named === null ? [] : targets.filter((t) => t.indicator === indicator && Math.abs(t.percent - named) < 0.005).map((t) => t.year);
  if (namedYears.length > 0) {
    const from = latest ? figureYear(latest) : Number(today.slice(0, 4));
    const ahead = namedYears.filter((y) => y >= from);
    return ahead.length > 0 ? Math.min(...ahead) : Math.max(...namedYears);
  }
  if (latest) return targetYear(targets, indicator, figureYear(latest)) ?? figureYear(latest);
  const years = targets.filter((t) => t.indicator === indicator).map((t) => t.year);
  if (years.length === 0) return null;
  const thisYear = Number(today.slice(0, 4));
  const upcoming = years.filter((y) => y >= thisYear);
  return upcoming.length > 0 ? Math.min(...upcoming) : Math.max(...years);
}

/**
 * The indicator answered: the one asked; else `preferred` when the unit has a figure of it, else the
 * first that has one with counts (`withCounts`) or any figure, else `preferred`.
 */
export function pickIndicator(reports: readonly Report[], asked: IndicatorCode | null, preferred: IndicatorCode, withCounts: boolean): IndicatorCode {
  if (asked !== null) return asked;
  if (figuresOf(reports, preferred).length > 0) return preferred;
  const fits = (code: IndicatorCode) => figuresOf(reports, code).some((f) => !withCounts || f.value.numerator !== null);
  return INDICATORS.find(fits) ?? preferred;
}

/** The keys a focal point sends for an indicator's counts: "bb <số> tn <số> ld <số>"; null for an index. */
export function submissionKeys(indicator: IndicatorCode, lang: Language): string | null {
  const def = indicatorDef(indicator);
  if (def.denominator === null || def.numerator.length === 0) return null;
  const n = `<${peopleWording(lang).number}>`;
  return [...def.numerator, def.denominator].map((key) => `${key} ${n}`).join(' ');
}
