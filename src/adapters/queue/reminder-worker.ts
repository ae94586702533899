/**
 * Starts everything a reminder worker process runs: the planning worker, one delivery worker per
 * channel that has a rate, and the start-up catch-up (sync the schedulers from the calendar, then plan
 * every schedule once, in case a 'plan' job fired while no worker was up; planning is idempotent).
 * The catch-up runs in the background (and again periodically when asked) and logs its errors: a database or Redis outage at start must
 * not stop the process, the next scheduled run or sync repairs it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ReportingSchedule } from '../../core/reminders/types.js';
import type { Logger } from '../../logger.js';
import type { DeliveryJob, DeliveryOutcome, DeliveryProgress } from '../../ports/reminder-queue.js';
import { type ChatSpacing, DEFAULT_CHAT_SPACING } from './chat-spacing.js';
import { type DeliveryWorker, startDeliveryWorker } from './delivery-worker.js';
import { startPlanningWorker, syncFromCalendar } from './planning-worker.js';
import { DELIVERY_CHANNELS } from './reminder-jobs.js';
import { createPlanQueue } from './reminder-queue.js';
import type { SyncOptions } from './sync-schedulers.js';
import { DEFAULT_WORKER_TIMING, type WorkerTiming } from './worker-timing.js';

/** What the reminder workers need: the connection and the use cases. */
export interface ReminderWorkerDeps {
  readonly connection: Redis;
  readonly prefix: string;
  readonly log: Logger;
  /** Messages per second per channel; a channel without a rate gets no delivery worker here. */
  readonly rates: { readonly telegram?: number; readonly zalo?: number };
  /** Least time between two messages to one chat (default DEFAULT_CHAT_SPACING). */
  readonly spacingMs?: ChatSpacing;
  /** Lock and stall settings (default DEFAULT_WORKER_TIMING). */
  readonly timing?: WorkerTiming;
  readonly sync?: SyncOptions;
  /**
   * When set, the start-up catch-up runs again every this many ms (in this process, not through
   * Redis): it picks up calendar edits made where no queue is at hand (the admin CLI) and puts back
   * schedulers and today's pending deliveries that a Redis which lost its data forgot.
   */
  readonly catchUpEveryMs?: number;
  /**
   * The sweep of reminders a dead worker left stuck in sending: run once the start-up
   * catch-up is done, then every `everyMs`, one run at a time; its failures are logged.
   */
  readonly sweep?: { readonly everyMs: number; run(): Promise<void> };
  plan(request: { scheduleKey?: string }): Promise<void>;
  /** Delivers one job; tells `progress` when its send started (the chat's spacing counts from there). */
  deliver(job: DeliveryJob, progress: DeliveryProgress): Promise<DeliveryOutcome>;
  schedules(): Promise<readonly ReportingSchedule[]>;
}

/** The running workers. */
export interface ReminderWorker {
  /** Settles when the start-up catch-up is done (it never rejects: failures are logged). */
  readonly started: Promise<void>;
  /**
   * Stops taking jobs and waits for the running ones up to `timeoutMs`; after that closes regardless
   * (jobs still running come back through the stalled check and the ledger keeps them from going twice).
   */
  close(timeoutMs: number): Promise<void>;
}

/** Resolves true when `promise` settles within `ms`, false otherwise. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const stop = new AbortController();
  const settled = promise.then(
    () => true,
    () => true,
  );
  const timedOut = sleep(ms, false, { signal: stop.signal }).catch(() => false);
  try {
    return await Promise.race([settled, timedOut]);
  } finally {
    stop.abort();
  }
}

/**
 * Closes a worker gracefully within `ms`, else by force. Worker.close(false) cannot be cut short once
 * started (a later close(true) returns the same promise), so the graceful wait is pause(), which stops
 * fetching and waits for the running jobs, raced against the time limit.
 */
async function closeWorker(worker: Pick<Worker, 'pause'>, close: (force: boolean) => Promise<void>, ms: number): Promise<boolean> {
  const graceful = await within(worker.pause(false), ms);
  await close(!graceful);
  return graceful;
}

/** Starts the reminder workers. */
export function startReminderWorker(deps: ReminderWorkerDeps): ReminderWorker {
  const timing = deps.timing ?? DEFAULT_WORKER_TIMING;
  const log = deps.log.child({ component: 'reminder-worker' });
  const queue = createPlanQueue(deps);
  const planning = startPlanningWorker({ ...deps, log, timing, queue });
  const deliveries: DeliveryWorker[] = DELIVERY_CHANNELS.flatMap((channel) => {
    const rate = deps.rates[channel];
    return rate === undefined
      ? []
      : [
          startDeliveryWorker({
            ...deps,
            channel,
            rate,
            log,
            timing,
            spacing: deps.spacingMs ?? DEFAULT_CHAT_SPACING,
          }),
        ];
  });

  /** Re-derives the schedulers and plans what is due today; failures are logged, the next run repairs them. */
  const catchUp = async (when: string) => {
    try {
      await syncFromCalendar({ ...deps, queue, log });
    } catch (error) {
      log.error({ msg: `${when} scheduler sync failed`, err: error });
    }
    try {
      await deps.plan({});
    } catch (error) {
      log.error({ msg: `${when} planning failed`, err: error });
    }
  };
  const started = catchUp('start-up');
  let periodic: Promise<void> = started;
  const timer =
    deps.catchUpEveryMs === undefined
      ? undefined
      : setInterval(() => {
          // One run at a time: a slow database must not pile runs up.
          periodic = periodic.then(() => catchUp('periodic'));
        }, deps.catchUpEveryMs);
  timer?.unref();

  let sweeping: Promise<void> = started;
  const sweepOnce = (run: () => Promise<void>) => {
    sweeping = sweeping.then(() => run().catch((error: unknown) => log.error({ msg: 'stuck reminders sweep failed', err: error })));
  };
  const sweep = deps.sweep;
  if (sweep) sweepOnce(sweep.run);
  const sweepTimer = sweep === undefined ? undefined : setInterval(() => sweepOnce(sweep.run), sweep.everyMs);
  sweepTimer?.unref();

  return {
    started,
    async close(timeoutMs) {
      clearInterval(timer);
      clearInterval(sweepTimer);
      const closes = [planning, ...deliveries].map((w) => closeWorker(w.worker, (force) => w.close(force), timeoutMs));
      const graceful = await Promise.all(closes);
      if (graceful.includes(false)) log.warn({ msg: 'reminder workers closed before their jobs finished', timeoutMs });
      await within(Promise.all([periodic, sweeping]), timeoutMs);
      await queue.close();
    },
  };
}
