/**
 * What a parsed question asks beyond its place: each indicator with its period, and whether it is
 * about the structure before the reorganisation of 1 July 2025.
 */

import type { PeriodRequest } from '../periods/parse-period.js';
import { periodEnd } from '../periods/period-code.js';
import type { IndicatorCode } from '../types.js';
import { REORGANISATION_DAY } from '../units/reorganisation.js';
import type { ParsedQuery } from './parse-query.js';

/** One indicator asked, for one period. */
export interface Ask {
  readonly indicator: IndicatorCode;
  readonly period: PeriodRequest;
}

/** Most indicators or periods answered beyond the first (our choice: the five indicators of a plan), so that an answer still fits a few screens of a phone. */
const MAX_FURTHER = 4;

/**
 * The indicators and periods a question names beyond the first: paired in order when there are as
 * many of each ("BHTN 2030 và mức độ hài lòng 2025"), else each further one with the first of the
 * other ("BHXH bắt buộc và tự nguyện tháng 11/2023", "lương hưu năm 2021 và 2030").
 */
export function furtherAsks(parsed: Pick<ParsedQuery, 'indicators' | 'periods'>): Ask[] {
  const { indicators, periods } = parsed;
  const first: PeriodRequest = periods[0] ?? { kind: 'latest' };
  const asks: Ask[] = [];
  if (indicators.length > 1) {
    const paired = periods.length === indicators.length;
    indicators.slice(1).forEach((indicator, i) => {
      asks.push({ indicator, period: paired ? (periods[i + 1] as PeriodRequest) : first });
    });
  } else {
    for (const period of periods.slice(1)) asks.push({ indicator: indicators[0] ?? 'bhxh', period });
  }
  return asks.slice(0, MAX_FURTHER);
}

/** The indicators asked beyond those answered (the first and MAX_FURTHER more), in the order asked. */
export function asksLeftOut(parsed: Pick<ParsedQuery, 'indicators'>): IndicatorCode[] {
  return parsed.indicators.slice(1 + MAX_FURTHER);
}

/**
 * The question is about the old structure: the period asked ended before 1 July 2025, or the place
 * is marked old ("Gia Lai (cũ)").
 */
export function asksBefore2025(parsed: Pick<ParsedQuery, 'period' | 'oldPlace'>): boolean {
  return parsed.oldPlace || endsBefore2025(parsed.period);
}

function endsBefore2025(period: PeriodRequest): boolean {
  return period.kind === 'code' && (periodEnd(period.code) ?? REORGANISATION_DAY) < REORGANISATION_DAY;
}
