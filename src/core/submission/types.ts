/** The shapes a quick numeric submission takes once read, and the problems that stop it being stored. */
import type { CountKey, Counts, PeriodCode } from '../types.js';

/** A message read as a submission: counts, period and unit as the sender wrote them. */
export interface ParsedSubmission {
  /** Only known keys, each a non-negative safe integer that passed every check. */
  readonly counts: Counts;
  /** The period named in the message, or null: the app picks the open period of the nearest deadline. */
  readonly period: PeriodCode | null;
  /** Words left over for the app to resolve as a unit ("phường Thành Vinh"), or null when none. */
  readonly unitText: string | null;
  /** Sent with a correction keyword (`sua`, `sửa`, `/sua`, `/fix`). */
  readonly correction: boolean;
}

/** What one problem is about; every code has a text in both languages. */
export type SubmissionProblemCode =
  | 'duplicate_key'
  | 'unknown_key'
  | 'missing_number'
  | 'decimal_count'
  | 'bad_number'
  | 'negative'
  | 'too_large'
  | 'numerator_exceeds_denominator'
  | 'no_counts'
  | 'bad_period';

/**
 * One thing wrong with a submission. `key` is the canonical key ("bb"), "bb + tn" for a sum, or the
 * word as typed for an unknown key. `value` is a plain integer ("44350", "-5") when the number could be
 * read, or the text as typed ("41,5") when it could not. `other`/`otherValue` name the second party of
 * a comparison: the denominator ("ld", "40000"), the second value of a duplicate, a second period.
 */
export interface SubmissionProblem {
  readonly code: SubmissionProblemCode;
  readonly key?: string;
  readonly value?: string;
  readonly other?: string;
  readonly otherValue?: string;
}

/** The outcome of reading a message as a submission. */
export type SubmissionParse =
  | { readonly kind: 'not-a-submission' }
  | { readonly kind: 'invalid'; readonly problems: SubmissionProblem[] }
  | { readonly kind: 'ok'; readonly submission: ParsedSubmission };

/** A count that moved more than OUTLIER_PERCENT against the previous figure of the same key. */
export interface Outlier {
  readonly key: CountKey;
  readonly previous: number;
  readonly current: number;
  /** Signed change in percent of the previous figure: 37.5 for 30.000 → 41.250. */
  readonly changePercent: number;
}

/** Options the caller knows and the text does not. */
export interface SubmissionOptions {
  /** True in a private chat with a registered focal point: the keyword may then be left out. */
  readonly keywordOptional: boolean;
}

/** No unit has this many people in a count; a larger figure is a typing slip. */
export const MAX_COUNT = 200_000_000;

/** A change of more than this many percent against the previous figure is held for confirmation. */
export const OUTLIER_PERCENT = 30;

/** Longest message read as a submission; a real one is a line or two. */
export const MAX_SUBMISSION_LENGTH = 2000;
