/**
 * Names, ids and job options of the reminder queues, in one place so the producer (ReminderQueue),
 * the schedulers and the workers agree. One delivery queue per channel, so each channel's workers
 * keep to that platform's rate limit without slowing the other; one planning queue for the
 * schedulers' daily 'plan' jobs and the 'sync' requests. BullMQ job ids may contain neither ':'
 * nor be plain integers, hence the `delivery-` and `plan-` prefixes.
 */

import type { JobsOptions } from 'bullmq';
import { BaophuError } from '../../core/errors.js';
import type { Channel } from '../../core/types.js';

/** The planning queue: 'plan' jobs (from the job schedulers) and 'sync' jobs (after a calendar edit). */
export const PLAN_QUEUE = 'reminders-plan';

/** The channels that receive reminders; console chats have no deliveries. */
export type DeliveryChannel = Exclude<Channel, 'console'>;

/** Every delivery channel, in a fixed order. */
export const DELIVERY_CHANNELS: readonly DeliveryChannel[] = ['telegram', 'zalo'];

/** Data of a 'plan' job: which schedule's occasions to plan (absent: every schedule, the start-up catch-up). */
export interface PlanJobData {
  readonly scheduleKey?: string;
}

/** The planning queue's job names. */
export type PlanJobName = 'plan' | 'sync';

/** Thrown when a delivery is queued for a channel that has no delivery queue (console). */
export class UnsupportedChannelError extends BaophuError {
  constructor(readonly channel: string) {
    super('unsupported-channel', `reminders are not delivered on the ${channel} channel`);
  }
}

/** The channel as a delivery channel; throws UnsupportedChannelError for console. */
export function asDeliveryChannel(channel: Channel): DeliveryChannel {
  if (channel === 'console') throw new UnsupportedChannelError(channel);
  return channel;
}

/** The delivery queue of a channel. */
export function deliveryQueueName(channel: DeliveryChannel): `reminders-${DeliveryChannel}` {
  return `reminders-${channel}`;
}

/**
 * The job id of a ledger row: deterministic, so queuing the same row twice adds one job. A row sent
 * again after a dead worker left it stuck gets a job of its own per resend, `resend` being
 * the row's attempts then (its first job is kept a day as completed, so its id stays taken).
 */
export function deliveryJobId(deliveryId: number, resend?: number): string {
  return resend === undefined ? `delivery-${deliveryId}` : `delivery-${deliveryId}-resend-${resend}`;
}

/** Prefix of the ids of our job schedulers; others in the planning queue are left alone. */
export const SCHEDULER_PREFIX = 'plan-';

/** The job scheduler id of a schedule key; encodeURIComponent keeps it free of ':' and one-to-one. */
export function schedulerId(scheduleKey: string): string {
  return `${SCHEDULER_PREFIX}${encodeURIComponent(scheduleKey)}`;
}

const HOUR_S = 3_600;

/**
 * Options of every delivery job (our choices):
 * - 8 attempts, exponential backoff from 2 s (2, 4, … 128 s: about 4 minutes in all), which rides out
 *   a platform hiccup; a 429 is not an attempt (the worker rate-limits the queue instead).
 * - completed jobs kept 24 h (at most 10,000): the id stays taken, so a re-plan the same day is a no-op
 *   in Redis too (the ledger would refuse anyway).
 * - failed jobs kept 7 days (at most 10,000) for the dashboard. While one is kept its id is taken:
 *   re-queuing that ledger row is a no-op until BullMQ evicts it (evaluated when another job fails).
 */
export const DELIVERY_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * HOUR_S, count: 10_000 },
  removeOnFail: { age: 7 * 24 * HOUR_S, count: 10_000 },
} as const satisfies JobsOptions;

/**
 * Options of the schedulers' 'plan' jobs and of 'sync' jobs (our choices): planning reads the
 * database, so 5 attempts from 30 s (30 s … 8 min) ride out a short database outage; kept 7 days
 * (completed) and 30 days (failed), at most 1,000 each.
 */
export const PLAN_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { age: 7 * 24 * HOUR_S, count: 1_000 },
  removeOnFail: { age: 30 * 24 * HOUR_S, count: 1_000 },
} as const satisfies JobsOptions;
