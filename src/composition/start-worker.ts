/**
 * `npm run worker`: the reminder worker alone (no webhooks, no chat channels), for a deployment
 * that runs it apart from the web service. It needs REDIS_URL and at least one channel's token (the
 * channels' messengers send the reminders); it stops on SIGINT/SIGTERM within the shutdown limit.
 * It serves /healthz, /readyz and /metrics on WORKER_HTTP_PORT (default 3001; 0: none), so that a
 * container healthcheck and Prometheus can watch it.
 */
import { hotPathStore } from '../adapters/db/call-limit.js';
import { createMetrics, watchState } from '../adapters/http/metrics.js';
import { buildHttpServer } from '../adapters/http/server.js';
import { type Config, enabledChannels } from '../config.js';
import { StartupError } from '../core/errors.js';
import type { Logger } from '../logger.js';
import { systemClock } from '../ports/clock.js';
import { livenessOf, passesWithin } from './health-checks.js';
import { type Stop, WORKER_CLOSE_MS } from './limits.js';
import { openWorld } from './open-world.js';
import { startReminderService } from './reminders.js';

/** Listens on WORKER_HTTP_PORT, or says plainly which variable to change when the port is taken. */
async function listen(server: ReturnType<typeof buildHttpServer>, config: Config): Promise<void> {
  try {
    await server.listen({ port: config.workerPort, host: config.host });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new StartupError(`WORKER_HTTP_PORT ${config.workerPort} is in use on ${config.host}: set another port, or 0 for no HTTP server`, {
      cause: error,
    });
  }
}

/** Starts the worker; resolves with a function that stops it. */
export async function startWorker(config: Config, log: Logger): Promise<Stop> {
  const redisUrl = config.redisUrl;
  if (redisUrl === undefined) throw new StartupError('the reminder worker needs REDIS_URL');
  if (enabledChannels(config).length === 0) throw new StartupError('the reminder worker needs TELEGRAM_BOT_TOKEN or ZALO_BOT_TOKEN');
  const world = await openWorld(config, log);
  // The default schedules are stored on first use; the worker itself reads the calendar per job.
  world.calendar.stop();
  const { opened, directory } = world;
  try {
    const metrics = createMetrics();
    // Every call of a reminder's delivery has a time limit (call-limit.ts).
    const store = hotPathStore(opened.store, log, metrics.databaseLate);
    const reminders = startReminderService({ ...config, redisUrl }, { store, units: directory.current, clock: systemClock, log, metrics });
    watchState(metrics, { queues: reminders.watched.counts, ledger: () => opened.store.countOpenDeliveries() });
    const server =
      config.workerPort === 0
        ? undefined
        : buildHttpServer({
            log,
            metrics,
            ready: async () => ({ database: await passesWithin(opened.store.ping()), redis: await passesWithin(reminders.ready()) }),
            ...livenessOf(opened),
          });
    if (server) {
      try {
        await listen(server, config);
      } catch (error) {
        await reminders.close(WORKER_CLOSE_MS);
        throw error;
      }
    }
    log.info({ msg: 'baophu worker started', database: opened.kind, channels: enabledChannels(config), http: server ? config.workerPort : 'off' });
    return async () => {
      // The port closes first: a healthcheck sees the worker go as soon as it stops taking jobs.
      await server?.close();
      await reminders.close(WORKER_CLOSE_MS);
      await world.close();
    };
  } catch (error) {
    await world.close();
    throw error;
  }
}
