/**
 * The people answers (DESIGN 2.5: people, shortfall, reached or not, plan fulfilment) for one place:
 * its own figures, or for a new unit with none of its own, those of the old units of its level it was
 * formed from; for a dissolved unit with none, what it became. Where figures or counts are missing,
 * one line says how to add them.
 */

import { type SuccessorData, successorLines, type UnitData } from '../answer/lineage.js';
import { wording } from '../answer/wording.js';
import { formatDayShort } from '../format/dates.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import type { IndicatorCode, Language, UnitLevel } from '../types.js';
import { REORGANISATION_DAY } from '../units/reorganisation.js';
import { countBlock } from './count-reply.js';
import { type Block, type Missing, pickIndicator, submissionKeys } from './figure-lines.js';
import { fulfilmentBlock } from './fulfilment-reply.js';
import { reachedBlock } from './reached-reply.js';
import type { PeopleQuestion } from './read-question.js';
import { shortfallBlock } from './shortfall-reply.js';
import { peopleWording } from './wording.js';

/** Everything a people answer needs, already fetched and described. */
export interface PeopleAnswerInput {
  readonly lang: Language;
  readonly question: PeopleQuestion;
  /** The indicators named, in order; empty for the default. */
  readonly indicators: readonly IndicatorCode[];
  readonly period: PeriodRequest;
  /** The place as described to the user ("Tỉnh Bắc Kạn (trước 1/7/2025)"). */
  readonly unitLabel: string;
  readonly level: UnitLevel;
  readonly own: UnitData;
  /** For a new unit: the old units of its level it was formed from, that have figures or targets. */
  readonly predecessors?: readonly UnitData[];
  /** For a dissolved unit: what it became, with their figures. */
  readonly successors?: readonly SuccessorData[];
  /** The place exists now, so its focal point may send counts: the how-to-add line says how. */
  readonly current: boolean;
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
}

/** Most indicators answered in one reply: it must fit a phone. */
const MAX_INDICATORS = 3;

/** Composes the answer to a people question. */
export function composePeopleAnswer(input: PeopleAnswerInput): string {
  const { lang } = input;
  const w = wording(lang);
  const lines: string[] = [];
  const hasData = (u: UnitData) => u.reports.length > 0 || u.targets.length > 0;
  const predecessors = input.predecessors ?? [];
  let units: readonly UnitData[] = [input.own];
  if (!hasData(input.own) && predecessors.length > 0) {
    lines.push(w.newUnitNone(input.unitLabel, formatDayShort(REORGANISATION_DAY, lang), input.level));
    units = predecessors;
  }
  const missing = new Set<Missing>();
  let asked: IndicatorCode | null = null;
  for (const unit of units) {
    for (const [indicator, block] of blocksFor(unit, input)) {
      lines.push(...block.lines);
      if (block.missing) missing.add(block.missing);
      asked ??= indicator;
    }
  }
  const successors = input.successors ?? [];
  if (!hasData(input.own) && predecessors.length === 0 && successors.length > 0) {
    lines.push(...successorLines(successors, asked ?? 'bhxh', input.period, lang, REORGANISATION_DAY));
  }
  lines.push(...howToAdd(missing, asked, input));
  return lines.join('\n');
}

/** The blocks of one unit, each with the indicator it answers. */
function blocksFor(unit: UnitData, input: PeopleAnswerInput): [IndicatorCode | null, Block][] {
  const { lang, question, period, today } = input;
  const named = input.indicators.slice(0, MAX_INDICATORS);
  if (question.kind === 'fulfilment') return [[named[0] ?? null, fulfilmentBlock(unit, { lang, indicators: named, period })]];
  const preferred: IndicatorCode = question.subject === 'population' ? 'bhyt' : 'bhxh';
  const indicators = named.length > 0 ? named : [pickIndicator(unit.reports, null, preferred, question.kind !== 'reached')];
  return indicators.map((indicator) => {
    const ask = { lang, indicator, period, namedPercent: question.namedPercent, today };
    if (question.kind === 'count') return [indicator, countBlock(unit, { lang, indicator, period, subject: question.subject })];
    if (question.kind === 'shortfall') return [indicator, shortfallBlock(unit, ask)];
    return [indicator, reachedBlock(unit, ask, named.length === 0)];
  });
}

/** One line per thing missing: how to add counts, figures or plan fulfilment. */
function howToAdd(missing: ReadonlySet<Missing>, indicator: IndicatorCode | null, input: PeopleAnswerInput): string[] {
  const w = peopleWording(input.lang);
  const keys = input.current && indicator !== null ? submissionKeys(indicator, input.lang) : null;
  if (missing.has('counts')) return [w.howToAddCounts(keys)];
  if (missing.has('figures')) return [w.howToAddFigures(keys)];
  if (missing.has('fulfilment')) return [w.howToAddFulfilment];
  return [];
}
