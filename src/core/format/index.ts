/** Formatting of numbers, percents and dates in the reply language. */

export { formatDate, formatDayShort } from './dates.js';
export { formatCount, formatDecimal, formatPercent, formatPoints, formatPointsChange } from './numbers.js';
