/**
 * Focal points' submissions: versions, corrections, undo and completeness. Submissions are reports
 * of series "submission": a correction is the next version and supersedes the previous one; nothing
 * is overwritten.
 */
import type { Channel, Counts, PeriodCode, Report } from '../core/types.js';
import type { AuditInput } from './audit-log.js';

/** A checked submission to store as the next version of its unit and period. */
export interface SubmissionInput {
  /**
   * When it was received by the application's clock (ISO timestamp). Stored and returned as the
   * version's createdAt; its civil day in Vietnam becomes the source date.
   */
  readonly recordedAt: string;
  readonly unitId: number;
  readonly period: PeriodCode;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly counts: Counts;
  readonly personId: number;
  readonly channel: Channel;
  /** "channel/chat/message": the same delivered message twice stores one version. Null when the channel has no message ids. */
  readonly messageKey: string | null;
  readonly rawText: string;
  /** Null when no schedule governs the period. */
  readonly onTime: boolean | null;
  /**
   * The audit event of a new version, given the version stored and the one it replaced: stored in
   * the same transaction, so that no version is ever without its event (nothing for a redelivery).
   */
  readonly audit?: (saved: { readonly version: SubmissionVersion; readonly previous: SubmissionVersion | null }) => AuditInput;
}

/**
 * A stored version of a submission, whatever its status. Its createdAt is the input's recordedAt,
 * to the millisecond.
 */
export interface SubmissionVersion extends Report {
  readonly status: 'active' | 'superseded' | 'withdrawn';
  readonly onTime: boolean | null;
  readonly submittedById: number | null;
}

export interface SubmissionStore {
  /**
   * Atomically stores the submission as the next version for (unit, period) and marks the active one
   * superseded. When `messageKey` was stored before, changes nothing and returns that version with
   * created false.
   */
  saveSubmission(
    input: SubmissionInput,
  ): Promise<{ readonly created: boolean; readonly version: SubmissionVersion; readonly previous: SubmissionVersion | null }>;
  /** The active submission of a unit for a period, or null. */
  findSubmission(unitId: number, period: PeriodCode): Promise<SubmissionVersion | null>;
  /** The most recent active submission made by a person (any unit or period), or null. */
  findLastSubmissionBy(personId: number): Promise<SubmissionVersion | null>;
  /**
   * Atomically withdraws an active version and makes the version it superseded active again.
   * Returns null when the version is not active (already withdrawn or superseded).
   */
  withdrawSubmission(reportId: number): Promise<{ readonly withdrawn: SubmissionVersion; readonly restored: SubmissionVersion | null } | null>;
  /** Every version of a unit's submissions for a period, newest first. */
  submissionHistory(unitId: number, period: PeriodCode): Promise<SubmissionVersion[]>;
  /** Active submissions for a period among the given units (completeness). */
  submissionsForPeriod(unitIds: readonly number[], period: PeriodCode): Promise<SubmissionVersion[]>;
}
