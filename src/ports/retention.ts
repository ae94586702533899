/**
 * Retention of operational rows, part of the Store port: what the service keeps only to work (the
 * inbound ledger against redeliveries, conversation state between two messages) is deleted once it
 * has served; the record (audit trail, reports and their versions, submissions) is never pruned.
 *
 * Per table (the README's "Retention" says the same):
 * - inbound_message: 30 days after it was answered. A platform redelivers for at most a day
 *   (Telegram; Zalo less), so an older row guards against nothing.
 * - conversation_state: a day after it expired (it is ignored from its expiry on).
 * - attachment (charts and workbooks linked from Zalo, ports/attachment-store.ts): once expired,
 *   ATTACHMENT_TTL_MS (a day) after it was kept; the service's retention run deletes them too.
 * - kept: reminder_delivery (one row per reminder and chat, bounded by the schedules, not by what
 *   senders send; it is what keeps a reminder from going twice and what the statistics count),
 *   place_pick (a person's own choice, one per name they asked about), invite, audit_event, report*,
 *   target, person, chat and the reference tables.
 */

/** How long each pruned table keeps its rows, in days. */
export interface RetentionPolicy {
  readonly inboundDays: number;
  readonly conversationDays: number;
}

/** The defaults: inbound 30 days, expired conversations 1 day. */
export const DEFAULT_RETENTION: RetentionPolicy = { inboundDays: 30, conversationDays: 1 };

/** The instants before which rows go. */
export interface RetentionCutoffs {
  /** Inbound ledger rows received before this go. */
  readonly inboundBefore: Date;
  /** Conversation states that expired before this go. */
  readonly conversationsExpiredBefore: Date;
}

/** How many rows went, per table. */
export interface PruneResult {
  readonly inbound: number;
  readonly conversations: number;
  /** Expired linked files, when the run prunes them (the service's does). */
  readonly attachments?: number;
}

export interface RetentionStore {
  /** Deletes the operational rows older than the cutoffs; touches nothing else. */
  pruneOperational(cutoffs: RetentionCutoffs): Promise<PruneResult>;
}

const DAY_MS = 86_400_000;

/** The cutoffs at `now` under `policy`. */
export function retentionCutoffs(now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): RetentionCutoffs {
  return {
    inboundBefore: new Date(now.getTime() - policy.inboundDays * DAY_MS),
    conversationsExpiredBefore: new Date(now.getTime() - policy.conversationDays * DAY_MS),
  };
}
