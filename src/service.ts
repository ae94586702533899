/**
 * `npm start`: the service. Opens the store, builds the message handler, starts the enabled channels
 * (Telegram, Zalo; webhook or long polling) and the one HTTP server (webhooks, health, readiness,
 * metrics), and stops them all on SIGINT/SIGTERM within a time limit.
 */

import { createChartRenderer } from './adapters/chart/render-chart.js';
import { hotPathStore } from './adapters/db/call-limit.js';
import { engineLiveness } from './adapters/db/engine-liveness.js';
import { openStore } from './adapters/db/open-store.js';
import { createAttachmentLinks, pruningAttachments } from './adapters/http/attachment-links.js';
import { createMetrics, type Metrics, watchState } from './adapters/http/metrics.js';
import { buildHttpServer, type WebhookHandler } from './adapters/http/server.js';
import { createRedisConnection } from './adapters/queue/redis-connection.js';
import { startRetentionJob, startRetentionTimer } from './adapters/queue/retention-schedule.js';
import { createSendingLimits } from './adapters/queue/sending-limits.js';
import {
  connectTelegram,
  createBot,
  createTelegramWebhook,
  registerCommands,
  setTelegramWebhook,
  startPolling,
  storeMembership,
} from './adapters/telegram/index.js';
import {
  connectZalo,
  createZaloClient,
  createZaloMessenger,
  createZaloWebhook,
  POLLING_RETRY,
  startZaloPolling,
  WEBHOOK_RETRY,
} from './adapters/zalo/index.js';
import { type AnswerMessage, answerDirectly, answerOnce, type HandleMessage } from './app/answer-once.js';
import { loadCalendar } from './app/calendar.js';
import { createMessageHandler } from './app/handle-message.js';
import { loadUnitDirectory } from './app/unit-directory.js';
import { type Config, enabledChannels } from './config.js';
import { defaultDataDir, ensureReferenceData } from './import/seed.js';
import type { Logger } from './logger.js';
import { type Clock, systemClock } from './ports/clock.js';
import { startReminderService } from './reminder-service.js';
import { within } from './time-limit.js';

/** How long start-up waits for Telegram's getMe before it gives up (grammY's init retries network errors without end). */
export const STARTUP_CALL_MS = 15_000;

/** How long /readyz waits for each check before it counts as failed. */
export const READY_TIMEOUT_MS = 2_000;

/** How long shutdown may take before the process exits anyway (src/shutdown.ts, which stops on signals). */
export { SHUTDOWN_LIMIT_MS } from './shutdown.js';
/** How long the reminder workers may finish their running jobs at shutdown (within SHUTDOWN_LIMIT_MS). */
export const WORKER_CLOSE_MS = 6_000;

type Stop = () => Promise<void>;

/** Counts updates, submissions recorded and handling time per channel around the handler. */
function instrument(handle: HandleMessage, metrics: Metrics): HandleMessage {
  return async (message, inbound) => {
    const channel = { channel: message.channel };
    metrics.updates.inc(channel);
    const end = metrics.handlerSeconds.startTimer(channel);
    try {
      const reply = await handle(message, inbound);
      if (reply.recorded === true) metrics.submissions.inc(channel);
      return reply;
    } finally {
      end();
    }
  };
}

/** Counts the replies a platform took: after the send resolves, so a failed send is not counted. */
function countReplies(answer: AnswerMessage, metrics: Metrics): AnswerMessage {
  return (message, send) =>
    answer(message, async (reply) => {
      await send(reply);
      if (reply.silent !== true && reply.text.length > 0) metrics.replies.inc({ channel: message.channel });
    });
}

/** What a caller may replace in the service. */
export interface ServiceOptions {
  /** The time the service works with (default: the system's); tests fix it on a reporting day. */
  readonly clock?: Clock;
  /** How long start-up waits for a platform (default STARTUP_CALL_MS); tests shorten it. */
  readonly startupCallMs?: number;
}

/** Whether a readiness check passes within `ms` (a rejection, `false` or a hang is a failure). */
function passesWithin(check: Promise<unknown>, ms: number): Promise<boolean> {
  return within(
    check.then(
      (value) => value !== false,
      () => false,
    ),
    ms,
    false,
  );
}

/** Starts the service; resolves once it listens, with a function that stops it. */
export async function startService(config: Config, log: Logger, options: ServiceOptions = {}): Promise<Stop> {
  const clock = options.clock ?? systemClock;
  const opened = await openStore(config, log);
  const stops: Stop[] = [() => opened.close()];
  const stopAll: Stop = async () => {
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => log.error({ err }, 'stop failed'));
  };
  try {
    await ensureReferenceData(opened.store, defaultDataDir(), log);
    const directory = await loadUnitDirectory(opened.store);
    const calendar = await loadCalendar(opened.store, { log });
    stops.push(async () => calendar.stop());
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
    // Old operational rows (inbound ledger, expired conversations) pruned daily: a BullMQ job with Redis, a timer without.
    const retention = { store: pruningAttachments(opened.store, opened.attachments, clock), clock, log };
    if (config.redisUrl === undefined) stops.push(startRetentionTimer(retention));
    else {
      const connection = createRedisConnection(config.redisUrl, { log, connectionName: 'baophu-retention' });
      stops.push(async () => {
        await connection.quit().catch(() => connection.disconnect());
      });
      stops.push(startRetentionJob({ ...retention, connection, prefix: config.redisPrefix }));
    }
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
    const handle = instrument(handler.handle, metrics);
    // A webhook delivery is answered once (the inbound ledger); a polled update comes only once anyway.
    const answerFor = (mode: 'webhook' | 'polling') =>
      countReplies(mode === 'webhook' ? answerOnce({ handle, inbound: store, clock, log }) : answerDirectly(handle), metrics);
    const chosenLanguageOn = (channel: 'telegram' | 'zalo') => async (userId: string) => (await store.findPerson({ channel, userId }))?.language ?? null;
    const startupLimit = options.startupCallMs ?? STARTUP_CALL_MS;
    const webhookUrl = (channel: string) => `${(config.publicUrl ?? '').replace(/\/+$/, '')}/webhooks/${channel}`;

    let telegramWebhook: WebhookHandler | undefined;
    if (config.telegram) {
      const tg = config.telegram;
      const bot = createBot(tg.token, {
        answer: answerFor(tg.mode),
        mode: tg.mode,
        log: log.child({ channel: 'telegram' }),
        apiRoot: tg.apiBase,
        onChatMoved: (from, to) => store.moveChat({ channel: 'telegram', externalChatId: from }, to),
        onMembershipChanged: storeMembership(store),
        chosenLanguage: chosenLanguageOn('telegram'),
        pacer: limits.pacer,
      });
      log.info({ msg: 'connecting to Telegram', apiRoot: tg.apiBase });
      await connectTelegram(bot, startupLimit);
      // The menu is a convenience: typed commands work without it, so a failure is no reason to stop.
      await registerCommands(bot).catch((error: unknown) => {
        log.warn({ msg: 'Telegram command menu not set', channel: 'telegram', err: (error as Error).message });
      });
      if (tg.mode === 'webhook') {
        await setTelegramWebhook(bot, webhookUrl('telegram'), tg.webhookSecret as string);
        telegramWebhook = createTelegramWebhook(bot, tg.webhookSecret as string, log);
      } else {
        stops.push(await startPolling(bot, { log }));
      }
    }

    let zaloWebhook: WebhookHandler | undefined;
    if (config.zalo) {
      const za = config.zalo;
      const client = createZaloClient({ token: za.token, baseUrl: za.apiBase });
      // Zalo takes a photo by URL only: charts and workbooks are linked under PUBLIC_URL (none without it).
      const links = config.publicUrl === undefined ? undefined : createAttachmentLinks({ attachments: opened.attachments, clock, publicUrl: config.publicUrl });
      if (!links) log.warn({ msg: 'zalo: PUBLIC_URL is not set, so charts and files go as text only' });
      const messenger = createZaloMessenger(client, za.mode === 'webhook' ? WEBHOOK_RETRY : POLLING_RETRY, limits.pacer, links);
      const zlog = log.child({ channel: 'zalo' });
      log.info({ msg: 'connecting to Zalo', apiBase: za.apiBase });
      await connectZalo(client, startupLimit);
      if (za.mode === 'webhook') {
        await client.setWebhook({ url: webhookUrl('zalo'), secret_token: za.webhookSecret as string });
        zaloWebhook = createZaloWebhook({
          secret: za.webhookSecret as string,
          answer: answerFor('webhook'),
          messenger,
          log: zlog,
          chosenLanguage: chosenLanguageOn('zalo'),
        });
      } else {
        const abort = new AbortController();
        const polling = startZaloPolling({
          client,
          answer: answerFor('polling'),
          messenger,
          log: zlog,
          signal: abort.signal,
          chosenLanguage: chosenLanguageOn('zalo'),
        });
        stops.push(async () => {
          abort.abort();
          await polling;
        });
      }
    }

    watchState(metrics, { queues: reminders?.watched.counts, ledger: () => opened.store.countOpenDeliveries() });
    if (config.adminUiToken !== undefined && !reminders) log.warn({ msg: 'queue board off: ADMIN_UI_TOKEN is set but REDIS_URL is not' });
    const engineAlive = opened.kind === 'pglite' ? engineLiveness(() => opened.store.ping()) : undefined;
    const server = buildHttpServer({
      log,
      metrics,
      telegramWebhook,
      zaloWebhook,
      files: { attachments: opened.attachments, clock },
      queueBoard: reminders && config.adminUiToken !== undefined ? { queues: reminders.watched.queues, token: config.adminUiToken } : undefined,
      // The embedded engine lives in this process: one that stopped answering makes /healthz 503, so that
      // the supervisor restarts us. A PostgreSQL server out of reach is /readyz's alone.
      ...(engineAlive ? { alive: async () => ({ database: await engineAlive() }) } : {}),
      ready: async () => ({
        database: await passesWithin(opened.store.ping(), READY_TIMEOUT_MS),
        ...(reminders ? { redis: await passesWithin(reminders.ready(), READY_TIMEOUT_MS) } : {}),
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
