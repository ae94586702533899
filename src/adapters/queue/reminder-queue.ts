/**
 * The ReminderQueue port on BullMQ: planning's delivery jobs go to their channel's queue with the
 * ledger row's id as job id (BullMQ ignores an add whose id exists, so planning may run again at
 * any time), and a calendar edit asks the planning queue for a 'sync'. The Queue objects share the
 * caller's connection; close() closes them and leaves the connection to its owner.
 */

import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { InvariantError } from '../../core/errors.js';
import type { Logger } from '../../logger.js';
import type { DeliveryJob, ReminderQueue } from '../../ports/reminder-queue.js';
import { isConnectionError } from './log-worker-events.js';
import {
  asDeliveryChannel,
  DELIVERY_CHANNELS,
  DELIVERY_JOB_OPTIONS,
  type DeliveryChannel,
  deliveryJobId,
  deliveryQueueName,
  PLAN_JOB_OPTIONS,
  PLAN_QUEUE,
  type PlanJobData,
  type PlanJobName,
} from './reminder-jobs.js';

/** How many jobs one addBulk carries (our choice: 500 keeps each Redis transaction short). */
export const ENQUEUE_CHUNK = 500;

/** The queue of one channel's deliveries. */
export type DeliveryQueue = Queue<DeliveryJob, unknown, 'deliver'>;
/** The planning queue. */
export type PlanQueue = Queue<PlanJobData, void, PlanJobName>;

/** Where the queues live. */
export interface QueueConnection {
  readonly connection: Redis;
  /** BullMQ key prefix (one per deployment; tests use one per file). */
  readonly prefix: string;
  /** Where a queue's errors other than connection errors go (absent: dropped); the connection logs outages itself, once each. */
  readonly log?: Logger;
}

/**
 * Gives a queue an 'error' listener: without one BullMQ prints every reconnect failure to the console.
 * Connection errors are left to the connection's own outage log.
 */
function quietErrors<Q extends DeliveryQueue | PlanQueue>(queue: Q, log: Logger | undefined): Q {
  queue.on('error', (error: Error) => {
    if (!isConnectionError(error)) log?.error({ msg: 'queue error', queue: queue.name, err: error });
  });
  return queue;
}

/** Options of {@link createReminderQueue}. */
export interface ReminderQueueOptions extends QueueConnection {
  /** Overrides of the delivery jobs' attempts and backoff (tests shorten them). */
  readonly deliveryRetry?: { readonly attempts: number; readonly backoffMs: number };
}

/** A ReminderQueue that can be closed. */
export interface ClosableReminderQueue extends ReminderQueue {
  close(): Promise<void>;
}

/** Opens the planning queue (schedulers and 'sync' jobs live there). */
export function createPlanQueue({ connection, prefix, log }: QueueConnection): PlanQueue {
  return quietErrors(new Queue<PlanJobData, void, PlanJobName>(PLAN_QUEUE, { connection, prefix, defaultJobOptions: PLAN_JOB_OPTIONS }), log);
}

/** Opens a channel's delivery queue. */
export function createDeliveryQueue(channel: DeliveryChannel, { connection, prefix, log }: QueueConnection): DeliveryQueue {
  return quietErrors(new Queue<DeliveryJob, unknown, 'deliver'>(deliveryQueueName(channel), { connection, prefix }), log);
}

/** The BullMQ implementation of ReminderQueue. */
export function createReminderQueue(options: ReminderQueueOptions): ClosableReminderQueue {
  const deliveries = new Map<DeliveryChannel, DeliveryQueue>(DELIVERY_CHANNELS.map((channel) => [channel, createDeliveryQueue(channel, options)]));
  const planning = createPlanQueue(options);
  const jobOptions: JobsOptions = options.deliveryRetry
    ? { ...DELIVERY_JOB_OPTIONS, attempts: options.deliveryRetry.attempts, backoff: { type: 'exponential', delay: options.deliveryRetry.backoffMs } }
    : DELIVERY_JOB_OPTIONS;

  return {
    async enqueueDeliveries(jobs) {
      // Check every channel before adding anything: a console job is a planning bug, not half a batch.
      const byChannel = new Map<DeliveryChannel, DeliveryJob[]>();
      for (const job of jobs) {
        const channel = asDeliveryChannel(job.chat.channel);
        const list = byChannel.get(channel) ?? [];
        list.push(job);
        byChannel.set(channel, list);
      }
      for (const [channel, queued] of byChannel) {
        const queue = deliveries.get(channel);
        if (!queue) throw new InvariantError(`no delivery queue for ${channel}`);
        for (let start = 0; start < queued.length; start += ENQUEUE_CHUNK) {
          await queue.addBulk(
            queued.slice(start, start + ENQUEUE_CHUNK).map((job) => ({
              name: 'deliver' as const,
              data: job,
              opts: { ...jobOptions, jobId: deliveryJobId(job.deliveryId, job.resend) },
            })),
          );
        }
      }
    },
    async requestSync() {
      await planning.add('sync', {});
    },
    async close() {
      await Promise.all([planning, ...deliveries.values()].map((queue) => queue.close()));
    },
  };
}
