/**
 * A framework-free webhook endpoint: the HTTP server (fastify, node:http …) passes the request's
 * headers and parsed JSON body and sends back the status. Telegram proves a delivery is its own with
 * the secret token given to setWebhook, echoed in a header; anything else is refused unprocessed.
 */

import { BotError, GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import { StartupError } from '../../core/errors.js';
import type { Logger } from '../../logger.js';
import { createSecretCheck, type WebhookHeaders } from '../channel/index.js';
import { ALLOWED_UPDATES, type TelegramBot } from './create-bot.js';
import { describeError } from './error-boundary.js';
import { toSendError } from './send-error.js';

/** The header Telegram sends the webhook's secret token in. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export type { WebhookHeaders };

/**
 * Handles one delivery: 200 done (or a reply that can never be sent: blocked, chat not found), 400 not
 * an update, 401 wrong secret, 500 failed for a passing reason (Telegram redelivers).
 */
export type TelegramWebhook = ((headers: WebhookHeaders, body: unknown) => Promise<{ status: number }>) & {
  /** 401 when the headers lack the right secret, else null: the HTTP server asks before it reads the body. */
  readonly refuse: (headers: WebhookHeaders) => number | null;
};

/** Telegram's rule for secret tokens: 1–256 characters, A–Z, a–z, 0–9, _ and -. */
const SECRET = /^[A-Za-z0-9_-]{1,256}$/;

/**
 * Creates the webhook handler for the bot, checking the secret in constant time. A failure Telegram's
 * redelivery may mend is a warning in `log`; one it cannot goes to the bot's error boundary.
 */
export function createTelegramWebhook(bot: TelegramBot, secret: string, log: Logger): TelegramWebhook {
  if (!SECRET.test(secret)) throw new StartupError('the webhook secret must be 1–256 characters of A–Z, a–z, 0–9, _ or -');
  const hasSecret = createSecretCheck(secret, SECRET_HEADER);
  const refuse = (headers: WebhookHeaders): number | null => (hasSecret(headers) ? null : 401);
  const handle = async (headers: WebhookHeaders, body: unknown): Promise<{ status: number }> => {
    const refused = refuse(headers);
    if (refused !== null) return { status: refused };
    if (!isUpdate(body)) return { status: 400 };
    try {
      if (!bot.isInited()) await bot.init();
      await bot.handleUpdate(body);
      return { status: 200 };
    } catch (error) {
      // Telegram delivers the update again later, unless that could only fail the same way.
      if (error instanceof BotError && isFinal(error.error)) {
        await bot.errorHandler(error);
        return { status: 200 };
      }
      const cause = error instanceof BotError ? error.error : error;
      log.warn({ msg: 'telegram update not handled; it will be delivered again', updateId: body.update_id, error: describeError(cause, bot.token) });
      return { status: 500 };
    }
  };
  return Object.assign(handle, { refuse });
}

/** A Bot API refusal that no redelivery can change (403 blocked, 400 chat not found …). */
function isFinal(error: unknown): boolean {
  if (!(error instanceof GrammyError)) return false;
  const { failure } = toSendError(error);
  return failure === 'blocked' || failure === 'rejected';
}

function isUpdate(body: unknown): body is Update {
  return typeof body === 'object' && body !== null && 'update_id' in body && Number.isInteger(body.update_id);
}

/** Points Telegram at `url` with the secret it must echo; pending updates are kept. */
export async function setTelegramWebhook(bot: TelegramBot, url: string, secret: string): Promise<void> {
  await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false });
}
