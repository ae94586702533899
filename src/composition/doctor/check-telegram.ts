/**
 * Telegram, when TELEGRAM_BOT_TOKEN is set: getMe (the token works), then getWebhookInfo: in webhook
 * mode a webhook must be set to PUBLIC_URL/webhooks/telegram, and Telegram must not be failing to
 * deliver to it; in polling mode none may be set.
 */

import { Api, GrammyError, HttpError } from 'grammy';
import type { WebhookInfo } from 'grammy/types';
import { apiClientOptions } from '../../adapters/telegram/index.js';
import { type ChannelConfig, type Config, webhookUrl } from '../../config.js';
import { ExternalServiceError } from '../../core/errors.js';
import { within } from '../../time-limit.js';
import { networkProblem, redact } from './network-problem.js';
import { ago, type CheckLine, failed, off, passed } from './report.js';

const BOT = 'Telegram';
const WEBHOOK = 'Telegram webhook';

/** The Telegram line and the Telegram webhook line. */
export async function checkTelegram(config: Config, timeoutMs: number, now: number): Promise<[CheckLine, CheckLine]> {
  const tg = config.telegram;
  if (tg === undefined) return [off(BOT, 'not configured (TELEGRAM_BOT_TOKEN is empty).'), off(WEBHOOK, 'not checked (Telegram is off).')];
  const api = new Api(tg.token, apiClientOptions(tg.apiBase, { timeoutSeconds: Math.max(1, Math.ceil(timeoutMs / 1000)) }));
  const skipped = off(WEBHOOK, 'not checked (getMe failed).');
  let username: string;
  try {
    username = (await call(api.getMe(), timeoutMs)).username;
  } catch (error) {
    return [failed(BOT, `getMe: ${describe(error, tg, timeoutMs)}`), skipped];
  }
  const bot = passed(BOT, `the token works: the bot is @${username} (${tg.mode} mode).`);
  try {
    return [bot, webhookLine(await call(api.getWebhookInfo(), timeoutMs), config, tg, now)];
  } catch (error) {
    return [bot, failed(WEBHOOK, `getWebhookInfo: ${describe(error, tg, timeoutMs)}`)];
  }
}

/** What Telegram says of the webhook, against what the configuration expects. */
export function webhookLine(info: WebhookInfo, config: Config, tg: ChannelConfig, now: number): CheckLine {
  const waiting = info.pending_update_count;
  if (tg.mode === 'polling') {
    if (info.url === '') return passed(WEBHOOK, 'none set, as long polling needs.');
    return failed(
      WEBHOOK,
      `set to ${info.url} although this configuration uses long polling. The service removes it when it ` +
        'starts polling; if it is running, another deployment is using this bot token, and the two take updates from each other.',
    );
  }
  const expected = webhookUrl(config, 'telegram');
  if (info.url === '') {
    return failed(
      WEBHOOK,
      `none set (expected ${expected}). Start the service: it sets the webhook at start, and stops with a message when Telegram refuses it.`,
    );
  }
  if (info.url !== expected) {
    return failed(
      WEBHOOK,
      `set to ${info.url}, not to ${expected} as PUBLIC_URL says. Another deployment uses this bot, ` +
        'or PUBLIC_URL changed: restart the service with the right PUBLIC_URL (it sets the webhook at start).',
    );
  }
  const errorAt = info.last_error_date;
  const lastError = errorAt ? `"${info.last_error_message ?? 'unknown error'}" ${ago(errorAt, now)}` : undefined;
  if (lastError !== undefined && waiting > 0) {
    return failed(
      WEBHOOK,
      `set to ${info.url}, but Telegram cannot deliver to it: ${lastError}, ${waiting} update${waiting === 1 ? '' : 's'} waiting. ` +
        'Check that the reverse proxy forwards /webhooks/telegram to the service, that its TLS certificate is valid, and that the service runs.',
    );
  }
  const note = lastError === undefined ? '' : `; the last delivery error was ${lastError}`;
  return passed(WEBHOOK, `set to ${info.url}, ${waiting} update${waiting === 1 ? '' : 's'} waiting${note}.`);
}

/** A call cut at the limit (grammY's own timeout is whole seconds). */
async function call<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  const late = Symbol('late');
  const result = await within(promise, timeoutMs, late);
  if (result === late) {
    promise.catch(() => undefined);
    throw new ExternalServiceError('telegram', 'timed out');
  }
  return result as T;
}

/** A failed call in plain words; the token is in every URL, so no network message is shown. */
function describe(error: unknown, tg: ChannelConfig, timeoutMs: number): string {
  if (error instanceof GrammyError) {
    if (error.error_code === 401) return 'Telegram refused the token (401 Unauthorized): correct TELEGRAM_BOT_TOKEN (from @BotFather).';
    if (error.error_code === 404) return `${tg.apiBase} does not serve the Bot API (404): correct TELEGRAM_API_ROOT, or leave it empty.`;
    return `Telegram answered ${error.error_code}: ${redact(error.description, [tg.token])}`;
  }
  const timedOut =
    (error instanceof Error && /timed out/.test(error.message)) ||
    (error instanceof HttpError && error.error instanceof Error && /timed out/.test(error.error.message));
  if (timedOut) return `no answer from ${tg.apiBase} within ${timeoutMs / 1000} s: check the network (firewall, proxy) and TELEGRAM_API_ROOT.`;
  return `${tg.apiBase} cannot be reached: ${networkProblem(error)}. Check the network (firewall, proxy) and TELEGRAM_API_ROOT.`;
}
