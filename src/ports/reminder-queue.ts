/**
 * The reminder queue as the use cases see it: planning puts one delivery job per ledger row
 * on the queue; workers deliver them through the channels at the channels' rates. The BullMQ adapter
 * (src/adapters/queue) implements it; job ids are derived from the ledger row, so a job is never
 * queued twice and planning may run again at any time.
 */
import { BaophuError } from '../core/errors.js';
import type { ChatRef, DeliveryKind } from '../core/reminders/types.js';
import type { Language, PeriodCode } from '../core/types.js';

/** Everything a worker needs to deliver one planned reminder; the text is composed at delivery time. */
export interface DeliveryJob {
  /** The ledger row (its id makes the job id). */
  readonly deliveryId: number;
  readonly kind: DeliveryKind;
  readonly scheduleId: number;
  readonly period: PeriodCode;
  /** Due date of the period (ISO civil date). */
  readonly due: string;
  readonly offsetDays: number;
  /** The day the reminder is for (ISO civil date): "due in N days" counts from it. */
  readonly sendOn: string;
  readonly chat: ChatRef;
  readonly chatKind: 'private' | 'group';
  readonly language: Language;
  /** The recipient's own units (nudge) or the audience summarised (digest, late). */
  readonly unitIds: readonly number[];
  /** Set when the row is sent again after a dead worker left it stuck: its attempts then (the job id's suffix). */
  readonly resend?: number;
}

/** What became of a delivery job. */
export type DeliveryOutcome =
  /** The message went out and the ledger says so. */
  | 'sent'
  /** Nothing to say any more (every unit reported) or nowhere to say it (chat inactive). */
  | 'skipped'
  /** The platform refused for good (the user blocked the bot): the chat is now inactive. */
  | 'failed'
  /** The ledger row was already closed, or is claimed by a send that a crash interrupted: not sent again. */
  | 'not-sent-again';

/**
 * What a delivery tells the queue while it runs: the moment its message's send to the platform started,
 * from which the queue counts the chat's spacing (where the platform counts it). A delivery that sends
 * nothing says nothing; one that sends twice (a chat that moved) says it twice.
 */
export interface DeliveryProgress {
  /** Called right after the call that sends the message to the platform was made. */
  sendStarted(): void;
}

/** Thrown by a delivery that should be tried again later: after `afterMs` (a 429's retry_after) or with backoff. */
export class RetryDelivery extends BaophuError {
  constructor(
    message: string,
    readonly afterMs?: number,
  ) {
    super('RETRY_DELIVERY', message);
  }
}

export interface ReminderQueue {
  /**
   * Adds one job per delivery with id `delivery-<deliveryId>` (`delivery-<deliveryId>-resend-<n>` for a
   * resend); a job with that id already queued is left alone.
   */
  enqueueDeliveries(jobs: readonly DeliveryJob[]): Promise<void>;
  /** Asks a worker to re-derive the queue's schedulers from the calendar (after an edit). */
  requestSync(): Promise<void>;
}
