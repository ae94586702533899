/** Formatting of numbers, percents and dates in the reply language. */
export { formatDecimal, formatCount, formatPercent, formatPoints, formatPointsChange } from './numbers.js';
export { formatDate, formatDayShort } from './dates.js';
