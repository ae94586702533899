/** Indicators: the catalogue and the arithmetic that turns reports into rates. */
export { indicatorDef, allIndicators, indicatorName, indicatorShortName, type IndicatorDef } from './catalogue.js';
export { computeIndicator, computeFromCounts, countsFor, roundPercent, type IndicatorValue } from './compute-indicator.js';
export { sameBasis, shareOf } from './basis.js';
