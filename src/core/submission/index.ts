/** Quick numeric submissions: reading a focal point's message, checking its counts, and the replies. */

export { CANCEL_WORD, CONFIRM_WORD, composeOutlierQuestion, confirmWords } from './outlier-question.js';
export { parseSubmission } from './parse-submission.js';
export { composeSubmissionProblem, composeSubmissionProblems, EXAMPLE as SUBMISSION_EXAMPLE } from './problem-text.js';
export { keysOutside, STATISTICS_KEYS } from './statistics-keys.js';
export {
  MAX_COUNT,
  MAX_SUBMISSION_LENGTH,
  OUTLIER_PERCENT,
  type Outlier,
  type ParsedSubmission,
  type SubmissionOptions,
  type SubmissionParse,
  type SubmissionProblem,
  type SubmissionProblemCode,
} from './types.js';
export { type CountsCheck, validateCounts } from './validate-counts.js';
