/** Completeness (DHIS2's reporting rate): who has reported for a period, on time or late, and who has not. */
export { parseCompletenessQuery, type CompletenessQuery } from './parse-completeness.js';
export { reportingPeriods, daysBetween, type ReportingPeriod } from './reporting-period.js';
export { tallyCompleteness, type ExpectedUnit, type ReportedUnit, type MissingUnit, type Tally } from './tally.js';
export { composeCompleteness, MAX_LISTED, type CompletenessAnswerInput } from './compose-completeness.js';
export { composeCompletenessRefusal, composeOwnUnitsNote, composeSucceededNote, type CompletenessRefusal } from './replies.js';
