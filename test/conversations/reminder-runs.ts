/**
 * The reminder machinery of a test service, run once on demand as the daily scheduler runs it: a
 * 'plan' job on the service's planning queue, which the service's own worker plans on the service's
 * clock (every schedule whose send hour has come) and whose deliveries its delivery workers send
 * through the channels' messengers. Nothing here plans or sends: it only adds the job and waits.
 */
import { pino } from 'pino';
import { createPlanQueue, createRedisConnection } from '../../src/adapters/queue/index.js';
import { DELIVERY_CHANNELS } from '../../src/adapters/queue/reminder-jobs.js';
import { createDeliveryQueue } from '../../src/adapters/queue/reminder-queue.js';
import { waitFor } from '../adapters/queue/queue-kit.js';

/** Delivery jobs still to run: queued, running, or waiting out a retry or a chat's spacing. */
const UNFINISHED = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

/** How long one run (planning, then every delivery) may take. */
const RUN_TIMEOUT_MS = 15_000;

/** Runs a service's reminders once. */
export interface ReminderRuns {
  /** Fires one planning run and resolves once it and the deliveries it queued are done. */
  runOnce(): Promise<void>;
  close(): Promise<void>;
}

/** Reaches the queues of the service whose reminders use `redisUrl` and `prefix`. */
export function reminderRuns(redisUrl: string, prefix: string): ReminderRuns {
  const log = pino({ level: 'silent' });
  const connection = createRedisConnection(redisUrl, { log, connectionName: 'conversation-tests' });
  const planning = createPlanQueue({ connection, prefix, log });
  const deliveries = DELIVERY_CHANNELS.map((channel) => createDeliveryQueue(channel, { connection, prefix, log }));

  return {
    async runOnce() {
      const { id } = await planning.add('plan', {});
      // A failed attempt would be retried 30 s later: report it at once instead.
      const planned = async () => {
        const job = id === undefined ? undefined : await planning.getJob(id);
        if (!job) throw new Error('the planning job vanished');
        if (job.failedReason) throw new Error(`the planning run failed: ${job.failedReason}`);
        return (await job.getState()) === 'completed';
      };
      await waitFor('the planning run', planned, RUN_TIMEOUT_MS);
      const delivered = async () => {
        const counts = await Promise.all(deliveries.map((queue) => queue.getJobCounts(...UNFINISHED)));
        return counts.every((c) => Object.values(c).every((n) => n === 0));
      };
      await waitFor('the reminders to be delivered', delivered, RUN_TIMEOUT_MS);
    },
    async close() {
      await Promise.all([planning, ...deliveries].map((queue) => queue.close()));
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
