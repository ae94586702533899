/** Completeness (DHIS2's reporting rate): who has reported for a period, on time or late, and who has not. */

export { type CompletenessAnswerInput, composeCompleteness, MAX_LISTED } from './compose-completeness.js';
export { type CompletenessQuery, parseCompletenessQuery } from './parse-completeness.js';
export { type CompletenessRefusal, composeCompletenessRefusal, composeOwnUnitsNote, composeSucceededNote } from './replies.js';
export { daysBetween, type ReportingPeriod, reportingPeriods } from './reporting-period.js';
export { type ExpectedUnit, type MissingUnit, type ReportedUnit, type Tally, tallyCompleteness } from './tally.js';
