/**
 * The reminder ledger: what was sent. One row per (schedule, period, offset, chat) under a unique
 * constraint, so no reminder goes out twice.
 *
 * A delivery moves pending → sending (claimed by one worker, the send under way) → sent, or
 * → skipped (nothing left to say: the units reported, the chat is inactive) or → failed (the
 * platform refused for good). A transient failure puts it back to pending. A row left in sending
 * by a worker that died (claimed longer ago than a job's lock lasts) is stuck: the sweep puts it back
 * to pending and queues it again (at least once), or, where at most once is preferred, only lists it
 * (app/reminders/stuck-reminders.ts). Each claim records when it happened, by the store's own clock
 * (the database's), so that every worker measures "how long ago" with one clock.
 */
import type { StoredChat } from './chat-store.js';

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

/** A ledger row's key. */
export interface DeliveryKey {
  readonly scheduleId: number;
  readonly period: string;
  readonly offsetDays: number;
  readonly chatId: number;
}

export interface Delivery extends DeliveryKey {
  readonly id: number;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  /** ISO timestamp. */
  readonly sentAt: string | null;
}

/** What a claim may read in its own round trip: which of these units have reported the period. */
export interface ClaimReports {
  readonly unitIds: readonly number[];
  readonly period: string;
}

/** A claimed row; with ClaimReports, the units among them that have an active submission for the period. */
export interface ClaimedDelivery extends Delivery {
  /** As SubmissionStore.submissionsForPeriod would list their units, read as the claim was made; absent when not asked. */
  readonly reportedUnitIds?: readonly number[];
}

/** A row claimed for sending and not closed since (a send under way, or one a dead worker left). */
export interface StuckDelivery extends Delivery {
  /** ISO timestamp of its claim; null for a row claimed before claims were timed (stuck since ever). */
  readonly claimedAt: string | null;
  /** The chat it goes to. */
  readonly chat: StoredChat;
}

/** How many ledger rows are not closed yet: waiting to be claimed, and claimed but not closed. */
export interface OpenDeliveries {
  readonly pending: number;
  /** Claimed and not closed: a send under way, or left behind by a crash between claim and send. */
  readonly sending: number;
}

export interface DeliveryLedger {
  /**
   * Records planned deliveries as pending; rows that exist already (same key) are left as they are.
   * Returns every row for the keys given, new or old, in the order of `keys`.
   */
  planDeliveries(keys: readonly DeliveryKey[]): Promise<Delivery[]>;
  /** The row with this id, or null. */
  findDelivery(id: number): Promise<Delivery | null>;
  /**
   * Claims a pending row for sending (attempts + 1, claimed now); null when it is not pending (another
   * worker has it, or it is done). With `reports`, also tells which of those units have reported, in
   * the same round trip: a nudge is composed from what is missing at the moment it is claimed.
   */
  claimDelivery(id: number, reports?: ClaimReports): Promise<ClaimedDelivery | null>;
  /** Puts a claimed row back to pending after a transient failure, with the error. */
  releaseDelivery(id: number, error: string): Promise<void>;
  /** Closes a row: sent (at `at`), skipped or failed (with the reason). */
  finishDelivery(id: number, outcome: { readonly status: 'sent' | 'skipped' | 'failed'; readonly at: Date; readonly error?: string }): Promise<void>;
  /** Ledger rows of one occasion (schedule, period, offset), for reports and tests. */
  listDeliveries(filter: { readonly scheduleId: number; readonly period: string; readonly offsetDays: number }): Promise<Delivery[]>;
  /** Rows pending and sending across the whole ledger, in one query (read by /metrics at each scrape). */
  countOpenDeliveries(): Promise<OpenDeliveries>;
  /** Rows in sending claimed at least `olderThanMs` ago by the store's clock (or at an unknown time), oldest claim first. */
  listStuckDeliveries(olderThanMs: number): Promise<StuckDelivery[]>;
  /**
   * Puts a row back to pending when it is still sending and was claimed at least `olderThanMs` ago,
   * with `reason` as its last error (its attempts keep the claim's count); returns the row, or null
   * when it is not stuck (closed, or claimed again since): of two sweeps at once, one wins.
   */
  requeueStuckDelivery(id: number, olderThanMs: number, reason: string): Promise<Delivery | null>;
}
