/**
 * The reminder worker process on a real Redis: the start-up catch-up, scheduled 'plan' jobs and
 * 'sync' requests reaching the use cases, delivery workers only where a rate is configured, and a
 * shutdown that does not hang on a stuck job.
 */
import { type Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisConnection } from '../../../src/adapters/queue/redis-connection.js';
import { type ClosableReminderQueue, createPlanQueue, createReminderQueue, type PlanQueue } from '../../../src/adapters/queue/reminder-queue.js';
import { type ReminderWorker, type ReminderWorkerDeps, startReminderWorker } from '../../../src/adapters/queue/reminder-worker.js';
import type { ReportingSchedule } from '../../../src/core/reminders/types.js';
import type { DeliveryJob, DeliveryOutcome } from '../../../src/ports/reminder-queue.js';
import { gate, type LogEntry, makeDeliveryJob, makeSchedule, recordingLogger, testRedisUrl, uniquePrefix, waitFor } from './queue-kit.js';

describe('startReminderWorker', () => {
  let connection: Redis;
  let prefix: string;
  let reminders: ClosableReminderQueue;
  let planQueue: PlanQueue;
  let running: ReminderWorker | undefined;
  let calendar: ReportingSchedule[];
  let plans: Array<{ scheduleKey?: string }>;
  let delivered: DeliveryJob[];
  let entries: LogEntry[];

  function start(overrides: Partial<ReminderWorkerDeps> = {}): ReminderWorker {
    const recorded = recordingLogger();
    entries = recorded.entries;
    running = startReminderWorker({
      connection,
      prefix,
      log: recorded.log,
      rates: { telegram: 100 },
      spacingMs: { private: 0, group: 0 },
      schedules: async () => calendar,
      plan: async (request) => {
        plans.push(request);
      },
      deliver: async (job): Promise<DeliveryOutcome> => {
        delivered.push(job);
        return 'sent';
      },
      ...overrides,
    });
    return running;
  }

  const delayedPlans = async () => ((await planQueue.getDelayed(0, -1)) as Job[]).filter((j) => j.name === 'plan');

  beforeEach(() => {
    connection = createRedisConnection(testRedisUrl(), { log: recordingLogger().log });
    prefix = uniquePrefix('worker');
    reminders = createReminderQueue({ connection, prefix });
    planQueue = createPlanQueue({ connection, prefix });
    running = undefined;
    calendar = [makeSchedule({ id: 1, key: 'monthly', sendHour: 8 }), makeSchedule({ id: 2, key: 'annual', active: false })];
    plans = [];
    delivered = [];
  });

  afterEach(async () => {
    await running?.close(1_000);
    await planQueue.close();
    await reminders.close();
    await connection.quit();
  });

  it('syncs the schedulers from the calendar and plans everything once at start', async () => {
    await start().started;
    expect(plans).toEqual([{}]);
    expect((await planQueue.getJobSchedulers(0, -1)).map((s) => s.key)).toEqual(['plan-monthly']);
  });

  it('plans a schedule when its scheduler fires, and keeps one next job for it', async () => {
    await start().started;
    const [next] = await delayedPlans();
    await next!.promote();
    await waitFor('the scheduled plan', () => plans.length === 2);
    expect(plans[1]).toEqual({ scheduleKey: 'monthly' });
    await waitFor('the next iteration', async () => (await delayedPlans()).length === 1);
    expect((await delayedPlans()).map((j) => j.repeatJobKey)).toEqual(['plan-monthly']);
  });

  it('follows a calendar edit when a sync is requested', async () => {
    await start().started;
    calendar = [makeSchedule({ id: 1, key: 'monthly', sendHour: 10 }), makeSchedule({ id: 2, key: 'annual', active: true, sendHour: 7 })];
    await reminders.requestSync();
    await waitFor('the edited schedulers', async () => (await planQueue.getJobSchedulersCount()) === 2);
    const schedulers = await planQueue.getJobSchedulers(0, -1);
    expect(schedulers.map((s) => [s.key, s.pattern]).sort()).toEqual([
      ['plan-annual', '0 7 * * *'],
      ['plan-monthly', '0 10 * * *'],
    ]);
    expect((await delayedPlans()).length).toBe(2);
  });

  it('runs the catch-up again periodically: an edit made elsewhere is followed and schedulers Redis lost come back', async () => {
    await start({ catchUpEveryMs: 200 }).started;
    // An edit made where no queue is at hand (the admin CLI): no requestSync, the periodic run finds it.
    calendar = [makeSchedule({ id: 1, key: 'monthly', sendHour: 11 })];
    const monthlyAt = (pattern: string) => async () => (await planQueue.getJobSchedulers(0, -1)).some((s) => s.key === 'plan-monthly' && s.pattern === pattern);
    await waitFor('the periodic sync', monthlyAt('0 11 * * *'));
    // A Redis that lost its data (restarted without persistence): the schedulers and today's jobs come back.
    await planQueue.removeJobScheduler('plan-monthly');
    const plansBefore = plans.length;
    await waitFor('the scheduler put back', monthlyAt('0 11 * * *'));
    await waitFor('today planned again', () => plans.length > plansBefore);
    expect(plans.every((p) => p.scheduleKey === undefined)).toBe(true);
  });

  it('delivers only on the channels that have a rate', async () => {
    await start({ rates: { telegram: 100 } }).started;
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 1 }), makeDeliveryJob({ deliveryId: 2, chat: { channel: 'zalo', externalChatId: 'z' } })]);
    await waitFor('the telegram delivery', () => delivered.length === 1);
    expect(delivered.map((j) => j.deliveryId)).toEqual([1]);
    const zalo = new Queue('reminders-zalo', { connection, prefix });
    expect(await zalo.getWaitingCount()).toBe(1);
    await zalo.close();
  });

  it('logs a failed start-up catch-up instead of stopping', async () => {
    await start({
      schedules: async () => {
        throw new Error('database down');
      },
      plan: async () => {
        throw new Error('database still down');
      },
    }).started;
    // The error is logged as an object (type, message, stack), not its message alone.
    expect(entries.map((e) => [e.msg, e.err])).toEqual(
      expect.arrayContaining([
        ['start-up scheduler sync failed', expect.objectContaining({ type: 'Error', message: 'database down', stack: expect.any(String) })],
        ['start-up planning failed', expect.objectContaining({ type: 'Error', message: 'database still down' })],
      ]),
    );
  });

  it('fails a planning job it has no handler for, without retrying it', async () => {
    await start().started;
    const rogue = await (planQueue as unknown as Queue).add('rogue', {}, { attempts: 5 });
    await waitFor('the rogue job to fail', async () => (await rogue.getState()) === 'failed');
    expect((await planQueue.getJob(rogue.id!))?.attemptsMade).toBe(1);
  });

  it('waits for a running delivery when closed within the time limit', async () => {
    const release = gate();
    const order: string[] = [];
    const worker = start({
      deliver: async () => {
        await release.promise;
        order.push('delivered');
        return 'sent';
      },
    });
    await worker.started;
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 6 }), makeDeliveryJob({ deliveryId: 7 })]);
    const inspect = new Queue('reminders-telegram', { connection, prefix });
    await waitFor('a job to be active', async () => (await inspect.getActiveCount()) >= 1);
    const closing = worker.close(10_000).then(() => order.push('closed'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(order).toEqual([]);
    release.open();
    await closing;
    running = undefined;
    expect(order.at(-1)).toBe('closed');
    expect(order.filter((o) => o === 'delivered').length).toBeGreaterThanOrEqual(1);
    expect(await inspect.getActiveCount()).toBe(0);
    expect(entries.map((e) => e.msg)).not.toContain('reminder workers closed before their jobs finished');
    await inspect.close();
  });

  it('closes within its time limit when a job is stuck', async () => {
    const stuck = gate();
    const worker = start({
      deliver: async () => {
        await stuck.promise;
        return 'sent';
      },
    });
    await worker.started;
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 8 })]);
    const inspect = new Queue('reminders-telegram', { connection, prefix });
    await waitFor('the job to be active', async () => (await inspect.getActiveCount()) === 1);
    await worker.close(300);
    running = undefined;
    expect(entries.map((e) => e.msg)).toContain('reminder workers closed before their jobs finished');
    // Still active in Redis: its lock expires and the stalled check hands it to another worker.
    expect(await inspect.getActiveCount()).toBe(1);
    stuck.open();
    await inspect.close();
  });

  it('hands a job left by a dead worker to another once its lock expires', async () => {
    // Short timing so the test sees it; production uses DEFAULT_WORKER_TIMING (about a minute).
    const timing = { lockDuration: 1_000, stalledInterval: 500, maxStalledCount: 2 };
    const stuck = gate();
    const dead = start({
      timing,
      deliver: async () => {
        await stuck.promise;
        return 'sent';
      },
    });
    await dead.started;
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 12 })]);
    const inspect = new Queue('reminders-telegram', { connection, prefix });
    await waitFor('the job to be active', async () => (await inspect.getActiveCount()) === 1);
    await dead.close(0); // renews no lock from now on, as if killed with SIGKILL
    start({ timing });
    await waitFor('the job to be delivered by the second worker', () => delivered.length === 1, 20_000);
    expect(delivered.map((j) => j.deliveryId)).toEqual([12]);
    await waitFor('the job to complete', async () => (await inspect.getCompletedCount()) === 1);
    stuck.open();
    await inspect.close();
  });
});
