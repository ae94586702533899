/**
 * Plan fulfilment in a coverage answer: "Số người tham gia BHXH bắt buộc đạt 95,6% kế hoạch được giao
 * (9 tháng 2021)". Said as what it is, a count against its plan, never as a coverage rate or against
 * a coverage target.
 */

import { formatPercent } from '../format/numbers.js';
import { indicatorDef, isLevel } from '../indicators/catalogue.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import { INDICATORS, type IndicatorCode, type Language, type Report } from '../types.js';
import { figureLabel, sourceText } from './figure-text.js';
import { type Figure, reportEnd, selectFigure } from './figures.js';
import { uncapitalise, wording } from './wording.js';

/** What was asked: an indicator (null: the default, every indicator) for a period. */
export interface FulfilmentAsk {
  readonly lang: Language;
  readonly indicator: IndicatorCode | null;
  readonly period: PeriodRequest;
}

/** BHXH counts its compulsory and voluntary participants, so their plans belong to its answer. */
const PART_OF: Partial<Record<IndicatorCode, readonly IndicatorCode[]>> = { bhxh: ['bhxh', 'bhxh_bb', 'bhxh_tn'] };

/** The indicators whose plan fulfilment an answer shows. */
function indicatorsFor(asked: IndicatorCode | null): readonly IndicatorCode[] {
  if (asked === null) return INDICATORS;
  return PART_OF[asked] ?? [asked];
}

/** Every plan fulfilment of an indicator as figures, oldest first; one per period, the newest version winning. */
export function fulfilmentFigures(reports: readonly Report[], indicator: IndicatorCode): Figure[] {
  const byPeriod = new Map<string, Figure>();
  for (const report of reports) {
    const found = report.fulfilment.find((f) => f.indicator === indicator);
    const end = reportEnd(report);
    if (!found || !end) continue;
    const key = report.period ?? `@${end}`;
    const seen = byPeriod.get(key);
    if (seen && seen.report.version >= report.version) continue;
    byPeriod.set(key, {
      report,
      end,
      level: isLevel(indicator),
      value: { percent: found.percent, numerator: null, denominator: null, fromCounts: false, denominatorNote: found.note, basis: 'plan_count' },
    });
  }
  return [...byPeriod.values()].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
}

/**
 * One line per indicator asked that has a plan fulfilment, for the period asked (else the latest, its
 * period named; `exact`: for the period asked only), each with its source unless it comes from
 * `shown`, the report already cited.
 */
export function fulfilmentLines(reports: readonly Report[], ask: FulfilmentAsk, shown: Report | null, exact = false): string[] {
  const { lang } = ask;
  return indicatorsFor(ask.indicator).flatMap((indicator) => {
    const selection = selectFigure(fulfilmentFigures(reports, indicator), ask.period);
    const figure = exact && selection.substituted ? null : selection.figure;
    if (!figure) return [];
    const def = indicatorDef(indicator);
    const source = figure.report === shown ? '' : `; ${uncapitalise(sourceText(figure.report, lang))}`;
    const what = lang === 'vi' ? def.planCountVi : def.planCountEn;
    const left = Math.round((100 - figure.value.percent) * 100) / 100;
    const rest = { left, text: formatPercent(Math.abs(left), lang) };
    return [wording(lang).planFulfilment(what, formatPercent(figure.value.percent, lang), `${figureLabel(figure, lang)}${source}`, rest)];
  });
}
