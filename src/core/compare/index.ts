/**
 * Comparisons: places side by side for one indicator ("so sánh A và B", "A vs B"), or one place over
 * time ("so với cùng kỳ năm trước"). Reading the question, choosing the periods, the reply texts.
 */
export { readComparison, COMPARISON_FILLER, type Against, type ComparisonWords } from './read-comparison.js';
export { composePlaceComparison, type PlaceComparisonInput, type PlaceData } from './compose-comparison.js';
export { composeOverTime, type OverTimeInput } from './compose-over-time.js';
export { pickFigures, pickTargetYears, nearestYear, type FigurePicks, type PickedHow, type YearPicks } from './pick.js';
export { basisPhrase, byBasis, differenceLine, orderLine, periodsDiffer, type Entry } from './verdict.js';
export { addDataHint } from './texts.js';
