/**
 * "Bao nhiêu người tham gia BHXH?": the counts held, people first, with what they are counted against,
 * the period and the source; where only a rate is held, that plainly, and that the counts are missing.
 */

import { sourceText } from '../answer/figure-text.js';
import { figuresOf, selectFigure } from '../answer/figures.js';
import type { UnitData } from '../answer/lineage.js';
import { indicatorName } from '../indicators/catalogue.js';
import { labelPeriod } from '../periods/label-period.js';
import type { PeriodRequest } from '../periods/parse-period.js';
import type { IndicatorCode, Language } from '../types.js';
import { type Block, figureLine } from './figure-lines.js';
import type { PeopleSubject } from './read-question.js';
import { peopleWording } from './wording.js';

/** What a count answer needs for one unit and one indicator. */
export interface CountAsk {
  readonly lang: Language;
  readonly indicator: IndicatorCode;
  readonly subject: PeopleSubject;
  readonly period: PeriodRequest;
}

/** One unit's counts for the indicator, for the period asked (else the latest, said so). */
export function countBlock(unit: UnitData, ask: CountAsk): Block {
  const { lang, indicator } = ask;
  const w = peopleWording(lang);
  const who = w.participants(indicator);
  if (who === null) return { lines: [w.indexOnly(indicatorName(indicator, lang))], missing: null };
  const uncovered = ask.subject === 'uncovered' ? w.uncovered(indicator) : null;
  const heading = `${uncovered ? w.uncoveredHeading(uncovered) : w.countHeading(who)} — ${unit.label}`;
  const selection = selectFigure(figuresOf(unit.reports, indicator), ask.period);
  const figure = selection.figure;
  if (!figure) return { lines: [w.noCounts(who, unit.label)], missing: 'counts' };
  const lines = [heading];
  // Asked for the whole a rate is a share of: said when the figures do not hold it (a rate alone, or employed workers only).
  if (ask.subject === 'population' && figure.value.denominator === null) lines.push(w.noWhole('population', unit.label));
  if (ask.subject === 'labour' && figure.value.basis === 'employed') lines.push(w.noWhole('labour_force', unit.label));
  if (selection.substituted && ask.period.kind === 'code') lines.push(w.noFigureFor(labelPeriod(ask.period.code, lang)));
  lines.push(figureLine(figure, indicator, ask.subject, lang), sourceText(figure.report, lang));
  return { lines, missing: figure.value.numerator === null ? 'counts' : null };
}
