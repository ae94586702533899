/**
 * The worker of one channel's delivery queue. It keeps to the channel's rate with BullMQ's limiter
 * (shared by every worker on that queue), spaces the starts of messages to one chat with a Redis key
 * per chat (chat-spacing.ts: taken before `deliver`, re-armed when the send starts), and calls the use
 * case's `deliver`, which owns the ledger. A 429 (RetryDelivery with afterMs) pauses the
 * whole queue for that long and puts the job back without spending an attempt; any other failure is
 * thrown and retried with the job's backoff.
 */

import { DelayedError, type Job, RateLimitError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { InvariantError } from '../../core/errors.js';
import type { Logger } from '../../logger.js';
import { type DeliveryJob, type DeliveryOutcome, type DeliveryProgress, RetryDelivery } from '../../ports/reminder-queue.js';
import { type ChatSlot, type ChatSpacing, chatSlotKey, claimChatSlot, rearmChatSlot } from './chat-spacing.js';
import { withEventLog } from './log-worker-events.js';
import { type DeliveryChannel, deliveryQueueName } from './reminder-jobs.js';
import { createDeliveryQueue } from './reminder-queue.js';
import type { WorkerTiming } from './worker-timing.js';

/** Most jobs one delivery worker runs at once (our choice): enough for a rate of 64 messages a second. */
export const MAX_DELIVERY_CONCURRENCY = 64;

/** What a delivery worker needs. */
export interface DeliveryWorkerDeps {
  readonly channel: DeliveryChannel;
  /** Messages per second on this channel (all workers of the channel together). */
  readonly rate: number;
  readonly connection: Redis;
  readonly prefix: string;
  readonly log: Logger;
  readonly spacing: ChatSpacing;
  readonly timing: WorkerTiming;
  /** Delivers one job; must call `progress.sendStarted()` right after its send to the platform began. */
  deliver(job: DeliveryJob, progress: DeliveryProgress): Promise<DeliveryOutcome>;
}

/** A running delivery worker. */
export interface DeliveryWorker {
  readonly worker: Worker<DeliveryJob, DeliveryOutcome, 'deliver'>;
  /** Closes the worker (waiting for its jobs unless `force`) and its helper queue. */
  close(force?: boolean): Promise<void>;
}

/** The platform's "retry after" of a RetryDelivery, or undefined for an error to retry with backoff. */
function retryAfter(error: unknown): number | undefined {
  if (!(error instanceof RetryDelivery) || error.afterMs === undefined) return undefined;
  return Math.max(1, Math.ceil(error.afterMs));
}

/** BullMQ's limiter for `rate` messages a second; below one a second, one message per 1/rate seconds. */
export function limiterFor(rate: number): { max: number; duration: number } {
  return rate >= 1 ? { max: Math.floor(rate), duration: 1_000 } : { max: 1, duration: Math.round(1_000 / rate) };
}

/** Starts the worker of `deps.channel`'s queue. */
export function startDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  if (!(deps.rate > 0)) throw new InvariantError(`the ${deps.channel} delivery rate must be positive, not ${deps.rate}`);
  const log = deps.log.child({ queue: deliveryQueueName(deps.channel) });
  // For queue.rateLimit (Worker.rateLimit is deprecated in v6); shares the connection, no socket of its own.
  const queue = createDeliveryQueue(deps.channel, deps);

  /** Re-arms the chat's slot for its spacing from now; a failure leaves the claim's lease to expire (later, never sooner). */
  const rearm = (slot: ChatSlot, spacingMs: number): Promise<void> =>
    rearmChatSlot(deps.connection, slot, spacingMs).catch((err: unknown) =>
      log.warn({ msg: "could not re-arm a chat's spacing; its claim expires by itself", key: slot.key, err }),
    );

  const processJob = async (job: Job<DeliveryJob, DeliveryOutcome, 'deliver'>, token?: string): Promise<DeliveryOutcome> => {
    const spacingMs = job.data.chatKind === 'group' ? deps.spacing.group : deps.spacing.private;
    let slot: ChatSlot | undefined;
    if (spacingMs > 0) {
      // Leased until the send starts; a worker that dies before that holds the chat no longer than
      // its job's lock, after which BullMQ hands the job to another worker anyway.
      const claim = await claimChatSlot(deps.connection, chatSlotKey(deps.prefix, job.data.chat), spacingMs, spacingMs + deps.timing.lockDuration);
      if (!claim.taken) {
        if (token === undefined) throw new InvariantError('a delivery job was processed without a lock token');
        // Delayed, not slept on: the worker slot goes to another chat meanwhile; no attempt is spent.
        await job.moveToDelayed(Date.now() + claim.waitMs, token);
        throw new DelayedError();
      }
      slot = claim.slot;
    }
    const rearmed: Promise<void>[] = [];
    const progress: DeliveryProgress = {
      sendStarted: () => {
        if (slot) rearmed.push(rearm(slot, spacingMs));
      },
    };
    try {
      return await deps.deliver(job.data, progress);
    } catch (error) {
      const afterMs = retryAfter(error);
      if (afterMs === undefined) throw error;
      log.warn({ msg: 'platform asked to slow down; queue paused', jobId: job.id, afterMs });
      await queue.rateLimit(afterMs);
      // Back to wait, attempt not spent. Keep the default message: BullMQ recognises the error by it.
      throw new RateLimitError();
    } finally {
      // A delivery that never said its send started (it sent nothing, or does not report) frees the
      // chat `spacingMs` from now, as if it had sent just now: never sooner than promised.
      if (slot && rearmed.length === 0) rearmed.push(rearm(slot, spacingMs));
      await Promise.all(rearmed);
    }
  };

  // The limiter counts every job moved to active, so `rate` jobs per second across all workers.
  const worker = new Worker<DeliveryJob, DeliveryOutcome, 'deliver'>(deliveryQueueName(deps.channel), processJob, {
    connection: deps.connection,
    prefix: deps.prefix,
    concurrency: Math.max(1, Math.min(MAX_DELIVERY_CONCURRENCY, Math.ceil(deps.rate))),
    limiter: limiterFor(deps.rate),
    lockDuration: deps.timing.lockDuration,
    stalledInterval: deps.timing.stalledInterval,
    maxStalledCount: deps.timing.maxStalledCount,
    name: `deliver-${deps.channel}`,
  });
  return withEventLog(worker, deps.connection, log, () => queue.close());
}
