/** The ReminderQueue on a real Redis: one job per ledger row, in its channel's queue, whatever the repeats. */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisConnection } from '../../../src/adapters/queue/redis-connection.js';
import { DELIVERY_JOB_OPTIONS, UnsupportedChannelError } from '../../../src/adapters/queue/reminder-jobs.js';
import { type ClosableReminderQueue, createReminderQueue } from '../../../src/adapters/queue/reminder-queue.js';
import { makeDeliveryJob, recordingLogger, testRedisUrl, uniquePrefix } from './queue-kit.js';

describe('createReminderQueue', () => {
  let connection: Redis;
  let prefix: string;
  let reminders: ClosableReminderQueue;
  const inspect: Queue[] = [];
  const queue = (name: string) => {
    const q = new Queue(name, { connection, prefix });
    inspect.push(q);
    return q;
  };

  beforeEach(() => {
    connection = createRedisConnection(testRedisUrl(), { log: recordingLogger().log });
    prefix = uniquePrefix('queue');
    reminders = createReminderQueue({ connection, prefix });
  });

  afterEach(async () => {
    await Promise.all(inspect.splice(0).map((q) => q.close()));
    await reminders.close();
    await connection.quit();
  });

  it('adds one job per delivery however often planning queues it', async () => {
    const jobs = [1, 2, 3].map((deliveryId) => makeDeliveryJob({ deliveryId }));
    await reminders.enqueueDeliveries(jobs);
    await reminders.enqueueDeliveries([...jobs, makeDeliveryJob({ deliveryId: 4 })]);
    const waiting = await queue('reminders-telegram').getWaiting();
    expect(waiting.map((j) => j.id).sort()).toEqual(['delivery-1', 'delivery-2', 'delivery-3', 'delivery-4']);
    expect(waiting.find((j) => j.id === 'delivery-2')?.data).toEqual(jobs[1]);
  });

  it("puts each delivery in its channel's queue with the documented retry options", async () => {
    await reminders.enqueueDeliveries([
      makeDeliveryJob({ deliveryId: 10 }),
      makeDeliveryJob({ deliveryId: 11, chat: { channel: 'zalo', externalChatId: 'z-1' } }),
    ]);
    const [telegram] = await queue('reminders-telegram').getWaiting();
    const [zalo] = await queue('reminders-zalo').getWaiting();
    expect(telegram?.id).toBe('delivery-10');
    expect(zalo?.id).toBe('delivery-11');
    expect(zalo?.opts).toMatchObject({ attempts: DELIVERY_JOB_OPTIONS.attempts, backoff: DELIVERY_JOB_OPTIONS.backoff });
  });

  it('adds large batches in chunks without losing any', async () => {
    const jobs = Array.from({ length: 1_234 }, (_, i) => makeDeliveryJob({ deliveryId: i + 1 }));
    await reminders.enqueueDeliveries(jobs);
    expect(await queue('reminders-telegram').getWaitingCount()).toBe(1_234);
  });

  it('refuses a console delivery and queues nothing of that batch', async () => {
    const batch = [makeDeliveryJob({ deliveryId: 1 }), makeDeliveryJob({ deliveryId: 2, chat: { channel: 'console', externalChatId: 'me' } })];
    await expect(reminders.enqueueDeliveries(batch)).rejects.toBeInstanceOf(UnsupportedChannelError);
    expect(await queue('reminders-telegram').getWaitingCount()).toBe(0);
  });

  it('asks the planning queue for a sync', async () => {
    await reminders.requestSync();
    const waiting = await queue('reminders-plan').getWaiting();
    expect(waiting.map((j) => j.name)).toEqual(['sync']);
  });

  it('leaves the connection open for its owner when closed', async () => {
    await reminders.close();
    expect(await connection.ping()).toBe('PONG');
    reminders = createReminderQueue({ connection, prefix });
  });
});
