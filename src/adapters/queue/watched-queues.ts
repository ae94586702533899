/**
 * The reminder queues as an operator watches them: the planning queue and every channel's
 * delivery queue, for the queue board at /admin/queues and the job gauges of /metrics. Every delivery
 * channel is watched, on or off in this process: jobs piling up in a queue no worker takes is what
 * there is to see. Opened on the caller's connection (the producer connection, so a read made while
 * Redis is away fails at once rather than waiting for it); close() leaves the connection to its owner.
 */
import type { Queue } from 'bullmq';
import { DELIVERY_CHANNELS } from './reminder-jobs.js';
import { createDeliveryQueue, createPlanQueue, type QueueConnection } from './reminder-queue.js';

/** Jobs in one queue by state; `waiting` is the depth (waiting and prioritized: not yet taken by a worker). */
export interface QueueJobCounts {
  readonly queue: string;
  readonly waiting: number;
  readonly delayed: number;
  readonly active: number;
  readonly failed: number;
}

/** The watched queues. */
export interface WatchedQueues {
  /** The planning queue first, then the delivery queues in DELIVERY_CHANNELS order. */
  readonly queues: readonly Queue[];
  /** Each queue's counts: one Redis script call per queue, run together. */
  counts(): Promise<QueueJobCounts[]>;
  close(): Promise<void>;
}

/** The counts of one queue. */
export async function queueJobCounts(queue: Queue): Promise<QueueJobCounts> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'failed');
  return {
    queue: queue.name,
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
    delayed: c.delayed ?? 0,
    active: c.active ?? 0,
    failed: c.failed ?? 0,
  };
}

/** Opens the reminder queues for watching. */
export function watchQueues(connection: QueueConnection): WatchedQueues {
  const queues: Queue[] = [createPlanQueue(connection), ...DELIVERY_CHANNELS.map((channel) => createDeliveryQueue(channel, connection))];
  return {
    queues,
    counts: () => Promise.all(queues.map(queueJobCounts)),
    async close() {
      await Promise.all(queues.map((queue) => queue.close()));
    },
  };
}
