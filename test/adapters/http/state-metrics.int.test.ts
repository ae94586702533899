/**
 * The gauges /metrics reads at each scrape, on a real Redis and PostgreSQL: jobs per reminder queue
 * and state, ledger rows pending and sending, and whether each source answered. A Redis that hangs or
 * refuses costs a scrape at most the time limit, and its gauges are left out rather than shown stale.
 */
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, type StateSources, watchState } from '../../../src/adapters/http/metrics.js';
import { buildHttpServer } from '../../../src/adapters/http/server.js';
import { createRedisConnection } from '../../../src/adapters/queue/redis-connection.js';
import { type ClosableReminderQueue, createReminderQueue } from '../../../src/adapters/queue/reminder-queue.js';
import { type WatchedQueues, watchQueues } from '../../../src/adapters/queue/watched-queues.js';
import { openPostgresStore, type PostgresStore } from '../../support/postgres.js';
import { startTcpSwitch, type TcpSwitch } from '../../support/tcp-switch.js';
import { gate, makeDeliveryJob, makeSchedule, testRedisUrl, uniquePrefix, waitFor } from '../queue/queue-kit.js';

const log = pino({ level: 'silent' });

/** Scrapes /metrics of a server watching `sources`. */
function scraper(sources: StateSources) {
  const metrics = createMetrics(false);
  watchState(metrics, sources);
  const app = buildHttpServer({ log, metrics, ready: async () => ({}) });
  const text = async () => (await app.inject({ method: 'GET', url: '/metrics' })).body;
  return {
    text,
    /** The value of one sample, undefined when the scrape has none. */
    async sample(name: string): Promise<number | undefined> {
      const line = (await text()).split('\n').find((l) => l.startsWith(`${name} `));
      return line === undefined ? undefined : Number(line.split(' ')[1]);
    },
  };
}

const jobs = (queue: string, state: string) => `baophu_queue_jobs{queue="${queue}",state="${state}"}`;

describe('scrape-time gauges', () => {
  let db: PostgresStore;
  let connection: Redis;
  let workerConnection: Redis;
  let prefix: string;
  let watched: WatchedQueues;
  let reminders: ClosableReminderQueue;
  let worker: Worker | undefined;

  beforeAll(async () => {
    db = await openPostgresStore();
    connection = createRedisConnection(testRedisUrl(), { log, role: 'producer' });
    workerConnection = createRedisConnection(testRedisUrl(), { log });
    prefix = uniquePrefix('gauges');
    watched = watchQueues({ connection, prefix });
    reminders = createReminderQueue({ connection, prefix, deliveryRetry: { attempts: 1, backoffMs: 10 } });
  });

  afterAll(async () => {
    await worker?.close(true);
    await reminders?.close();
    await watched?.close();
    await connection?.quit();
    await workerConnection?.quit();
    await db?.close();
  });

  it('counts jobs waiting, delayed, active and failed per queue, and ledger rows pending and sending', async () => {
    const { sample, text } = scraper({ queues: watched.counts, ledger: () => db.store.countOpenDeliveries() });
    for (const queue of ['reminders-plan', 'reminders-telegram', 'reminders-zalo']) {
      for (const state of ['waiting', 'delayed', 'active', 'failed']) expect(await sample(jobs(queue, state)), `${queue} ${state}`).toBe(0);
    }
    expect(await sample('baophu_reminder_deliveries{status="pending"}')).toBe(0);
    expect(await sample('baophu_reminder_deliveries{status="sending"}')).toBe(0);
    expect(await sample('baophu_state_up{source="queues"}')).toBe(1);
    expect(await sample('baophu_state_up{source="ledger"}')).toBe(1);
    expect(await text()).toContain('# TYPE baophu_queue_jobs gauge');

    // Two jobs waiting, one delayed.
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 1 }), makeDeliveryJob({ deliveryId: 2 })]);
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 3, chat: { channel: 'zalo', externalChatId: 'z-3' } })]);
    const telegram = watched.queues.find((q) => q.name === 'reminders-telegram');
    await telegram?.add('deliver', makeDeliveryJob({ deliveryId: 4 }), { jobId: 'delivery-4', delay: 3_600_000 });
    expect(await sample(jobs('reminders-telegram', 'waiting'))).toBe(2);
    expect(await sample(jobs('reminders-telegram', 'delayed'))).toBe(1);
    expect(await sample(jobs('reminders-zalo', 'waiting'))).toBe(1);

    // A worker takes one job and holds it (active), then the platform refuses both for good (failed).
    const refuse = gate();
    worker = new Worker(
      'reminders-telegram',
      async (): Promise<unknown> => {
        await refuse.promise;
        throw new Error('403: bot was blocked by the user');
      },
      { connection: workerConnection, prefix, concurrency: 1 },
    );
    await waitFor('a job active', async () => (await sample(jobs('reminders-telegram', 'active'))) === 1);
    expect(await sample(jobs('reminders-telegram', 'waiting'))).toBe(1);
    refuse.open();
    await waitFor('both jobs failed', async () => (await sample(jobs('reminders-telegram', 'failed'))) === 2);
    expect(await sample(jobs('reminders-telegram', 'waiting'))).toBe(0);
    expect(await sample(jobs('reminders-telegram', 'active'))).toBe(0);
    expect(await sample(jobs('reminders-telegram', 'delayed'))).toBe(1);

    // Three ledger rows planned; one claimed and never closed (the worker died between claim and send).
    const { id: _id, ...schedule } = makeSchedule({ key: 'gauges-monthly' });
    await db.store.ensureSchedules([schedule]);
    const scheduleId = (await db.store.listSchedules()).find((s) => s.key === 'gauges-monthly')!.id;
    const chats = await db.store.ensurePrivateChats(['g1', 'g2', 'g3'].map((externalChatId) => ({ channel: 'telegram' as const, externalChatId })));
    const rows = await db.store.planDeliveries(chats.map((chat) => ({ scheduleId, period: '6T/2031', offsetDays: 3, chatId: chat.id })));
    expect(await sample('baophu_reminder_deliveries{status="pending"}')).toBe(3);
    await db.store.claimDelivery(rows[0]!.id);
    expect(await sample('baophu_reminder_deliveries{status="pending"}')).toBe(2);
    expect(await sample('baophu_reminder_deliveries{status="sending"}')).toBe(1);
  });

  it('gives a hung or refusing Redis at most the time limit, leaves its gauges out and says so', async () => {
    const redis = new URL(testRedisUrl());
    const redisSwitch: TcpSwitch = await startTcpSwitch(redis.hostname, Number(redis.port));
    const viaSwitch = createRedisConnection(`redis://127.0.0.1:${redisSwitch.port}`, { log, role: 'producer' });
    const slow = watchQueues({ connection: viaSwitch, prefix });
    let reads = 0;
    const counts = () => {
      reads += 1;
      return slow.counts();
    };
    try {
      const { sample, text } = scraper({ queues: counts, ledger: () => db.store.countOpenDeliveries(), timeoutMs: 300 });
      await waitFor('Redis through the switch', async () => (await sample('baophu_state_up{source="queues"}')) === 1);
      expect(await sample(jobs('reminders-telegram', 'failed'))).toBe(2);

      redisSwitch.hang();
      reads = 0;
      for (let i = 0; i < 3; i++) {
        const started = Date.now();
        const body = await text();
        // A bound, not a speed: the limit is 300 ms; the rest is slack for a loaded machine.
        expect(Date.now() - started).toBeLessThan(1_500);
        expect(body).toContain('baophu_state_up{source="queues"} 0');
        expect(body).not.toContain('baophu_queue_jobs{');
        // The database answers, so its gauges stay.
        expect(body).toContain('baophu_state_up{source="ledger"} 1');
        expect(body).toContain('baophu_reminder_deliveries{status="sending"} 1');
      }
      // Scrapes during the hang wait on the one read in flight instead of piling more on Redis.
      expect(reads).toBe(1);

      redisSwitch.on();
      await waitFor('Redis back', async () => (await sample('baophu_state_up{source="queues"}')) === 1);
      expect(await sample(jobs('reminders-telegram', 'failed'))).toBe(2);

      // Refused (Redis down): the producer connection fails at once.
      redisSwitch.off();
      await waitFor('Redis gone', async () => (await sample('baophu_state_up{source="queues"}')) === 0);
      const started = Date.now();
      expect(await sample(jobs('reminders-telegram', 'failed'))).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(1_500);
    } finally {
      redisSwitch.on();
      await slow.close().catch(() => undefined);
      viaSwitch.disconnect();
      await redisSwitch.close();
    }
  }, 30_000);

  it('leaves the ledger gauges out while the database does not answer, waiting on one read at a time', async () => {
    let reads = 0;
    const { sample } = scraper({
      ledger: () => {
        reads += 1;
        return new Promise(() => undefined);
      },
      timeoutMs: 100,
    });
    for (let i = 0; i < 3; i++) {
      expect(await sample('baophu_state_up{source="ledger"}')).toBe(0);
      expect(await sample('baophu_reminder_deliveries{status="pending"}')).toBeUndefined();
    }
    expect(reads).toBe(1);
    // No Redis configured: no queue gauge and no queues source at all.
    expect(await sample('baophu_state_up{source="queues"}')).toBeUndefined();
  });
});
