/**
 * `npm start`: the service. Opens the world, builds the message handler, starts the enabled channels
 * (Telegram, Zalo; webhook or long polling), the reminders (with REDIS_URL) and the one HTTP server
 * (webhooks, health, readiness, metrics); the function it resolves with stops them all, last first.
 */
import { createChartRenderer } from '../adapters/chart/render-chart.js';
import { hotPathStore } from '../adapters/db/call-limit.js';
import { createMetrics, watchState } from '../adapters/http/metrics.js';
import { buildHttpServer } from '../adapters/http/server.js';
import { createSendingLimits } from '../adapters/queue/sending-limits.js';
import { answerDirectly, answerOnce } from '../app/answer-once.js';
import { createMessageHandler } from '../app/handle-message.js';
import { type Config, enabledChannels } from '../config.js';
import type { Logger } from '../logger.js';
import { type Clock, systemClock } from '../ports/clock.js';
import { startChannels } from './channels.js';
import { countHandled, countReplies } from './counting.js';
import { livenessOf, passesWithin } from './health-checks.js';
import { STARTUP_CALL_MS, type Stop, WORKER_CLOSE_MS } from './limits.js';
import { openWorld } from './open-world.js';
import { startReminderService } from './reminders.js';
import { startRetention } from './retention.js';

/** What a caller may replace in the service. */
export interface ServiceOptions {
  /** The time the service works with (default: the system's); tests fix it on a reporting day. */
  readonly clock?: Clock;
  /** How long start-up waits for a platform (default STARTUP_CALL_MS); tests shorten it. */
  readonly startupCallMs?: number;
}

/** Starts the service; resolves once it listens, with a function that stops it. */
export async function startService(config: Config, log: Logger, options: ServiceOptions = {}): Promise<Stop> {
  const clock = options.clock ?? systemClock;
  const world = await openWorld(config, log);
  const { opened, directory, calendar } = world;
  const stops: Stop[] = [() => world.close()];
  const stopAll: Stop = async () => {
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => log.error({ err }, 'stop failed'));
  };
  try {
    const metrics = createMetrics();
    // Every call of a message, a button or a reminder has a time limit (call-limit.ts).
    const store = hotPathStore(opened.store, log, metrics.databaseLate);
    const reminders =
      config.redisUrl === undefined
        ? undefined
        : startReminderService({ ...config, redisUrl: config.redisUrl }, { store, units: directory.current, clock, log, metrics });
    if (reminders) stops.push(() => reminders.close(WORKER_CLOSE_MS));
    else log.warn({ msg: 'reminders off: REDIS_URL is not set' });
    // Per sender and per chat: on Redis (every replica shares them) when it is configured.
    const limits = createSendingLimits(config, log);
    stops.push(() => limits.close());
    stops.push(...startRetention(config, opened, clock, log));
    const handler = createMessageHandler({
      store,
      units: directory.current,
      clock,
      log,
      schedules: calendar.current,
      daysOff: calendar.daysOff,
      onCalendarChanged: async () => {
        await calendar.reload();
        await reminders?.requestSync();
      },
      flood: limits.flood,
      submissionYearsBack: config.submissionYearsBack,
      charts: createChartRenderer(),
    });
    const handle = countHandled(handler.handle, metrics);
    // A webhook delivery is answered once (the inbound ledger); a polled update comes only once anyway.
    const answerFor = (mode: 'webhook' | 'polling') =>
      countReplies(mode === 'webhook' ? answerOnce({ handle, inbound: store, clock, log }) : answerDirectly(handle), metrics);
    const webhooks = await startChannels(
      config,
      { answerFor, store, opened, pacer: limits.pacer, clock, log, startupLimitMs: options.startupCallMs ?? STARTUP_CALL_MS, publicUrl: config.publicUrl },
      stops,
    );

    watchState(metrics, { queues: reminders?.watched.counts, ledger: () => opened.store.countOpenDeliveries() });
    if (config.adminUiToken !== undefined && !reminders) log.warn({ msg: 'queue board off: ADMIN_UI_TOKEN is set but REDIS_URL is not' });
    const server = buildHttpServer({
      log,
      metrics,
      telegramWebhook: webhooks.telegram,
      zaloWebhook: webhooks.zalo,
      files: { attachments: opened.attachments, clock },
      queueBoard: reminders && config.adminUiToken !== undefined ? { queues: reminders.watched.queues, token: config.adminUiToken } : undefined,
      ...livenessOf(opened),
      ready: async () => ({
        database: await passesWithin(opened.store.ping()),
        ...(reminders ? { redis: await passesWithin(reminders.ready()) } : {}),
      }),
    });
    await server.listen({ port: config.port, host: config.host });
    stops.push(() => server.close());
    log.info({ msg: 'baophu started', host: config.host, port: config.port, database: opened.kind, channels: enabledChannels(config) });
    return stopAll;
  } catch (error) {
    await stopAll();
    throw error;
  }
}
