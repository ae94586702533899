/** Periods: canonical codes, calendar arithmetic, parsing from free text and labels. */

export { inSentence, labelPeriod, monthNameEn } from './label-period.js';
export { foldForPeriod, matchPeriod, type PeriodMatch, type PeriodRequest, parsePeriod } from './parse-period.js';
export {
  comparePeriods,
  type PeriodKind,
  type PeriodParts,
  periodCode,
  periodEnd,
  periodParts,
  periodStart,
  periodYear,
  previousComparable,
} from './period-code.js';
