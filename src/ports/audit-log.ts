/** The audit trail: what was done, by whom, on which unit and report. Never pruned. */
import type { Channel } from '../core/types.js';

/** One event for the audit trail. */
export interface AuditInput {
  /** When it happened by the application's clock (ISO timestamp); stored and returned as given. */
  readonly at: string;
  readonly action: string;
  readonly channel: Channel | null;
  readonly actorId: number | null;
  readonly unitId: number | null;
  readonly reportId: number | null;
  readonly rawText: string | null;
  readonly details: unknown;
}

/** One audit event as stored. */
export interface AuditEvent {
  readonly id: number;
  /** The input's `at` (ISO timestamp, to the millisecond). */
  readonly at: string;
  readonly action: string;
  readonly actorId: number | null;
  readonly actorName: string | null;
  readonly channel: Channel | null;
  readonly unitId: number | null;
  readonly reportId: number | null;
  readonly rawText: string | null;
  readonly details: unknown;
}

export interface AuditLog {
  appendAudit(event: AuditInput): Promise<void>;
  /** Audit events of a unit, newest first. */
  listAudit(unitId: number, limit: number): Promise<AuditEvent[]>;
}
