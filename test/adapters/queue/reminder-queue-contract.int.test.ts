/** The BullMQ ReminderQueue against the ReminderQueue contract, over the test Redis. */
import { Queue } from 'bullmq';
import { createRedisConnection } from '../../../src/adapters/queue/redis-connection.js';
import { DELIVERY_CHANNELS, deliveryQueueName, PLAN_QUEUE } from '../../../src/adapters/queue/reminder-jobs.js';
import { createReminderQueue } from '../../../src/adapters/queue/reminder-queue.js';
import type { DeliveryJob } from '../../../src/ports/reminder-queue.js';
import { describeReminderQueueContract } from '../../ports/reminder-queue-contract.js';
import { recordingLogger, testRedisUrl, uniquePrefix } from './queue-kit.js';

describeReminderQueueContract('BullMQ over Redis', async () => {
  const connection = createRedisConnection(testRedisUrl(), { log: recordingLogger().log });
  const prefix = uniquePrefix('queue-contract');
  const queue = createReminderQueue({ connection, prefix });
  // What the workers read: each channel's delivery queue and the planning queue.
  const deliveries = DELIVERY_CHANNELS.map((channel) => new Queue<DeliveryJob>(deliveryQueueName(channel), { connection, prefix }));
  const planning = new Queue(PLAN_QUEUE, { connection, prefix });
  return {
    queue,
    async waiting() {
      const lists = await Promise.all(deliveries.map((q) => q.getWaiting(0, -1)));
      return lists.flat().map((job) => job.data);
    },
    async syncRequests() {
      return (await planning.getWaiting(0, -1)).filter((job) => job.name === 'sync').length;
    },
    async close() {
      await Promise.all([...deliveries, planning].map((q) => q.close()));
      await queue.close();
      await connection.quit();
    },
  };
});
