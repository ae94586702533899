/**
 * Start-up's first Telegram call: getMe, through grammY's `bot.init`. grammY retries network errors
 * without end, so the call is cut after a limit and its retries aborted; a refused token fails at
 * once. Either way the error names the variable to check, and the service does not start silent.
 */

import { GrammyError } from 'grammy';
import { StartupError } from '../../core/errors.js';
import { within } from '../../time-limit.js';
import type { TelegramBot } from './create-bot.js';

/** Resolves once the bot knows itself; rejects with an error naming the variable to check. */
export async function connectTelegram(bot: TelegramBot, limitMs: number): Promise<void> {
  const abort = new AbortController();
  const init = bot.init(abort.signal as Parameters<typeof bot.init>[0]).then(() => true);
  let done: boolean;
  try {
    done = await within(init, limitMs, false);
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 401) {
      throw new StartupError('Telegram refused the bot token (getMe: 401 Unauthorized): check TELEGRAM_BOT_TOKEN', { cause: error });
    }
    throw error;
  }
  if (!done) {
    // Stop grammY's retries; their end (an abort error) is of no interest any more.
    abort.abort();
    init.catch(() => undefined);
    throw new StartupError(`Could not reach Telegram (getMe) within ${limitMs / 1000} s: check TELEGRAM_API_ROOT and the network`);
  }
}
