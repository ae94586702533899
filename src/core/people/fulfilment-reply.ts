/**
 * "Đạt bao nhiêu % kế hoạch?": plan fulfilment as it is stored, a count against its plan
 * (core/answer/plan-fulfilment.ts), for each indicator asked (BHXH with its compulsory and voluntary
 * parts; none asked: all of them), for the period asked, else the latest, its period named.
 */

import { targetLines, targetsFor } from '../answer/figure-text.js';
import type { UnitData } from '../answer/lineage.js';
import { fulfilmentLines } from '../answer/plan-fulfilment.js';
import { indicatorDef } from '../indicators/catalogue.js';
import { labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import type { IndicatorCode, Language } from '../types.js';
import type { Block } from './figure-lines.js';
import { peopleWording } from './wording.js';

/** What a plan fulfilment answer needs for one unit. */
export interface FulfilmentAsk {
  readonly lang: Language;
  /** The indicators asked, in order; empty for all. */
  readonly indicators: readonly IndicatorCode[];
  readonly period: PeriodRequest;
}

/** One unit's plan fulfilment; when none is held for what was asked, that, and what is held. */
export function fulfilmentBlock(unit: UnitData, ask: FulfilmentAsk): Block {
  const { lang, period } = ask;
  const w = peopleWording(lang);
  const asked = ask.indicators.length > 0 ? ask.indicators : [null];
  const lines = [...new Set(asked.flatMap((indicator) => fulfilmentLines(unit.reports, { lang, indicator, period }, null)))];
  if (lines.length > 0) {
    // The period asked holds none: the latest is shown, and said to be so.
    const held = asked.some((indicator) => fulfilmentLines(unit.reports, { lang, indicator, period }, null, true).length > 0);
    const instead = period.kind === 'code' && !held ? [w.noFigureFor(labelPeriod(period.code, lang))] : [];
    return { lines: [`${w.planHeading} — ${unit.label}`, ...instead, ...lines], missing: null };
  }
  const first = asked[0] ?? null;
  const what = first === null ? w.participantsInPlan : lang === 'vi' ? indicatorDef(first).planCountVi : indicatorDef(first).planCountEn;
  const held = first === null ? [] : fulfilmentLines(unit.reports, { lang, indicator: null, period }, null);
  return {
    lines: [w.noFulfilment(what, unit.label), ...(held.length > 0 ? [w.fulfilmentHeld, ...held] : []), ...rateTargets(unit, first, period, lang)],
    missing: 'fulfilment',
  };
}

/**
 * The rate targets held of the indicator asked ("Chỉ tiêu 2023: 9,16% (kế hoạch; …)"), for the year
 * asked, else every year's: a plan asked as a count may be held only as a rate.
 */
function rateTargets(unit: UnitData, indicator: IndicatorCode | null, period: PeriodRequest, lang: Language): string[] {
  if (indicator === null) return [];
  const asked = period.kind === 'code' ? Number(period.code.slice(0, 4)) : null;
  const years = [...new Set(unit.targets.filter((t) => t.indicator === indicator).map((t) => t.year))].sort((a, b) => a - b);
  return years.filter((year) => asked === null || year === asked).flatMap((year) => targetLines(targetsFor(unit.targets, indicator, year), year, lang, null));
}
