/** Periods: canonical codes, calendar arithmetic, parsing from free text and labels. */
export {
  periodParts, periodCode, periodStart, periodEnd, periodYear, comparePeriods, previousComparable, daysInMonth,
  type PeriodKind, type PeriodParts,
} from './period-code.js';
export { parsePeriod, matchPeriod, foldForPeriod, type PeriodMatch, type PeriodRequest } from './parse-period.js';
export { labelPeriod, monthNameEn } from './label-period.js';
