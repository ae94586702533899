/**
 * Comparisons: places side by side for one indicator ("so sánh A và B", "A vs B"), or one place over
 * time ("so với cùng kỳ năm trước"). Reading the question, choosing the periods, the reply texts.
 */

export { composePlaceComparison, type PlaceComparisonInput, type PlaceData } from './compose-comparison.js';
export { composeOverTime, type OverTimeInput } from './compose-over-time.js';
export { type FigurePicks, nearestYear, type PickedHow, pickFigures, pickTargetYears, type YearPicks } from './pick.js';
export { type Against, COMPARISON_FILLER, type ComparisonWords, readComparison } from './read-comparison.js';
export { addDataHint } from './texts.js';
export { basisPhrase, byBasis, differenceLine, type Entry, orderLine, periodsDiffer } from './verdict.js';
