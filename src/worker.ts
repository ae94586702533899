/**
 * `npm run worker`: the reminder worker alone (no HTTP server, no chat channels), for a deployment
 * that runs it apart from the web service. It needs REDIS_URL and at least one channel's token (the
 * channels' messengers send the reminders); it stops on SIGINT/SIGTERM within the shutdown limit.
 */
import { enabledChannels, type Config } from './config.js';
import type { Logger } from './logger.js';
import { systemClock } from './ports/clock.js';
import { openStore } from './adapters/db/open-store.js';
import { loadCalendar } from './app/calendar.js';
import { loadUnitDirectory } from './app/unit-directory.js';
import { defaultDataDir, ensureReferenceData } from './import/seed.js';
import { startReminderService } from './reminder-service.js';
import { WORKER_CLOSE_MS } from './service.js';

/** Starts the worker; resolves with a function that stops it. */
export async function startWorker(config: Config, log: Logger): Promise<() => Promise<void>> {
  const redisUrl = config.redisUrl;
  if (redisUrl === undefined) throw new Error('the reminder worker needs REDIS_URL');
  if (enabledChannels(config).length === 0) throw new Error('the reminder worker needs TELEGRAM_BOT_TOKEN or ZALO_BOT_TOKEN');
  const opened = await openStore(config, log);
  try {
    await ensureReferenceData(opened.store, defaultDataDir(), log);
    const directory = await loadUnitDirectory(opened.store);
    // Stores the default schedules on first use; the worker itself reads the calendar per job.
    (await loadCalendar(opened.store, { log })).stop();
    const reminders = startReminderService({ ...config, redisUrl }, { store: opened.store, units: directory.current, clock: systemClock, log });
    log.info({ msg: 'baophu worker started', database: opened.kind, channels: enabledChannels(config) });
    return async () => {
      await reminders.close(WORKER_CLOSE_MS);
      await opened.close();
    };
  } catch (error) {
    await opened.close();
    throw error;
  }
}
