/**
 * A channel's delivery worker on a real Redis, with a stub `deliver`: every delivery once, a 429
 * honoured without spending an attempt, per-chat spacing, backoff up to the attempts, graceful close.
 * Timing assertions compare the times `deliver` recorded, never the test's own duration. The stub
 * sends at once: it records Date.now() and reports the send's start, as the use case does right after
 * its call to the platform. The per-chat spacing is asserted exactly, with no tolerance: the code
 * guarantees each start more than the spacing after the previous one on Redis's clock, and the test's
 * Redis runs on this machine, whose wall clock Date.now() reads (chat-spacing.ts). BullMQ's own delays
 * (429, backoff) are asserted with a small tolerance for its timers.
 */
import { type Job, Queue, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatSpacing } from '../../../src/adapters/queue/chat-spacing.js';
import { type DeliveryWorker, startDeliveryWorker } from '../../../src/adapters/queue/delivery-worker.js';
import { createRedisConnection } from '../../../src/adapters/queue/redis-connection.js';
import { type ClosableReminderQueue, createReminderQueue } from '../../../src/adapters/queue/reminder-queue.js';
import { DEFAULT_WORKER_TIMING } from '../../../src/adapters/queue/worker-timing.js';
import { type DeliveryJob, type DeliveryOutcome, RetryDelivery } from '../../../src/ports/reminder-queue.js';
import { gate, type LogEntry, makeDeliveryJob, recordingLogger, testRedisUrl, uniquePrefix, waitFor } from './queue-kit.js';

/** Timer slack between Redis expiry and Node's clock. */
const TOLERANCE_MS = 25;

interface Call {
  readonly deliveryId: number;
  /** When the send started (Date.now()). */
  readonly at: number;
}

/** Each start minus the one before. */
function gaps(starts: readonly number[]): number[] {
  return starts.slice(1).map((at, i) => at - starts[i]!);
}

describe('startDeliveryWorker', () => {
  let connection: Redis;
  let prefix: string;
  let reminders: ClosableReminderQueue;
  let worker: DeliveryWorker | undefined;
  let logEntries: LogEntry[];
  let inspect: Queue<DeliveryJob>;
  let calls: Call[];

  function start(deliver: (job: DeliveryJob) => Promise<DeliveryOutcome>, options: { rate?: number; spacing?: ChatSpacing; reportsStart?: boolean } = {}) {
    const { log, entries } = recordingLogger();
    logEntries = entries;
    worker = startDeliveryWorker({
      channel: 'telegram',
      rate: options.rate ?? 1_000,
      connection,
      prefix,
      log,
      timing: DEFAULT_WORKER_TIMING,
      spacing: options.spacing ?? { private: 0, group: 0 },
      deliver: async (job, progress) => {
        calls.push({ deliveryId: job.deliveryId, at: Date.now() });
        if (options.reportsStart !== false) progress.sendStarted();
        return deliver(job);
      },
    });
    return worker;
  }

  const job = (id: string) => inspect.getJob(id) as Promise<Job<DeliveryJob> | undefined>;

  beforeEach(() => {
    connection = createRedisConnection(testRedisUrl(), { log: recordingLogger().log });
    prefix = uniquePrefix('deliver');
    reminders = createReminderQueue({ connection, prefix, deliveryRetry: { attempts: 3, backoffMs: 100 } });
    inspect = new Queue<DeliveryJob>('reminders-telegram', { connection, prefix });
    calls = [];
    worker = undefined;
  });

  afterEach(async () => {
    await worker?.close(true);
    await inspect.close();
    await reminders.close();
    await connection.quit();
  });

  it('delivers each of 200 jobs exactly once', async () => {
    start(async () => 'sent');
    const jobs = Array.from({ length: 200 }, (_, i) => makeDeliveryJob({ deliveryId: i + 1 }));
    await reminders.enqueueDeliveries(jobs);
    await reminders.enqueueDeliveries(jobs.slice(0, 50)); // planning ran again meanwhile
    await waitFor('200 completed jobs', async () => (await inspect.getCompletedCount()) === 200);
    const ids = calls.map((c) => c.deliveryId);
    expect(new Set(ids).size).toBe(200);
    expect(ids).toHaveLength(200);
    expect((await job('delivery-7'))?.returnvalue).toBe('sent');
  });

  it("waits out a 429's retry_after, then delivers, without spending an attempt", async () => {
    let first = true;
    start(async () => {
      if (first) {
        first = false;
        throw new RetryDelivery('429 Too Many Requests', 300);
      }
      return 'sent';
    });
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 1 })]);
    await waitFor('the job to complete', async () => (await job('delivery-1'))?.finishedOn !== undefined);
    expect(calls).toHaveLength(2);
    const [tried, retried] = calls as [Call, Call];
    expect(retried.at - tried.at).toBeGreaterThanOrEqual(300 - TOLERANCE_MS);
    const done = await job('delivery-1');
    expect(await done?.getState()).toBe('completed');
    expect(done?.attemptsMade).toBe(1);
    expect(logEntries.filter((e) => e.msg === 'job failed; retrying with backoff')).toEqual([]);
  });

  it("spaces the starts of messages to one chat by the chat's spacing without blocking other chats", async () => {
    start(async () => 'sent', { spacing: { private: 1_000, group: 3_000 } });
    const chat = { channel: 'telegram' as const, externalChatId: '555' };
    await reminders.enqueueDeliveries([
      ...[1, 2, 3].map((deliveryId) => makeDeliveryJob({ deliveryId, chat })),
      makeDeliveryJob({ deliveryId: 4, chat: { channel: 'telegram', externalChatId: '556' } }),
    ]);
    await waitFor('4 completed jobs', async () => (await inspect.getCompletedCount()) === 4, 20_000);
    const sameChat = calls
      .filter((c) => c.deliveryId !== 4)
      .map((c) => c.at)
      .sort((a, b) => a - b);
    expect(sameChat).toHaveLength(3);
    for (const gap of gaps(sameChat)) expect(gap).toBeGreaterThanOrEqual(1_000);
    // The other chat did not queue behind them, and the delays spent no attempt.
    const other = calls.find((c) => c.deliveryId === 4)!;
    expect(other.at).toBeLessThan(sameChat[1]!);
    for (const id of ['delivery-1', 'delivery-2', 'delivery-3']) expect((await job(id))?.attemptsMade).toBe(1);
  });

  it("spaces a group's messages by the group spacing", async () => {
    start(async () => 'sent', { spacing: { private: 0, group: 600 } });
    const chat = { channel: 'telegram' as const, externalChatId: '-100777' };
    await reminders.enqueueDeliveries([1, 2].map((deliveryId) => makeDeliveryJob({ deliveryId, chat, chatKind: 'group', kind: 'digest' })));
    await waitFor('2 completed jobs', async () => (await inspect.getCompletedCount()) === 2);
    const [gap] = gaps(calls.map((c) => c.at).sort((x, y) => x - y));
    expect(gap).toBeGreaterThanOrEqual(600);
  });

  it('counts the spacing from the start of a send, not from its end', async () => {
    // The first send lasts until the second has started: were the spacing counted from the end of a
    // send, the second could never start, and the first would give up after 10 s.
    start(
      async () => {
        if (calls.length === 1) await waitFor('the second send to start while the first one runs', () => calls.length === 2, 10_000);
        return 'sent';
      },
      { spacing: { private: 1_000, group: 0 } },
    );
    const chat = { channel: 'telegram' as const, externalChatId: '557' };
    await reminders.enqueueDeliveries([1, 2].map((deliveryId) => makeDeliveryJob({ deliveryId, chat })));
    await waitFor('2 completed jobs', async () => (await inspect.getCompletedCount()) === 2);
    expect(calls).toHaveLength(2);
    expect(gaps(calls.map((c) => c.at))[0]).toBeGreaterThanOrEqual(1_000);
  });

  it('spaces a delivery that does not report its send from its end', async () => {
    const ends: number[] = [];
    start(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        ends.push(Date.now());
        return 'sent';
      },
      { spacing: { private: 500, group: 0 }, reportsStart: false },
    );
    const chat = { channel: 'telegram' as const, externalChatId: '558' };
    await reminders.enqueueDeliveries([1, 2].map((deliveryId) => makeDeliveryJob({ deliveryId, chat })));
    await waitFor('2 completed jobs', async () => (await inspect.getCompletedCount()) === 2);
    const starts = calls.map((c) => c.at).sort((x, y) => x - y);
    expect(starts[1]! - ends[0]!).toBeGreaterThanOrEqual(500);
  });

  it('retries any other error with exponential backoff up to the attempts, then fails the job', async () => {
    start(async () => {
      throw new Error('platform unavailable');
    });
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 9 })]);
    await waitFor('the job to fail', async () => (await inspect.getFailedCount()) === 1);
    expect(calls).toHaveLength(3);
    const [c1, c2, c3] = calls as [Call, Call, Call];
    expect(c2.at - c1.at).toBeGreaterThanOrEqual(100 - TOLERANCE_MS);
    expect(c3.at - c2.at).toBeGreaterThanOrEqual(200 - TOLERANCE_MS);
    const failed = await job('delivery-9');
    expect(failed?.attemptsMade).toBe(3);
    expect(failed?.failedReason).toBe('platform unavailable');
    expect(logEntries.filter((e) => e.msg === 'job failed; retrying with backoff')).toHaveLength(2);
    expect(logEntries.filter((e) => e.msg === 'job failed for good')).toEqual([
      expect.objectContaining({ jobId: 'delivery-9', attemptsMade: 3, attempts: 3, err: expect.objectContaining({ message: 'platform unavailable' }) }),
    ]);
  });

  it('fails at once, and logs it as final, on an UnrecoverableError', async () => {
    start(async () => {
      throw new UnrecoverableError('403: bot was blocked by the user');
    });
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 4 })]);
    await waitFor('the job to fail', async () => (await inspect.getFailedCount()) === 1);
    expect(calls).toHaveLength(1);
    expect(logEntries.filter((e) => e.msg === 'job failed for good')).toEqual([expect.objectContaining({ jobId: 'delivery-4', attemptsMade: 1 })]);
  });

  it('retries a RetryDelivery without retry_after with backoff, like any transient error', async () => {
    let failures = 1;
    start(async () => {
      if (failures-- > 0) throw new RetryDelivery('timeout');
      return 'sent';
    });
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 3 })]);
    await waitFor('the job to complete', async () => (await inspect.getCompletedCount()) === 1);
    expect((await job('delivery-3'))?.attemptsMade).toBe(2);
  });

  it('waits for the running job when closed', async () => {
    const release = gate();
    const order: string[] = [];
    const w = start(async () => {
      await release.promise;
      order.push('delivered');
      return 'sent';
    });
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 5 })]);
    await waitFor('the job to start', () => calls.length === 1);
    const closing = w.close().then(() => order.push('closed'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(order).toEqual([]);
    release.open();
    await closing;
    worker = undefined;
    expect(order).toEqual(['delivered', 'closed']);
    expect(await (await job('delivery-5'))?.getState()).toBe('completed');
  });
});
