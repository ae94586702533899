/**
 * The reminders' composition (issue 5): the Redis connections, the queue, the workers (planning and
 * one delivery worker per channel that is on) and the channels' messengers for messages the bot
 * starts. `npm start` runs it beside the HTTP server when REDIS_URL is set; `npm run worker` runs it
 * alone. Without REDIS_URL there are no reminders and the start-up log says so.
 */
import { Api } from 'grammy';
import type { Redis } from 'ioredis';
import type { Metrics } from './adapters/http/metrics.js';
import {
  type ClosableReminderQueue,
  createRedisConnection,
  createReminderQueue,
  DEFAULT_WORKER_TIMING,
  pingRedis,
  startReminderWorker,
  type WatchedQueues,
  type WorkerTiming,
  watchQueues,
} from './adapters/queue/index.js';
import { createTelegramMessenger } from './adapters/telegram/index.js';
import { createZaloClient, createZaloMessenger } from './adapters/zalo/index.js';
import { createReminderDelivery } from './app/reminders/deliver-reminder.js';
import { runPlanning } from './app/reminders/plan-reminders.js';
import type { PlanningDeps, RemindersStore } from './app/reminders/reminder-deps.js';
import { resendStuckReminders, stuckAfterMs, stuckReminders } from './app/reminders/stuck-reminders.js';
import type { Config } from './config.js';
import type { Channel } from './core/types.js';
import type { UnitIndex } from './core/units/unit-index.js';
import type { Logger } from './logger.js';
import type { Clock } from './ports/clock.js';
import type { Messenger } from './ports/messenger.js';
import type { DeliveryJob, DeliveryOutcome, DeliveryProgress } from './ports/reminder-queue.js';
import { within } from './time-limit.js';

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
  readonly metrics?: Pick<Metrics, 'remindersSent' | 'remindersFailed'> & Partial<Pick<Metrics, 'remindersResent'>>;
  /** Lock and stall settings of the workers (default DEFAULT_WORKER_TIMING); crash tests shorten them. */
  readonly timing?: WorkerTiming;
}

/** The running reminders. */
export interface ReminderService {
  /** Asks the worker to re-derive its schedulers (after a calendar edit); a Redis outage is logged, not thrown. */
  requestSync(): Promise<void>;
  /** True when Redis answers. */
  ready(): Promise<boolean>;
  /** The queues on the producer connection, for the queue board and the /metrics job gauges (issue 20). */
  readonly watched: WatchedQueues;
  /** Stops the workers, waiting for running jobs up to `timeoutMs`, then closes the connections. */
  close(timeoutMs: number): Promise<void>;
}

/**
 * The messengers of the channels that are on, for reminders. Telegram's client has no auto-retry
 * here: a 429 or a 5xx goes back to the queue, which pauses or backs off without holding a worker.
 */
export function reminderMessengers(config: Config): Partial<Record<Channel, Messenger>> {
  const messengers: Partial<Record<Channel, Messenger>> = {};
  if (config.telegram) {
    messengers.telegram = createTelegramMessenger(new Api(config.telegram.token, { apiRoot: config.telegram.apiBase }));
  }
  if (config.zalo) {
    messengers.zalo = createZaloMessenger(createZaloClient({ token: config.zalo.token, baseUrl: config.zalo.apiBase }));
  }
  return messengers;
}

function counted(
  deliver: (job: DeliveryJob, progress: DeliveryProgress) => Promise<DeliveryOutcome>,
  metrics: ReminderServiceDeps['metrics'],
): (job: DeliveryJob, progress: DeliveryProgress) => Promise<DeliveryOutcome> {
  if (!metrics) return deliver;
  return async (job, progress) => {
    const outcome = await deliver(job, progress);
    if (outcome === 'sent') metrics.remindersSent.inc({ channel: job.chat.channel });
    if (outcome === 'failed') metrics.remindersFailed.inc({ channel: job.chat.channel });
    return outcome;
  };
}

/**
 * One sweep of the reminders a dead worker left stuck in sending (issue 21): sent again and counted,
 * or (policy `list`, at most once) logged once per row for the admin to list and resend.
 */
function stuckSweep(deps: PlanningDeps, policy: 'resend' | 'list', olderThanMs: number, metrics: ReminderServiceDeps['metrics']): () => Promise<void> {
  const reported = new Set<number>();
  return async () => {
    if (policy === 'resend') {
      const { resent } = await resendStuckReminders(deps, olderThanMs);
      for (const row of resent) metrics?.remindersResent?.inc({ channel: row.chat.channel });
      return;
    }
    const stuck = (await stuckReminders(deps, olderThanMs)).filter((row) => !reported.has(row.id));
    if (stuck.length === 0) return;
    for (const row of stuck) reported.add(row.id);
    deps.log.warn({
      msg: 'reminders left sending by a stopped worker; not sent again (REMINDER_STUCK=list): admin reminders --stuck lists them, --resend-stuck sends them',
      deliveryIds: stuck.map((row) => row.id),
    });
  };
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
  const stuckAfter = config.stuckReminders.afterMs ?? stuckAfterMs((deps.timing ?? DEFAULT_WORKER_TIMING).lockDuration);
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
    deliver: counted(createReminderDelivery({ ...useCases, messengers }), deps.metrics),
    sweep: { everyMs: Math.min(SWEEP_EVERY_MS, stuckAfter), run: stuckSweep({ ...useCases, queue }, config.stuckReminders.policy, stuckAfter, deps.metrics) },
    schedules: () => deps.store.listSchedules(),
  });
  log.info({ msg: 'reminders on', channels: Object.keys(rates), rates, prefix: config.redisPrefix });

  return {
    async requestSync() {
      await edits
        .requestSync()
        .catch((err: unknown) => log.warn({ msg: 'could not ask the worker to re-read the calendar; its periodic sync will', err: (err as Error).message }));
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
