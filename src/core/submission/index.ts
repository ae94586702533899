/** Quick numeric submissions: reading a focal point's message, checking its counts, and the replies. */
export { parseSubmission } from './parse-submission.js';
export { validateCounts, type CountsCheck } from './validate-counts.js';
export { composeSubmissionProblems, EXAMPLE as SUBMISSION_EXAMPLE } from './problem-text.js';
export { composeOutlierQuestion, confirmWords, CONFIRM_WORD, CANCEL_WORD } from './outlier-question.js';
export {
  MAX_COUNT, MAX_SUBMISSION_LENGTH, OUTLIER_PERCENT,
  type Outlier, type ParsedSubmission, type SubmissionOptions, type SubmissionParse, type SubmissionProblem, type SubmissionProblemCode,
} from './types.js';
export { keysOutside, STATISTICS_KEYS } from './statistics-keys.js';
