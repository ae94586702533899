/**
 * The reminders' composition: the Redis connections, the queue, the workers (planning and
 * one delivery worker per channel that is on) and the channels' messengers for messages the bot
 * starts. `npm start` runs it beside the HTTP server when REDIS_URL is set; `npm run worker` runs it
 * alone. Without REDIS_URL there are no reminders and the start-up log says so.
 */
import type { Redis } from 'ioredis';
import {
  type ClosableReminderQueue,
  createRedisConnection,
  createReminderQueue,
  pingRedis,
  startReminderWorker,
  type WatchedQueues,
  type WorkerTiming,
  watchQueues,
} from '../adapters/queue/index.js';
import { createReminderDelivery } from '../app/reminders/deliver-reminder.js';
import { runPlanning } from '../app/reminders/plan-reminders.js';
import type { RemindersStore } from '../app/reminders/reminder-deps.js';
import type { Config } from '../config.js';
import type { UnitIndex } from '../core/units/unit-index.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../ports/clock.js';
import { within } from '../time-limit.js';
import { reminderMessengers } from './channel-messengers.js';
import { countDeliveries, type ReminderMetrics } from './counting.js';
import { configuredStuckAfterMs, stuckSweep } from './stuck-sweep.js';

/**
 * How often the worker re-reads the calendar (edits made with the admin CLI) and re-plans today (what a
 * Redis that lost its data forgot): 10 minutes. Cheap on days without an occasion.
 */
export const CATCH_UP_EVERY_MS = 10 * 60_000;

/** How often the worker looks for reminders a dead worker left stuck in sending (at most; sooner when they count as stuck sooner). */
export const SWEEP_EVERY_MS = 30_000;

/** How long closing may take beyond the running jobs' wait before the connections are cut. */
export const CLOSE_GRACE_MS = 1_000;

/** What the reminders need from the rest of the service. */
export interface ReminderServiceDeps {
  readonly store: RemindersStore;
  readonly units: () => UnitIndex;
  readonly clock: Clock;
  readonly log: Logger;
  /** Counts reminders sent, failed for good and sent again after a dead worker (the service's /metrics). */
  readonly metrics?: ReminderMetrics;
  /** Lock and stall settings of the workers (default DEFAULT_WORKER_TIMING); crash tests shorten them. */
  readonly timing?: WorkerTiming;
}

/** The running reminders. */
export interface ReminderService {
  /** Asks the worker to re-derive its schedulers (after a calendar edit); a Redis outage is logged, not thrown. */
  requestSync(): Promise<void>;
  /** True when Redis answers. */
  ready(): Promise<boolean>;
  /** The queues on the producer connection, for the queue board and the /metrics job gauges. */
  readonly watched: WatchedQueues;
  /** Stops the workers, waiting for running jobs up to `timeoutMs`, then closes the connections. */
  close(timeoutMs: number): Promise<void>;
}

/** Starts the reminder workers on `redisUrl`, with a rate per channel that is on. */
export function startReminderService(config: Config & { readonly redisUrl: string }, deps: ReminderServiceDeps): ReminderService {
  const log = deps.log.child({ component: 'reminders' });
  const messengers = reminderMessengers(config);
  // Workers wait out an outage; calls made while answering a chat fail at once instead (producer).
  const connection = createRedisConnection(config.redisUrl, { log, connectionName: 'baophu-worker' });
  const producer = createRedisConnection(config.redisUrl, { log, connectionName: 'baophu-producer', role: 'producer' });
  const queue: ClosableReminderQueue = createReminderQueue({ connection, prefix: config.redisPrefix, log });
  const edits = createReminderQueue({ connection: producer, prefix: config.redisPrefix, log });
  const watched = watchQueues({ connection: producer, prefix: config.redisPrefix, log });
  const rates = {
    ...(messengers.telegram ? { telegram: config.reminderRates.telegram } : {}),
    ...(messengers.zalo ? { zalo: config.reminderRates.zalo } : {}),
  };
  const useCases = { store: deps.store, units: deps.units, clock: deps.clock, log };
  const stuckAfter = configuredStuckAfterMs(config, deps.timing);
  const worker = startReminderWorker({
    connection,
    prefix: config.redisPrefix,
    log: deps.log,
    rates,
    catchUpEveryMs: CATCH_UP_EVERY_MS,
    timing: deps.timing,
    plan: async (request) => {
      await runPlanning({ ...useCases, queue }, request);
    },
    deliver: countDeliveries(createReminderDelivery({ ...useCases, messengers }), deps.metrics),
    sweep: { everyMs: Math.min(SWEEP_EVERY_MS, stuckAfter), run: stuckSweep({ ...useCases, queue }, config.stuckReminders.policy, stuckAfter, deps.metrics) },
    schedules: () => deps.store.listSchedules(),
  });
  log.info({ msg: 'reminders on', channels: Object.keys(rates), rates, prefix: config.redisPrefix });

  return {
    async requestSync() {
      await edits.requestSync().catch((err: unknown) => log.warn({ msg: 'could not ask the worker to re-read the calendar; its periodic sync will', err }));
    },
    ready: () => pingRedis(connection),
    watched,
    async close(timeoutMs) {
      const graceful = (async () => {
        await worker.close(timeoutMs);
        await Promise.all([queue.close(), edits.close(), watched.close()]);
        await Promise.all([connection, producer].map((c: Redis) => c.quit().catch(() => c.disconnect())));
        return true;
      })();
      // With Redis away the graceful close waits for a reconnection that may never come: cut it off.
      if (!(await within(graceful, timeoutMs + CLOSE_GRACE_MS, false))) {
        log.warn({ msg: 'reminders closed by force: Redis did not answer', limitMs: timeoutMs + CLOSE_GRACE_MS });
        graceful.catch(() => undefined);
        for (const c of [connection, producer]) c.disconnect();
      }
    },
  };
}
