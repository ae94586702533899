/** Indicators: the catalogue and the arithmetic that turns reports into rates. */

export { sameBasis, shareOf } from './basis.js';
export { allIndicators, type IndicatorDef, indicatorDef, indicatorName, indicatorShortName } from './catalogue.js';
export { computeFromCounts, computeIndicator, countsFor, type IndicatorValue, roundPercent } from './compute-indicator.js';
