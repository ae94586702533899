/**
 * Long polling for development (and for hosts without a public URL): @grammyjs/runner fetches
 * updates and handles them concurrently; `createBot` already makes one chat's updates wait for each
 * other (sequentialize by chat id), so a chat's messages are answered in the order they were sent.
 */
import { type RunnerHandle, run } from '@grammyjs/runner';
import type { Logger } from '../../logger.js';
import { ALLOWED_UPDATES, type TelegramBot } from './create-bot.js';
import { describeError } from './error-boundary.js';

/** Stops polling and resolves once the updates in hand are handled. */
export type StopPolling = () => Promise<void>;

/** Options for `startPolling`. */
export interface PollingOptions {
  /** Seconds one getUpdates call waits for an update (default 30). */
  readonly timeoutSeconds?: number;
  /** Receives failed getUpdates calls (the runner retries them with backoff). */
  readonly log?: Logger;
}

/**
 * Removes any webhook (Telegram refuses getUpdates while one is set), then starts polling.
 * Pending updates are kept: messages sent while the bot was down are answered.
 */
export async function startPolling(bot: TelegramBot, options: PollingOptions = {}): Promise<StopPolling> {
  await bot.init();
  await bot.api.deleteWebhook({ drop_pending_updates: false });
  const { log } = options;
  if (log) watchGetUpdates(bot, log);
  const runner: RunnerHandle = run(bot, {
    // The runner's own report goes to the console and may hold the token in a URL: the log has it instead.
    runner: { fetch: { timeout: options.timeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] }, silent: true },
  });
  return async () => {
    if (runner.isRunning()) await runner.stop();
  };
}

/** Logs every failed getUpdates call (not those cut short by stopping), the token masked. */
function watchGetUpdates(bot: TelegramBot, log: Logger): void {
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (method === 'getUpdates' && !result.ok) {
        log.warn({ msg: 'telegram getUpdates failed', errorCode: result.error_code, description: result.description });
      }
      return result;
    } catch (error) {
      if (method === 'getUpdates' && signal?.aborted !== true) {
        log.warn({ msg: 'telegram getUpdates failed', error: describeError(error, bot.token) });
      }
      throw error;
    }
  });
}
